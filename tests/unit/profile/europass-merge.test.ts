import { describe, expect, it } from 'vitest';
import { readEuropass } from '../../../utils/profile/europass';
import { applyImport, mergeProfiles } from '../../../utils/profile/europass-merge';
import { describeChanges, keptValues, stillToFill } from '../../../utils/profile/europass-review';
import { Profile } from '../../../utils/profile/schema';
import { europassFixture } from './europass-fixtures';

function imported(name: string) {
  const result = readEuropass(europassFixture(name));
  if (!result.ok) throw new Error('fixture must read');
  return result.value;
}

const mine = Profile.parse({
  version: 1,
  name: 'Miriam Lindqvist',
  citizenships: ['SE'],
  education: [{ eqf: 7, title: 'LL.M. International Criminal Law', fields: [], completed: '2013-06-30' }],
  work: [
    {
      from: '2016-03-01',
      to: '2021-08-31',
      title: 'Trial Monitor',
      organisation: 'OSCE',
      tags: ['trial-monitoring'],
    },
  ],
  languages: [
    { code: 'en', level: 'C2' },
    { code: 'sr', level: 'B1' },
  ],
  drivingLicences: ['B'],
  securityClearance: { level: 'EU SECRET', nationalAuthorityCanInitiate: false },
  skills: ['legal drafting'],
});

describe('merging an imported Europass profile', () => {
  it('keeps everything already there, unites lists without duplicates, fills only empty single values', () => {
    const lawyer = imported('lawyer-v3.4.xml');
    const merged = mergeProfiles(mine, lawyer.profile);
    expect(merged).toEqual({
      ...mine,
      citizenships: ['SE', 'GB'],
      education: [
        {
          eqf: 7,
          title: 'LL.M. International Criminal Law',
          fields: ['Law'],
          completed: '2013-06-30',
          attestedPoliceMilitaryEducation: false,
          policeMilitaryTraining: false,
        },
        lawyer.profile.education[1],
      ],
      work: [mine.work[0], lawyer.profile.work[0], lawyer.profile.work[2]],
      languages: [
        { code: 'en', level: 'C2' },
        { code: 'sr', level: 'B1' },
        { code: 'sv', level: 'native' },
        { code: 'sq', level: 'B1' },
      ],
    });
    expect(applyImport(mine, lawyer.profile, 'replace')).toBe(lawyer.profile);
    expect(applyImport(null, lawyer.profile, 'merge')).toBe(lawyer.profile);
  });

  it('the same job keeps your entry and unites the tags', () => {
    const theirs = Profile.parse({
      version: 1,
      work: [
        { from: '2016-03-01', to: '2021-08-31', title: 'trial monitor', organisation: '', tags: ['justice'] },
      ],
    });
    expect(mergeProfiles(mine, theirs).work).toEqual([
      { ...mine.work[0], tags: ['trial-monitoring', 'justice'] },
    ]);
  });

  it('describes the changes field by field, and what it kept of yours', () => {
    const lawyer = imported('lawyer-v3.4.xml');
    const merged = mergeProfiles(mine, lawyer.profile);
    expect(describeChanges(mine, merged)).toEqual([
      { field: 'citizenships', kind: 'new', text: 'Citizenships: GB' },
      {
        field: 'education',
        kind: 'new',
        text: 'Education: Bachelor of Laws (EQF 6, completed 2011-12-31)',
      },
      {
        field: 'work',
        kind: 'new',
        text: 'Work history: Head of Justice Monitoring Unit, OSCE Mission to Bosnia and Herzegovina (2021-09-01 – now); Associate Lawyer, Lindqvist & Partners (2013-10-01 – 2016-02-15)',
      },
      { field: 'languages', kind: 'new', text: 'Languages: sv native; sq B1' },
    ]);
    expect(keptValues(mine, lawyer.profile, merged)).toEqual([
      { field: 'languages', kind: 'kept', text: 'Languages: yours kept, en C2 (the CV says C1)' },
      {
        field: 'name',
        kind: 'kept',
        text: 'Name: yours kept, Miriam Lindqvist (the CV says Miriam Hoxha-Lindqvist)',
      },
    ]);
    expect(describeChanges(null, lawyer.profile).map((c) => `${c.kind} ${c.field}`)).toEqual([
      'new name',
      'new citizenships',
      'new education',
      'new work',
      'new languages',
      'new drivingLicences',
    ]);
  });

  it('replacing says what is changed and what is removed', () => {
    const lawyer = imported('lawyer-v3.4.xml');
    expect(describeChanges(mine, applyImport(mine, lawyer.profile, 'replace'))).toEqual([
      { field: 'name', kind: 'changed', text: 'Name: Miriam Lindqvist → Miriam Hoxha-Lindqvist' },
      { field: 'citizenships', kind: 'new', text: 'Citizenships: GB' },
      { field: 'education', kind: 'new', text: 'Education: Bachelor of Laws (EQF 6, completed 2011-12-31)' },
      {
        field: 'work',
        kind: 'new',
        text: 'Work history: Head of Justice Monitoring Unit, OSCE Mission to Bosnia and Herzegovina (2021-09-01 – now); Trial Monitor, OSCE Mission to Serbia (2016-03-01 – 2021-08-31); Associate Lawyer, Lindqvist & Partners (2013-10-01 – 2016-02-15)',
      },
      {
        field: 'work',
        kind: 'removed',
        text: 'Work history: Trial Monitor, OSCE (2016-03-01 – 2021-08-31) [trial-monitoring]',
      },
      { field: 'languages', kind: 'new', text: 'Languages: sv native; en C1; sq B1; bcms A1' },
      { field: 'languages', kind: 'removed', text: 'Languages: en C2; sr B1' },
      { field: 'skills', kind: 'removed', text: 'Skills: legal drafting' },
      { field: 'securityClearance', kind: 'removed', text: 'Security clearance: EU SECRET' },
    ]);
  });

  it('the to-fill-in list drops what your profile already has', () => {
    const police = imported('police-officer-v3.4.xml');
    const merged = mergeProfiles(mine, police.profile);
    expect(stillToFill(police.toFill, police.profile, merged).map((item) => item.path)).toEqual([
      'education[0].eqf',
      'education[1].eqf',
      'education[1].completed',
      'education',
      'work',
      'armouredVehicleLicence',
      'weaponAuthorisation',
      'lawEnforcementOfficer',
      'earliestAvailability',
    ]);
  });
});
