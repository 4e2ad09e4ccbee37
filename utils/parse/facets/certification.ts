import type { Certification, Facet } from '../../schema/call';

export type CertificationFacet = Extract<Facet, { kind: 'certification' }>;

const CERTIFICATIONS: [RegExp, Certification][] = [
  [/\(CPA\)/, 'CPA'],
  [/\(CA\)/, 'CA'],
  [/\(CIA\)/, 'CIA'],
  [/\(CISA\)/, 'CISA'],
  [/\bITIL\b/, 'ITIL'],
  [/\bCOBIT\b/, 'COBIT'],
  [/certified in close protection/i, 'close-protection'],
  [/basic life support/i, 'basic-life-support'],
  [/shooting instructor|pistol and rifle instructor/i, 'shooting-instructor'],
  [/mission security officer certification/i, 'eu-mission-security-officer'],
  [/civilian crisis management course/i, 'civilian-crisis-management-course'],
  [/industry standard security qualification/i, 'industry-standard-security-qualification'],
  [/international certification in human resources/i, 'hr-management'],
];

export function certificationFacet(text: string): CertificationFacet | null {
  const anyOf = CERTIFICATIONS.filter(([p]) => p.test(text)).map(([, id]) => id);
  if (anyOf.length === 0) return null;
  return { kind: 'certification', anyOf, orEquivalent: /equivalent/i.test(text) };
}
