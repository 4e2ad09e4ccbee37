import type { FitScore, RequirementAssessment } from './types';

export const ESSENTIAL_WEIGHT = 0.7;
export const DESIRABLE_WEIGHT = 0.3;

/** Eligible-if counts as met for the score (the condition is satisfiable). */
function counts(r: RequirementAssessment): boolean {
  return r.verdict === 'met' || r.verdict === 'eligible-if';
}

function group(requirements: readonly RequirementAssessment[]) {
  const known = requirements.filter((r) => r.verdict !== 'needs-answer');
  return { met: known.filter(counts).length, known: known.length, total: requirements.length };
}

function share(g: { met: number; known: number }): number {
  return g.known === 0 ? 1 : g.met / g.known;
}

/**
 * score = round(100 × (0.7 × own essentials met / own essentials known
 *                    + 0.3 × own desirables met / own desirables known))
 *
 * "Known" means decided by the profile or by your answer: an unanswered statement counts neither
 * for nor against, so a candidate who meets everything decided reads as a full fit. Call-wide
 * requirements are left out (they are the same for every post; the headline covers them), so
 * answering them never reorders a call's posts. Skills never decide a verdict, so they cannot move it.
 */
export function fitScore(requirements: readonly RequirementAssessment[]): FitScore {
  const own = requirements.filter((r) => !r.callWide);
  const e = group(own.filter((r) => r.importance === 'essential'));
  const d = group(own.filter((r) => r.importance === 'desirable'));
  const ep = share(e);
  const dp = share(d);
  const value = Math.round(100 * (ESSENTIAL_WEIGHT * ep + DESIRABLE_WEIGHT * dp));
  const byProfile = requirements.filter((r) => r.decidedBy === 'profile');
  const statements = requirements.filter((r) => r.decidedBy !== 'profile');
  const decided = { met: byProfile.filter(counts).length, total: byProfile.length };
  const answers = {
    confirmed: statements.filter((r) => r.decidedBy === 'answer' && r.verdict === 'met').length,
    total: statements.length,
  };
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return {
    value,
    essentials: e,
    desirables: d,
    decided,
    answers,
    explanation: `Requirements decided by your profile: ${decided.met} of ${decided.total} met · your answers: ${answers.confirmed} of ${answers.total} confirmed`,
    formula: `Essentials met ${e.met} of ${e.known} known, desirables met ${d.met} of ${d.known} known (this post's own): 0.7 × ${pct(ep)} + 0.3 × ${pct(dp)} = ${value}`,
  };
}
