import { coveredCategories } from '../../profile/licences';
import type { Profile } from '../../profile/schema';
import type { Facet } from '../../schema/call';
import type { FacetResult } from '../types';
import { listWithOr } from './fields';

type DrivingLicenceFacet = Extract<Facet, { kind: 'driving-licence' }>;

export function assessLicence(facet: DrivingLicenceFacet, profile: Profile): FacetResult {
  const wanted = facet.anyOf.map((c) => c.trim().toUpperCase());
  const wantedText = `a Category ${listWithOr(wanted)} licence${facet.armouredVehiclesAlternative ? ' or a licence for armoured vehicles' : ''}`;
  const covered = coveredCategories(profile.drivingLicences);
  const yours =
    profile.drivingLicences.length > 0
      ? `you hold ${profile.drivingLicences.join(', ')}`
      : 'your profile lists no driving licence';
  const hit = wanted.find((c) => covered.has(c));
  if (hit) {
    const direct = profile.drivingLicences.includes(hit as never);
    return {
      kind: 'driving-licence',
      verdict: 'met',
      reason: `Requires ${wantedText}; ${yours}${direct ? '' : ` (which covers ${hit})`}.`,
    };
  }
  if (facet.armouredVehiclesAlternative && profile.armouredVehicleLicence) {
    return {
      kind: 'driving-licence',
      verdict: 'met',
      reason: `Requires ${wantedText}; you hold a licence for armoured vehicles.`,
    };
  }
  return {
    kind: 'driving-licence',
    verdict: 'not-met',
    reason: `Requires ${wantedText}; ${yours}.`,
    flip: wantedText,
    gist: wantedText.replace(/^an? /, '').replace(' or a licence', ' or licence'),
  };
}
