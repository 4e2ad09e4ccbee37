import type { Certification, Facet } from '../schema/call';
import { educationFacet } from './education';
import { experienceFacet } from './experience';
import { languageFacet } from './language';

export function licenceFacet(text: string): Extract<Facet, { kind: 'driving-licence' }> | null {
  if (!/driv(?:ing|er'?s) licen[cs]e|licen[cs]e for armoured|category [A-E]\b/i.test(text)) return null;
  const categories = new Set<string>();
  for (const m of text.matchAll(/\b(?:category|categories)\s+([A-E]1?E?)\b/gi))
    categories.add(m[1]!.toUpperCase());
  // "Valid license for armoured vehicles or C or C1 driving license", "C driving licence".
  for (const m of text.matchAll(/\b([A-E]1?)\s+(?:or\s+([A-E]1?)\s+)?driv/g)) {
    categories.add(m[1]!);
    if (m[2]) categories.add(m[2]);
  }
  for (const m of text.matchAll(/\bor\s+([A-E]1?)\s+or\s+([A-E]1?)\b/g)) {
    categories.add(m[1]!);
    categories.add(m[2]!);
  }
  if (categories.size === 0) return null;
  return {
    kind: 'driving-licence',
    anyOf: [...categories].sort(),
    armouredVehiclesAlternative: /armoured vehicles/i.test(text),
  };
}

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

export function certificationFacet(text: string): Extract<Facet, { kind: 'certification' }> | null {
  const anyOf = CERTIFICATIONS.filter(([p]) => p.test(text)).map(([, id]) => id);
  if (anyOf.length === 0) return null;
  return { kind: 'certification', anyOf, orEquivalent: /equivalent/i.test(text) };
}

export interface FacetContext {
  /** An "out of which" part of a longer experience requirement. */
  part: boolean;
  /** English is the mission's working language (EEAS calls). */
  missionLanguage: boolean;
}

/** Every facet one requirement line states. */
export function facetsOf(text: string, ctx: FacetContext): Facet[] {
  const facets: Facet[] = [];
  const education = educationFacet(text);
  if (education) facets.push(education);
  else {
    const experience = experienceFacet(text, ctx.part);
    if (experience) facets.push(experience);
    const language = languageFacet(text, ctx.missionLanguage);
    if (language) facets.push(language);
  }
  const licence = licenceFacet(text);
  if (licence) facets.push(licence);
  if (/authori[sz]ed to carry and issued a personal weapon/i.test(text))
    facets.push({ kind: 'weapon-authorisation' });
  if (/^senior law enforcement officer/i.test(text))
    facets.push({ kind: 'law-enforcement-officer', senior: true });
  const certification = certificationFacet(text);
  if (certification) facets.push(certification);
  return facets;
}
