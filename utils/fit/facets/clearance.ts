import type { Profile } from '../../profile/schema';
import { CLEARANCE_LEVELS, type ClearanceLevel } from '../../schema/call';
import type { FacetResult } from '../types';

export function clearanceRank(level: ClearanceLevel): number {
  return CLEARANCE_LEVELS.indexOf(level);
}

/**
 * A missing clearance is never a knock-out: the PSC can be initiated after selection (by the
 * seconding state, or by the mission for contracted staff) with the final certificate within 12 months.
 */
export function assessClearance(level: ClearanceLevel, profile: Profile): FacetResult {
  const held = profile.securityClearance.level;
  if (held !== null && clearanceRank(held) >= clearanceRank(level)) {
    return {
      kind: 'security-clearance',
      verdict: 'met',
      reason: `Requires ${level} clearance; you hold ${held}.`,
    };
  }
  const yours = held === null ? 'you hold none' : `you hold ${held}`;
  const initiation = profile.securityClearance.nationalAuthorityCanInitiate
    ? 'your national authority can initiate it'
    : 'check that your national security authority can initiate it';
  return {
    kind: 'security-clearance',
    verdict: 'eligible-if',
    reason: `Requires ${level} clearance; ${yours}. It can be initiated after selection (${initiation}).`,
    condition: `a Personnel Security Clearance at ${level} level, initiated after selection, with the final certificate within 12 months`,
    gist: `an ${level} clearance is initiated after selection`,
  };
}
