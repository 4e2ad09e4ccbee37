import type { Profile } from '../profile/schema';
import type { Call, Position, Requirement } from '../schema/call';
import { type Answer, type Answers, type FoundAnswer, findAnswer } from './answers';
import type { FacetContext } from './context';
import { derivedRequirements } from './derived';
import { suggestFromWork } from './evidence';
import { assessEducation } from './facets/education';
import { assessFacet } from './facets/index';
import { headlineOf } from './headline';
import { relevanceOf } from './relevance';
import { fitScore } from './score';
import type { Eligibility, FacetResult, PositionAssessment, RequirementAssessment, Verdict } from './types';

/** The requirements a position is assessed against: its published items plus header-derived ones. */
export function positionRequirements(call: Call, position: Position): Requirement[] {
  if (position.requirements.status !== 'published') return [];
  const listed = position.requirements.items;
  return [...listed, ...derivedRequirements(call, position, listed)];
}

/** The requirement whose qualification experience is counted from: the position's own degree requirement. */
function educationContext(requirements: readonly Requirement[], profile: Profile, now: Date): FacetContext {
  const candidates = requirements.flatMap((r) =>
    r.facets.flatMap((f) => (f.kind === 'education' ? [{ r, f }] : [])),
  );
  const primary =
    candidates.find(
      ({ r, f }) =>
        r.importance === 'essential' && !r.callWide && (f.minEqf !== null || f.alternatives.length > 0),
    ) ??
    candidates.find(({ r }) => r.importance === 'essential') ??
    candidates[0];
  const qualification = primary ? assessEducation(primary.f, profile, now).qualification : null;
  return { profile, now, qualification, hasEducationRequirement: primary !== undefined };
}

const RANK: Record<Verdict, number> = { met: 0, 'eligible-if': 1, 'needs-answer': 2, 'not-met': 3 };

function combine(results: readonly FacetResult[], alternatives: boolean): Verdict {
  const verdicts = results.map((r) => r.verdict);
  if (alternatives) return [...verdicts].sort((a, b) => RANK[a] - RANK[b])[0] ?? 'needs-answer';
  if (verdicts.includes('not-met')) return 'not-met';
  if (verdicts.includes('needs-answer')) return 'needs-answer';
  if (verdicts.includes('eligible-if')) return 'eligible-if';
  return 'met';
}

/**
 * "University and/or Master's Degree in HR management … and/or an international certification
 * in HR management": a degree and a certification joined by "or" are alternatives, either meets it.
 */
function facetsAreAlternatives(requirement: Requirement): boolean {
  const kinds = new Set(requirement.facets.map((f) => f.kind));
  return (
    kinds.size > 1 &&
    [...kinds].every((k) => k === 'education' || k === 'certification') &&
    orCertification(requirement.text)
  );
}

/**
 * "or" followed by "certifi…" in one clause (up to ";"), read from the clause's first "or": the
 * single regex /\bor\b[^;]*\bcertifi/ tries again from each later "or", quadratic in a long clause.
 */
function orCertification(text: string): boolean {
  return text.split(';').some((clause) => {
    const at = clause.search(/\bor\b/i);
    return at >= 0 && /\bcertifi/i.test(clause.slice(at + 2));
  });
}

/** "… and/or specialised training/course in Finance": an alternative to the degree the profile cannot show. */
const UNMODELLED_ALTERNATIVE =
  /\b(?:and\/or|or)\s+(?:an?\s+)?(?:specialised\s+|specialized\s+|equivalent\s+)?(?:training|course)/i;

/** The call-wide "Education and training" paragraph only points to each post's own education requirement. */
const CALL_WIDE_EDUCATION = /^Education and training\b|level specified in the individual job descriptions/i;

function joined(parts: readonly (string | undefined)[], separator: string): string | undefined {
  const present = parts.filter((p): p is string => p !== undefined && p !== '');
  return present.length > 0 ? present.join(separator) : undefined;
}

function answerLine(answer: Answer): string {
  const note = answer.note ? ` — "${answer.note}"` : '';
  return `Your answer: ${answer.value === 'met' ? 'met' : 'not met'} (${answer.at.slice(0, 10)})${note}.`;
}

function skillHint(requirement: Requirement, profile: Profile): string | undefined {
  if (requirement.keywords.length === 0) return undefined;
  const hits = profile.skills.filter((skill) =>
    requirement.keywords.some((k) => skill.toLowerCase().includes(k) || k.includes(skill.toLowerCase())),
  );
  return hits.length > 0 ? `Your skills mention ${hits.slice(0, 3).join(', ')}.` : undefined;
}

export function assessRequirement(
  requirement: Requirement,
  profile: Profile,
  found: FoundAnswer,
  ctx: FacetContext,
): RequirementAssessment {
  const { answer } = found;
  const base = {
    id: requirement.id,
    text: requirement.text,
    importance: requirement.importance,
    section: requirement.section,
    callWide: requirement.callWide,
    parentId: requirement.parentId,
    derived: requirement.section === 'Position header',
    answerKey: found.key,
    ...(found.legacyKey ? { legacyAnswerKey: found.legacyKey } : {}),
  };
  if (requirement.facets.length === 0) {
    const suggestion = suggestFromWork(requirement, profile, ctx.now);
    const extra = suggestion ? { suggestion } : {};
    if (answer) {
      return {
        ...base,
        ...extra,
        verdict: answer.value,
        decidedBy: 'answer',
        reason: answerLine(answer),
        facets: [],
      };
    }
    // Skills only ever hint here: they never decide a verdict, so listing more cannot raise a score.
    return {
      ...base,
      ...extra,
      verdict: 'needs-answer',
      decidedBy: 'nothing',
      reason: 'Your profile cannot decide this one: answer it yourself.',
      note: skillHint(requirement, profile),
      facets: [],
    };
  }
  const alternatives = facetsAreAlternatives(requirement);
  const facets = requirement.facets.map((facet) => assessFacet(facet, profile, ctx));
  let verdict = combine(facets, alternatives);
  const deciding = alternatives
    ? facets.filter((f) => f.verdict === verdict).slice(0, 1)
    : verdict === 'met'
      ? facets
      : facets.filter((f) => f.verdict === verdict);
  let reason = deciding.map((f) => f.reason).join(' ');
  if (alternatives && verdict === 'not-met')
    reason = `Either one meets it. ${facets.map((f) => f.reason).join(' ')}`;
  const education = facets.find((f) => f.kind === 'education');
  if (
    verdict === 'not-met' &&
    education?.verdict === 'not-met' &&
    UNMODELLED_ALTERNATIVE.test(requirement.text)
  ) {
    // The text accepts a training or course instead of the degree; the profile cannot show those.
    verdict = 'needs-answer';
    reason = `${reason} The text also accepts a specialised training or course instead: do you have one?`;
  }
  const computed: RequirementAssessment = {
    ...base,
    verdict,
    decidedBy: verdict === 'needs-answer' ? 'nothing' : 'profile',
    reason,
    flip: alternatives
      ? joined(
          facets.map((f) => f.flip),
          ' or ',
        )
      : joined(
          facets.map((f) => f.flip),
          ' and ',
        ),
    condition: joined(
      facets.map((f) => f.condition),
      '; ',
    ),
    note: joined(
      facets.map((f) => f.note),
      ' ',
    ),
    gist: joined(
      facets.filter((f) => f.verdict === verdict).map((f) => f.gist),
      alternatives ? ' or ' : '; ',
    ),
    facets,
  };
  if (!answer) return computed;
  if (verdict === 'needs-answer') {
    return {
      ...computed,
      verdict: answer.value,
      decidedBy: 'answer',
      reason: `${computed.reason} ${answerLine(answer)}`,
    };
  }
  if (answer.value !== verdict) {
    return {
      ...computed,
      userAnswerIgnored: {
        answer: answer.value,
        reason: `Your answer "${answer.value === 'met' ? 'met' : 'not met'}" was not applied: your profile says ${verdict === 'eligible-if' ? 'eligible if' : verdict === 'met' ? 'met' : 'not met'}. Update your profile if it is out of date.`,
      },
    };
  }
  return computed;
}

/** The call-wide education paragraph takes the verdict of the post's own essential education requirement. */
function decideCallWideEducation(assessed: RequirementAssessment[]): RequirementAssessment[] {
  const own = assessed.find(
    (r) => !r.callWide && r.importance === 'essential' && r.facets.some((f) => f.kind === 'education'),
  );
  if (!own) return assessed;
  return assessed.map((r) => {
    if (!r.callWide || r.facets.length > 0 || !CALL_WIDE_EDUCATION.test(r.text)) return r;
    if (own.decidedBy !== 'profile') return r;
    const { suggestion: _s, note: _n, legacyAnswerKey: _l, ...rest } = r;
    return {
      ...rest,
      verdict: own.verdict,
      decidedBy: 'profile',
      reason: `Decided by this post's own education requirement: ${own.reason}`,
      ...(own.flip ? { flip: own.flip } : {}),
      ...(own.gist ? { gist: own.gist } : {}),
    };
  });
}

function eligibilityOf(essentials: readonly RequirementAssessment[]): {
  eligibility: Eligibility;
  summary: string;
  missing: number;
  conditions: string[];
} {
  const notMet = essentials.filter((r) => r.verdict === 'not-met');
  const open = essentials.filter((r) => r.verdict === 'needs-answer');
  const conditions = essentials.flatMap((r) =>
    r.verdict === 'eligible-if' && r.condition ? [r.condition] : [],
  );
  const missing = open.length;
  if (notMet.length > 0) {
    const first = notMet[0]!;
    const more = notMet.length > 1 ? ` (and ${notMet.length - 1} more)` : '';
    return {
      eligibility: 'not-eligible',
      summary: `Not eligible: ${first.reason}${more}`,
      missing,
      conditions,
    };
  }
  if (missing > 0) {
    const then = conditions.length > 0 ? ` Then eligible if: ${conditions.join('; ')}.` : '';
    return {
      eligibility: 'incomplete',
      summary: `${missing} essential requirement${missing === 1 ? ' needs' : 's need'} your answer.${then}`,
      missing,
      conditions,
    };
  }
  if (conditions.length > 0) {
    return {
      eligibility: 'eligible-if',
      summary: `Eligible if: ${conditions.join('; ')}.`,
      missing,
      conditions,
    };
  }
  return {
    eligibility: 'eligible',
    summary: `Eligible: all ${essentials.length} essential requirements are met.`,
    missing,
    conditions,
  };
}

function hardGatesOf(essentials: readonly RequirementAssessment[]): PositionAssessment['hardGates'] {
  const gates = essentials.filter((r) => r.facets.length > 0);
  if (gates.length === 0) return 'none';
  if (gates.some((r) => r.verdict === 'not-met')) return 'failed';
  if (gates.some((r) => r.verdict === 'needs-answer')) return 'needs-answer';
  if (gates.some((r) => r.verdict === 'eligible-if')) return 'eligible-if';
  return 'cleared';
}

export function assessPosition(
  call: Call,
  position: Position,
  profile: Profile,
  answers: Answers,
  now: Date,
): PositionAssessment {
  const head = { callId: call.id, positionId: position.id, ref: position.ref, title: position.title };
  if (position.requirements.status === 'not-published') {
    return {
      ...head,
      requirementsStatus: 'not-published',
      eligibility: 'unknown',
      summary: `No requirements are published for this post, so nothing can be checked and nothing is marked met. ${position.requirements.note}`,
      missingEssentialAnswers: 0,
      conditions: [],
      hardGates: 'none',
      headline: {
        status: 'unknown',
        text: 'No requirements published: nothing can be checked',
        decided: 0,
        open: 0,
        openEssential: 0,
        openText: '',
      },
      relevance: null,
      requirements: [],
      score: null,
      conflicts: [],
    };
  }
  const requirements = positionRequirements(call, position);
  const ctx = educationContext(requirements, profile, now);
  const assessed = decideCallWideEducation(
    requirements.map((r) => assessRequirement(r, profile, findAnswer(answers, call, r), ctx)),
  );
  const essentials = assessed.filter((r) => r.importance === 'essential');
  const { eligibility, summary, missing, conditions } = eligibilityOf(essentials);
  return {
    ...head,
    requirementsStatus: 'published',
    eligibility,
    summary,
    missingEssentialAnswers: missing,
    conditions,
    hardGates: hardGatesOf(essentials),
    headline: headlineOf(assessed),
    relevance: relevanceOf(
      position,
      requirements.filter((r) => !r.callWide),
      profile,
      now,
    ),
    requirements: assessed,
    score: fitScore(assessed),
    conflicts: assessed.filter((r) => r.userAnswerIgnored !== undefined),
  };
}
