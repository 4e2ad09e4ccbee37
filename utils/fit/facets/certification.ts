import type { Profile } from '../../profile/schema';
import type { Facet } from '../../schema/call';
import type { FacetResult } from '../types';
import { listWithOr } from './fields';

type CertificationFacet = Extract<Facet, { kind: 'certification' }>;

const NAMES: Record<CertificationFacet['anyOf'][number], string> = {
  CPA: 'CPA',
  CA: 'CA',
  CIA: 'CIA',
  CISA: 'CISA',
  ITIL: 'ITIL',
  COBIT: 'COBIT',
  'close-protection': 'close protection',
  'basic-life-support': 'basic life support',
  'shooting-instructor': 'shooting instructor',
  'eu-mission-security-officer': 'EU Mission Security Officer',
  'civilian-crisis-management-course': 'Civilian Crisis Management Course',
  'industry-standard-security-qualification': 'industry-standard security qualification',
  'hr-management': 'HR management',
};

export function assessCertification(facet: CertificationFacet, profile: Profile): FacetResult {
  const wanted = listWithOr(facet.anyOf.map((id) => NAMES[id]));
  const held = facet.anyOf.filter(
    (id) =>
      profile.certifications.ids.includes(id) ||
      profile.certifications.other.some((name) => name.trim().toLowerCase() === NAMES[id].toLowerCase()),
  );
  if (held.length > 0) {
    return {
      kind: 'certification',
      verdict: 'met',
      reason: `Requires ${wanted}${facet.orEquivalent ? ' or equivalent' : ''}; you hold ${held.map((id) => NAMES[id]).join(', ')}.`,
    };
  }
  const others = profile.certifications.other;
  if (facet.orEquivalent && others.length > 0) {
    return {
      kind: 'certification',
      verdict: 'needs-answer',
      reason: `Requires ${wanted} or equivalent; is one of yours (${others.join(', ')}) equivalent?`,
    };
  }
  return {
    kind: 'certification',
    verdict: 'not-met',
    reason: `Requires ${wanted}${facet.orEquivalent ? ' or equivalent' : ''}; your profile shows none.`,
    flip: `a ${wanted} certification${facet.orEquivalent ? ' (or equivalent)' : ''}`,
    gist: `${wanted} certification`,
  };
}
