import type { FitScore, RequirementAssessment } from './types';

export const ESSENTIAL_WEIGHT = 0.7;
export const DESIRABLE_WEIGHT = 0.3;

/** Eligible-if counts as met for the score (the condition is satisfiable); needs-answer does not. */
function counts(r: RequirementAssessment): boolean {
  return r.verdict === 'met' || r.verdict === 'eligible-if';
}

function percent(met: number, total: number): number {
  return total === 0 ? 1 : met / total;
}

/**
 * score = round(100 × (0.7 × essentials met / essentials total + 0.3 × desirables met / desirables total)).
 * Only the position's own requirements count, so skills nobody asked for cannot move it; a group
 * with no requirements counts as fully met.
 */
export function fitScore(requirements: readonly RequirementAssessment[]): FitScore {
  const essentials = requirements.filter((r) => r.importance === 'essential');
  const desirables = requirements.filter((r) => r.importance === 'desirable');
  const e = { met: essentials.filter(counts).length, total: essentials.length };
  const d = { met: desirables.filter(counts).length, total: desirables.length };
  const ep = percent(e.met, e.total);
  const dp = percent(d.met, d.total);
  const value = Math.round(100 * (ESSENTIAL_WEIGHT * ep + DESIRABLE_WEIGHT * dp));
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return {
    value,
    essentials: e,
    desirables: d,
    explanation: `Essentials met ${e.met} of ${e.total}, desirables met ${d.met} of ${d.total}: 0.7 × ${pct(ep)} + 0.3 × ${pct(dp)} = ${value}`,
  };
}
