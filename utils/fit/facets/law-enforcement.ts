import type { Profile } from '../../profile/schema';
import type { Facet } from '../../schema/call';
import type { FacetResult } from '../types';

type LawEnforcementFacet = Extract<Facet, { kind: 'law-enforcement-officer' }>;

export function assessLawEnforcement(facet: LawEnforcementFacet, profile: Profile): FacetResult {
  const status = profile.lawEnforcementOfficer;
  const wanted = facet.senior ? 'a Senior Law Enforcement Officer' : 'a law enforcement officer';
  const ok = facet.senior ? status === 'senior' : status !== 'no';
  const yours =
    status === 'senior'
      ? 'you are a senior law enforcement officer'
      : status === 'officer'
        ? 'you are a law enforcement officer, not at senior rank'
        : 'your profile shows no law enforcement rank';
  return ok
    ? { kind: 'law-enforcement-officer', verdict: 'met', reason: `Requires ${wanted}; ${yours}.` }
    : {
        kind: 'law-enforcement-officer',
        verdict: 'not-met',
        reason: `Requires ${wanted}; ${yours}.`,
        flip: facet.senior ? 'senior law enforcement rank' : 'service as a law enforcement officer',
        gist: facet.senior ? 'Senior Law Enforcement Officer' : 'law enforcement officer',
      };
}
