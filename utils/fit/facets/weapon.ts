import type { Profile } from '../../profile/schema';
import type { FacetResult } from '../types';

export function assessWeapon(profile: Profile): FacetResult {
  return profile.weaponAuthorisation
    ? {
        kind: 'weapon-authorisation',
        verdict: 'met',
        reason: 'You are authorised to carry and issued a personal weapon.',
      }
    : {
        kind: 'weapon-authorisation',
        verdict: 'not-met',
        reason:
          'Requires authorisation to carry and be issued a personal weapon; your profile does not show one.',
        flip: 'an authorisation to carry and be issued a personal weapon',
        gist: 'weapon authorisation',
      };
}
