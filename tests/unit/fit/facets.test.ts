import { describe, expect, it } from 'vitest';
import { assessCitizenship } from '../../../utils/fit/facets/citizenship';
import { assessClearance, clearanceRank } from '../../../utils/fit/facets/clearance';
import { assessEducation } from '../../../utils/fit/facets/education';
import { fieldMatches } from '../../../utils/fit/facets/fields';
import { assessLanguage } from '../../../utils/fit/facets/language';
import { assessLicence } from '../../../utils/fit/facets/licence';
import { CLEARANCE_LEVELS, type Facet } from '../../../utils/schema/call';
import { balkanProgrammeManager, euLawyer, NOW, nonEuLawyer, policeOfficer } from './personas';

type EducationFacet = Extract<Facet, { kind: 'education' }>;
const edu = (over: Partial<EducationFacet>): EducationFacet => ({
  kind: 'education',
  minEqf: 7,
  fields: [],
  fieldRule: 'none',
  relatedFieldsAccepted: false,
  alternatives: [],
  ...over,
});
const bachelorHolder = { ...euLawyer, education: euLawyer.education.filter((e) => e.eqf === 6) };

describe('education', () => {
  it("Master's meets a Master's requirement and a Bachelor's one; a Bachelor's does not meet a Master's", () => {
    expect(assessEducation(edu({ minEqf: 7 }), euLawyer, NOW).verdict).toBe('met');
    expect(assessEducation(edu({ minEqf: 6 }), euLawyer, NOW).verdict).toBe('met');
    const r = assessEducation(edu({ minEqf: 7 }), bachelorHolder, NOW);
    expect(r.verdict).toBe('not-met');
    expect(r.flip).toBe("a Master's (EQF 7)");
  });

  it('counts experience from the earliest qualification that meets the requirement', () => {
    expect(assessEducation(edu({ minEqf: 6 }), euLawyer, NOW).qualification?.completed).toBe('2012-07-15');
    expect(assessEducation(edu({ minEqf: 7 }), euLawyer, NOW).qualification).toEqual({
      completed: '2014-07-15',
      label: "your Master's in Law (2014)",
    });
  });

  it('ignores degrees not completed yet', () => {
    const studying = {
      ...bachelorHolder,
      education: [...bachelorHolder.education, { ...euLawyer.education[1]!, completed: '2026-09-30' }],
    };
    expect(assessEducation(edu({ minEqf: 7 }), studying, NOW).verdict).toBe('not-met');
  });

  it('"should be in" another field is met with a note', () => {
    const r = assessEducation(edu({ fields: ['Political Science'], fieldRule: 'should' }), euLawyer, NOW);
    expect(r.verdict).toBe('met');
    expect(r.note).toContain('"should be" in Political Science');
  });

  it('"must be in" another field: needs an answer when related fields are accepted, else not met', () => {
    expect(
      assessEducation(
        edu({ fields: ['Finance'], fieldRule: 'must', relatedFieldsAccepted: true }),
        euLawyer,
        NOW,
      ).verdict,
    ).toBe('needs-answer');
    const strict = assessEducation(edu({ fields: ['Finance', 'Audit'], fieldRule: 'must' }), euLawyer, NOW);
    expect(strict.verdict).toBe('not-met');
    expect(strict.flip).toBe("a Master's (EQF 7) in Finance or Audit");
    expect(assessEducation(edu({ fields: ['Law', 'Audit'], fieldRule: 'must' }), euLawyer, NOW).verdict).toBe(
      'met',
    );
  });

  it('field matching works on significant words', () => {
    expect(fieldMatches('International Law', 'Law')).toBe(true);
    expect(fieldMatches('Political Sciences', 'Political Science')).toBe(true);
    expect(fieldMatches('International Law', 'International Relations')).toBe(false);
  });

  it('the police path is an alternative, not a lower level', () => {
    const facet = edu({ minEqf: 6, alternatives: ['attested-police-military-education'] });
    expect(assessEducation(facet, policeOfficer, NOW).verdict).toBe('met');
    expect(assessEducation(facet, policeOfficer, NOW).qualification?.completed).toBe('2007-06-30');
    expect(assessEducation(edu({ minEqf: 6 }), policeOfficer, NOW).verdict).toBe('not-met');
    const cpo = edu({ minEqf: null, alternatives: ['secondary-plus-police-military-training'] });
    expect(assessEducation(cpo, policeOfficer, NOW).verdict).toBe('met');
    expect(assessEducation(cpo, euLawyer, NOW).verdict).toBe('not-met');
  });
});

describe('languages', () => {
  const lang = (
    languages: string[],
    minCount: number,
    minLevel: Extract<Facet, { kind: 'language' }>['minLevel'] = null,
  ) => ({ kind: 'language', languages, minCount, minLevel, missionLanguage: false }) as const;

  it('native counts as C2', () => {
    expect(assessLanguage(lang(['de'], 1, 'C2'), euLawyer).verdict).toBe('met');
    expect(assessLanguage(lang(['en'], 1, 'C2'), euLawyer).verdict).toBe('not-met');
  });

  it('BCMS is one language group either way round', () => {
    expect(assessLanguage(lang(['sq', 'bcms', 'mk'], 1, 'B2'), balkanProgrammeManager).verdict).toBe('met');
    expect(assessLanguage(lang(['sq', 'sr'], 1), balkanProgrammeManager).verdict).toBe('met');
    const bcmsProfile = { ...euLawyer, languages: [{ code: 'bcms', level: 'B2' as const }] };
    expect(assessLanguage(lang(['sr'], 1, 'B1'), bcmsProfile).verdict).toBe('met');
    expect(
      assessLanguage(lang(['cnr'], 1), { ...euLawyer, languages: [{ code: 'me', level: 'A2' as const }] })
        .verdict,
    ).toBe('met');
  });

  it('"more than one" needs two different groups: Croatian and Serbian are one', () => {
    const both = {
      ...balkanProgrammeManager,
      languages: [...balkanProgrammeManager.languages, { code: 'sr', level: 'C1' as const }],
    };
    expect(assessLanguage(lang(['sq', 'bcms', 'mk'], 2, 'B2'), both).verdict).toBe('not-met');
    const plusMk = { ...both, languages: [...both.languages, { code: 'mk', level: 'B2' as const }] };
    expect(assessLanguage(lang(['sq', 'bcms', 'mk'], 2, 'B2'), plusMk).verdict).toBe('met');
  });

  it('says which level to reach', () => {
    const r = assessLanguage(lang(['en'], 1, 'C2'), euLawyer);
    expect(r.reason).toBe('Requires English at C2 or above; you have English C1.');
    expect(r.flip).toBe('English raised from C1 to C2');
  });
});

describe('driving licences', () => {
  const licence = (anyOf: string[], armoured = false) =>
    ({ kind: 'driving-licence', anyOf, armouredVehiclesAlternative: armoured }) as const;
  const withLicences = (drivingLicences: typeof euLawyer.drivingLicences) => ({
    ...euLawyer,
    drivingLicences,
  });

  it('C covers C1 and B; C1 does not cover C', () => {
    expect(assessLicence(licence(['C']), withLicences(['B', 'C1'])).verdict).toBe('not-met');
    expect(assessLicence(licence(['C']), withLicences(['B', 'C1'])).flip).toBe('a Category C licence');
    expect(assessLicence(licence(['C', 'C1']), withLicences(['B', 'C1'])).verdict).toBe('met');
    expect(assessLicence(licence(['C1']), withLicences(['C'])).verdict).toBe('met');
    expect(assessLicence(licence(['B']), withLicences(['CE'])).verdict).toBe('met');
  });

  it('accepts an armoured-vehicle licence where offered', () => {
    const armoured = { ...euLawyer, armouredVehicleLicence: true };
    expect(assessLicence(licence(['C', 'C1'], true), armoured).verdict).toBe('met');
    expect(assessLicence(licence(['C']), armoured).verdict).toBe('not-met');
  });
});

describe('security clearance', () => {
  it('orders levels RESTRICTED < CONFIDENTIAL < SECRET < TOP SECRET', () => {
    expect(CLEARANCE_LEVELS.map(clearanceRank)).toEqual([0, 1, 2, 3]);
  });

  it('a higher clearance meets a lower one; a missing or lower one is eligible-if, never not-met', () => {
    const held = (level: (typeof CLEARANCE_LEVELS)[number] | null) => ({
      ...euLawyer,
      securityClearance: { level, nationalAuthorityCanInitiate: true },
    });
    expect(assessClearance('EU CONFIDENTIAL', held('EU SECRET')).verdict).toBe('met');
    expect(assessClearance('EU SECRET', held('EU SECRET')).verdict).toBe('met');
    expect(assessClearance('EU SECRET', held('EU CONFIDENTIAL')).verdict).toBe('eligible-if');
    expect(assessClearance('EU CONFIDENTIAL', held(null)).verdict).toBe('eligible-if');
    expect(assessClearance('EU SECRET', euLawyer).condition).toBe(
      'a Personnel Security Clearance at EU SECRET level, initiated after selection, with the final certificate within 12 months',
    );
  });
});

describe('citizenship', () => {
  it('EU nationals are met; third-state nationals eligible-if where open, not met where closed', () => {
    expect(assessCitizenship(false, euLawyer).verdict).toBe('met');
    expect(assessCitizenship(true, nonEuLawyer).verdict).toBe('eligible-if');
    expect(assessCitizenship(false, nonEuLawyer).verdict).toBe('not-met');
    expect(assessCitizenship(false, { ...nonEuLawyer, citizenships: ['RS', 'HR'] }).verdict).toBe('met');
    expect(assessCitizenship(false, { ...euLawyer, citizenships: [] }).verdict).toBe('needs-answer');
  });
});
