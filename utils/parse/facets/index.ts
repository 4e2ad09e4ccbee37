import type { Facet } from '../../schema/call';
import { certificationFacet } from './certification';
import { educationFacet } from './education';
import { experienceFacet } from './experience';
import { languageFacet } from './language';
import { licenceFacet } from './licence';

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
