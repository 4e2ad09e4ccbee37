import type { Headline, RequirementAssessment } from './types';

const SHOWN = 3;

function clip(text: string, max = 60): string {
  const first = text.split(/\s+[–-]\s+/)[0]!.replace(/[;.]$/, '');
  return first.length <= max ? first : `${first.slice(0, max - 1).trimEnd()}…`;
}

function list(items: readonly string[]): string {
  const unique = [...new Set(items)];
  const more = unique.length > SHOWN ? ` (and ${unique.length - SHOWN} more)` : '';
  return `${unique.slice(0, SHOWN).join('; ')}${more}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The post's headline from its essential requirements: what the profile decides (and any
 * essential you answered "not met"), then how many statements are still yours to confirm.
 */
export function headlineOf(requirements: readonly RequirementAssessment[]): Headline {
  const essentials = requirements.filter((r) => r.importance === 'essential');
  const decided = essentials.filter((r) => r.decidedBy === 'profile');
  const open = requirements.filter((r) => r.verdict === 'needs-answer');
  const openEssential = open.filter((r) => r.importance === 'essential').length;
  const openText =
    open.length === 0
      ? ''
      : `${plural(open.length, 'statement', 'statements')} left for you to confirm (${openEssential} essential)`;
  const counts = { decided: decided.length, open: open.length, openEssential, openText };
  const failed = essentials.filter((r) => r.verdict === 'not-met');
  if (failed.length > 0) {
    const gists = failed.map((r) =>
      r.decidedBy === 'answer' ? `${clip(r.text)} (your answer)` : (r.gist ?? clip(r.text)),
    );
    return { status: 'not-eligible', text: `Not eligible: ${list(gists)}`, ...counts };
  }
  const conditional = decided.filter((r) => r.verdict === 'eligible-if');
  if (conditional.length > 0) {
    const gists = conditional.map((r) => r.gist ?? r.condition ?? clip(r.text));
    return { status: 'eligible-if', text: `Eligible if: ${list(gists)}`, ...counts };
  }
  if (decided.length === 0) {
    return { status: 'none', text: 'Your profile decides none of the essential requirements', ...counts };
  }
  const text =
    decided.length === 1
      ? 'You meet the 1 requirement your profile can decide'
      : `You meet all ${decided.length} requirements your profile can decide`;
  return { status: 'meets', text, ...counts };
}

/**
 * Posts the profile can apply to by what it decides: every decided essential met, or met on a
 * condition. The toolbar badge and the collapsed sidebar tab count these.
 */
export function canApply(assessment: { headline: Pick<Headline, 'status'> }): boolean {
  return assessment.headline.status === 'meets' || assessment.headline.status === 'eligible-if';
}
