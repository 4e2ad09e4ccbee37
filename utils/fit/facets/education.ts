import { eqfName } from '../../profile/eqf';
import type { EducationEntry, Profile } from '../../profile/schema';
import type { Facet } from '../../schema/call';
import type { Qualification } from '../context';
import { dayNumber, dayNumberOf } from '../dates';
import type { FacetResult, Verdict } from '../types';
import { anyFieldMatches, listWithOr } from './fields';

type EducationFacet = Extract<Facet, { kind: 'education' }>;

export interface EducationResult extends FacetResult {
  /** The qualification that meets (or may meet) the requirement; experience is counted from it. */
  qualification: Qualification | null;
}

interface PathOutcome {
  verdict: Verdict;
  reason: string;
  flip?: string;
  note?: string;
  qualification: Qualification | null;
}

/** "Master's in Law (2014)", or the entry's own title. */
function entryName(entry: EducationEntry): string {
  const name = entry.title.trim() || (entry.eqf === null ? 'qualification' : eqfName(entry.eqf));
  const fields = entry.fields.length > 0 && !entry.title.trim() ? ` in ${entry.fields.join('/')}` : '';
  return `${name}${fields} (${entry.completed?.slice(0, 4) ?? 'in progress'})`;
}

function entryLabel(entry: EducationEntry): string {
  return `your ${entryName(entry)}`;
}

function qualificationOf(entry: EducationEntry): Qualification {
  return { completed: entry.completed!, label: entryLabel(entry) };
}

/** "a Master's (EQF 7) or higher". */
export function levelPhrase(eqf: number): string {
  const name = eqfName(eqf);
  const article = eqf === 6 || eqf === 7 ? 'a' : 'an';
  return eqf >= 6
    ? `${article} ${name} (EQF ${eqf}) or higher`
    : `an EQF ${eqf} qualification (${name.toLowerCase()}) or higher`;
}

function earliest(entries: readonly EducationEntry[]): EducationEntry | undefined {
  return [...entries].sort((a, b) => (a.completed ?? '').localeCompare(b.completed ?? ''))[0];
}

function completedEntries(profile: Profile, now: Date): EducationEntry[] {
  const today = dayNumberOf(now);
  return profile.education.filter(
    (entry) => typeof entry.completed === 'string' && dayNumber(entry.completed) <= today,
  );
}

/** An entry whose EQF level is not set meets no degree requirement; the reason asks for the level. */
function levelMissing(done: readonly EducationEntry[]): string {
  const unset = done.filter((entry) => entry.eqf === null);
  if (unset.length === 0) return '';
  const names = unset.map(entryName).join(', ');
  return ` ${names} ${unset.length === 1 ? 'has' : 'have'} no EQF level in your profile: set the level in the options to have it checked.`;
}

function degreePath(facet: EducationFacet, allDone: readonly EducationEntry[]): PathOutcome | null {
  const done = allDone.filter((entry) => entry.eqf !== null);
  const missing = levelMissing(allDone);
  if (facet.minEqf === null) {
    if (facet.alternatives.length > 0) return null;
    // Call-wide "recognised qualification at the level specified in the job description".
    const any = earliest(done);
    return any
      ? { verdict: 'met', reason: `You hold ${entryName(any)}.`, qualification: qualificationOf(any) }
      : {
          verdict: 'not-met',
          reason: `Your profile lists no completed qualification${missing ? ' with its level' : ''}.${missing}`,
          flip: 'a completed recognised qualification',
          qualification: null,
        };
  }
  const minEqf = facet.minEqf;
  const levelOk = done.filter((entry) => entry.eqf! >= minEqf);
  const wanted = levelPhrase(minEqf);
  if (levelOk.length === 0) {
    const best = [...done].sort((a, b) => b.eqf! - a.eqf!)[0];
    const fieldPart = facet.fieldRule === 'must' ? ` in ${listWithOr(facet.fields)}` : '';
    return {
      verdict: 'not-met',
      reason: best
        ? `Requires ${wanted}; your highest completed qualification is ${entryName(best)}, EQF ${best.eqf}.${missing}`
        : `Requires ${wanted}; your profile lists no completed qualification${missing ? ' with its level' : ''}.${missing}`,
      flip: `${wanted.replace(' or higher', '')}${fieldPart}`,
      qualification: null,
    };
  }
  if (facet.fieldRule === 'none' || facet.fields.length === 0) {
    const entry = earliest(levelOk)!;
    return {
      verdict: 'met',
      reason: `You hold ${entryName(entry)}; ${wanted} required.`,
      qualification: qualificationOf(entry),
    };
  }
  const fields = listWithOr(facet.fields);
  const inField = levelOk.filter((entry) => anyFieldMatches(entry.fields, facet.fields));
  if (inField.length > 0) {
    const entry = earliest(inField)!;
    return {
      verdict: 'met',
      reason: `You hold ${entryName(entry)}; ${wanted} in ${fields} required.`,
      qualification: qualificationOf(entry),
    };
  }
  const entry = earliest(levelOk)!;
  const yours = entry.fields.length > 0 ? entry.fields.join('/') : 'not stated in your profile';
  if (facet.fieldRule === 'should') {
    // "should be in" is a preference, not a knock-out: the level decides, the field is noted.
    return {
      verdict: 'met',
      reason: `You hold ${entryName(entry)}; ${wanted} required.`,
      note: `The qualification "should be" in ${fields}${facet.relatedFieldsAccepted ? ' or a related field' : ''}; your field is ${yours}. A preference, not a knock-out.`,
      qualification: qualificationOf(entry),
    };
  }
  if (facet.relatedFieldsAccepted) {
    return {
      verdict: 'needs-answer',
      reason: `Your ${eqfName(entry.eqf!)} is in ${yours}; it must be in ${fields} or a related field. Is your field related?`,
      qualification: qualificationOf(entry),
    };
  }
  return {
    verdict: 'not-met',
    reason: `The qualification must be in ${fields}; yours is in ${yours}.`,
    flip: `${wanted.replace(' or higher', '')} in ${fields}`,
    qualification: null,
  };
}

function alternativePath(
  alternative: EducationFacet['alternatives'][number],
  done: readonly EducationEntry[],
): PathOutcome {
  if (alternative === 'attested-police-military-education') {
    const entry = earliest(done.filter((e) => e.attestedPoliceMilitaryEducation));
    return entry
      ? {
          verdict: 'met',
          reason: `Met by the alternative path: attested police/military education (${entryName(entry)}).`,
          qualification: qualificationOf(entry),
        }
      : {
          verdict: 'not-met',
          reason: 'Your profile shows no attested police/military education.',
          flip: 'attested police/military education',
          qualification: null,
        };
  }
  if (alternative === 'secondary-plus-police-military-training') {
    const secondary = earliest(done.filter((e) => e.eqf !== null && e.eqf >= 4));
    const training = earliest(
      done.filter((e) => e.policeMilitaryTraining || e.attestedPoliceMilitaryEducation),
    );
    if (secondary && training) {
      const later = secondary.completed! >= training.completed! ? secondary : training;
      return {
        verdict: 'met',
        reason: `Met by secondary education (${entryName(secondary)}) plus police/military training (${entryName(training)}).`,
        qualification: {
          completed: later.completed!,
          label: later === secondary ? entryLabel(secondary) : 'your police/military training',
        },
      };
    }
    return {
      verdict: 'not-met',
      reason: secondary
        ? 'You have secondary education but your profile shows no police/military training.'
        : 'Your profile shows no completed secondary education.',
      flip: secondary
        ? 'police or military training'
        : 'a secondary school leaving certificate plus police/military training',
      qualification: null,
    };
  }
  return {
    verdict: 'needs-answer',
    reason:
      'Specialised training in a civilian security organisation is also accepted; your profile cannot show it. Do you have it?',
    qualification: null,
  };
}

const RANK: Record<Verdict, number> = { met: 0, 'eligible-if': 1, 'needs-answer': 2, 'not-met': 3 };

export function assessEducation(facet: EducationFacet, profile: Profile, now: Date): EducationResult {
  const done = completedEntries(profile, now);
  const paths: PathOutcome[] = [];
  const degree = degreePath(facet, done);
  if (degree) paths.push(degree);
  for (const alternative of facet.alternatives) paths.push(alternativePath(alternative, done));
  // Best verdict wins; among met paths one without a note, then the earliest qualification.
  const best = [...paths].sort(
    (a, b) =>
      RANK[a.verdict] - RANK[b.verdict] ||
      Number(a.note !== undefined) - Number(b.note !== undefined) ||
      (a.qualification?.completed ?? '9').localeCompare(b.qualification?.completed ?? '9'),
  )[0]!;
  if (best.verdict !== 'not-met') {
    return {
      kind: 'education',
      verdict: best.verdict,
      reason: best.reason,
      note: best.note,
      qualification: best.qualification,
    };
  }
  return {
    kind: 'education',
    verdict: 'not-met',
    reason: paths.map((p) => p.reason).join(' '),
    flip: listWithOr(paths.map((p) => p.flip).filter((f): f is string => f !== undefined)),
    gist: listWithOr(paths.map((p) => p.flip).filter((f): f is string => f !== undefined)).replace(
      /^an? /,
      '',
    ),
    qualification: null,
  };
}
