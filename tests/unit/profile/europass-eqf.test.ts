import { describe, expect, it } from 'vitest';
import { assessEducation } from '../../../utils/fit/facets/education';
import { readEuropass } from '../../../utils/profile/europass';
import type { Facet } from '../../../utils/schema/call';
import { europassFixture } from './europass-fixtures';

type EducationFacet = Extract<Facet, { kind: 'education' }>;
const NOW = new Date('2026-06-01T12:00:00Z');
const degree = (over: Partial<EducationFacet>): EducationFacet => ({
  kind: 'education',
  minEqf: 6,
  fields: [],
  fieldRule: 'none',
  relatedFieldsAccepted: false,
  alternatives: [],
  ...over,
});

function policeOfficer() {
  const result = readEuropass(europassFixture('police-officer-v3.4.xml'));
  if (!result.ok) throw new Error('fixture must read');
  return result.value.profile;
}

describe('an education entry without an EQF level (imported from Europass)', () => {
  it('meets no degree requirement, and the reason asks for the level', () => {
    const result = assessEducation(degree({ minEqf: 6 }), policeOfficer(), NOW);
    expect(result).toEqual({
      kind: 'education',
      verdict: 'not-met',
      reason:
        "Requires a Bachelor's (EQF 6) or higher; your profile lists no completed qualification with its level. Police Constables School (2008) has no EQF level in your profile: set the level in the options to have it checked.",
      flip: "a Bachelor's (EQF 6)",
      gist: "Bachelor's (EQF 6)",
      qualification: null,
    });
  });

  it('is not taken as secondary education either; setting the level makes it count', () => {
    const profile = policeOfficer();
    const path = degree({ minEqf: null, alternatives: ['secondary-plus-police-military-training'] });
    expect(assessEducation(path, profile, NOW).verdict).toBe('not-met');
    const withLevel = {
      ...profile,
      education: [{ ...profile.education[0]!, eqf: 4, policeMilitaryTraining: true }],
    };
    expect(assessEducation(path, withLevel, NOW)).toMatchObject({
      verdict: 'met',
      qualification: { completed: '2008-06-30' },
    });
  });

  it('an entry whose completion date is still to fill in is not counted as completed', () => {
    const profile = policeOfficer();
    const unknownDate = { ...profile, education: [{ ...profile.education[1]!, eqf: 6 }] };
    expect(assessEducation(degree({ minEqf: 6 }), unknownDate, NOW)).toMatchObject({
      verdict: 'not-met',
      reason: "Requires a Bachelor's (EQF 6) or higher; your profile lists no completed qualification.",
    });
  });
});
