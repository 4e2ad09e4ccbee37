import type { Profile } from '../../profile/schema';
import type { Facet } from '../../schema/call';
import type { FacetContext } from '../context';
import type { FacetResult } from '../types';
import { assessCertification } from './certification';
import { assessCitizenship } from './citizenship';
import { assessClearance } from './clearance';
import { assessEducation } from './education';
import { assessExperience } from './experience';
import { assessLanguage } from './language';
import { assessLawEnforcement } from './law-enforcement';
import { assessLicence } from './licence';
import { assessWeapon } from './weapon';

export function assessFacet(facet: Facet, profile: Profile, ctx: FacetContext): FacetResult {
  switch (facet.kind) {
    case 'education': {
      const { qualification: _qualification, ...result } = assessEducation(facet, profile, ctx.now);
      return result;
    }
    case 'experience':
      return assessExperience(facet, profile, ctx);
    case 'language':
      return assessLanguage(facet, profile);
    case 'driving-licence':
      return assessLicence(facet, profile);
    case 'security-clearance':
      return assessClearance(facet.level, profile);
    case 'citizenship':
      return assessCitizenship(facet.openToContributingThirdStates, profile);
    case 'weapon-authorisation':
      return assessWeapon(profile);
    case 'certification':
      return assessCertification(facet, profile);
    case 'law-enforcement-officer':
      return assessLawEnforcement(facet, profile);
  }
}
