import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROFILE_VERSION, Profile, type ProfileInput } from '../../../utils/profile/schema';

/** Every fit test runs as of this instant. */
export const NOW = new Date('2026-06-01T00:00:00Z');

function profile(input: Omit<ProfileInput, 'version'>): Profile {
  return Profile.parse({ version: PROFILE_VERSION, ...input });
}

/**
 * EU national, Master's in Law (2014), 10 years' experience after it: 4 in trial monitoring,
 * 3 at management level (plus a part-time lectureship overlapping other jobs, never double-counted).
 */
export const euLawyer = profile({
  name: 'Anna Becker',
  citizenships: ['DE'],
  education: [
    { eqf: 6, title: '', fields: ['Law'], completed: '2012-07-15' },
    { eqf: 7, title: '', fields: ['Law'], completed: '2014-07-15' },
  ],
  work: [
    {
      from: '2016-06-01',
      to: '2020-05-31',
      title: 'Trial Monitor',
      organisation: 'OSCE Mission to Serbia',
      tags: ['trial-monitoring', 'justice', 'human-rights'],
    },
    {
      from: '2020-06-01',
      to: '2023-05-31',
      title: 'Legal Adviser',
      organisation: 'Federal Ministry of Justice',
      tags: ['legal', 'rule-of-law'],
    },
    {
      from: '2023-06-01',
      to: null,
      title: 'Head of Legal Unit',
      organisation: 'Rule of Law Foundation',
      tags: ['management', 'legal', 'rule-of-law'],
    },
    {
      from: '2018-01-01',
      to: '2019-12-31',
      title: 'Part-time Lecturer in Criminal Procedure',
      organisation: 'University of Bonn',
      tags: ['legal'],
    },
  ],
  languages: [
    { code: 'de', level: 'native' },
    { code: 'en', level: 'C1' },
    { code: 'fr', level: 'B2' },
  ],
  drivingLicences: ['B'],
});

/** The same career, but a Serbian national (not an EU member state). */
export const nonEuLawyer = profile({
  ...euLawyer,
  name: 'Milica Jovanović',
  citizenships: ['RS'],
  languages: [
    { code: 'sr', level: 'native' },
    { code: 'en', level: 'C1' },
  ],
});

/** Secondary school plus an attested police academy diploma; 18 years in the police, armed, licence C. */
export const policeOfficer = profile({
  name: 'Mikko Virtanen',
  citizenships: ['FI'],
  education: [
    { eqf: 4, title: 'Secondary school leaving certificate', completed: '2004-06-01' },
    {
      eqf: 4,
      title: 'Police academy diploma',
      fields: ['Police science'],
      completed: '2007-06-30',
      attestedPoliceMilitaryEducation: true,
      policeMilitaryTraining: true,
    },
  ],
  work: [
    {
      from: '2007-08-01',
      to: '2014-12-31',
      title: 'Police Officer, close protection unit',
      organisation: 'Helsinki Police Department',
      tags: ['police', 'security', 'close-protection'],
    },
    {
      from: '2015-01-01',
      to: null,
      title: 'Team Leader, VIP protection',
      organisation: 'National Police Board',
      tags: ['management', 'police', 'security', 'close-protection'],
    },
  ],
  languages: [
    { code: 'fi', level: 'native' },
    { code: 'en', level: 'B2' },
  ],
  drivingLicences: ['B', 'C'],
  weaponAuthorisation: true,
  lawEnforcementOfficer: 'officer',
  certifications: { ids: ['close-protection', 'basic-life-support'], other: [] },
});

/** A Sarajevo-based programme manager for the ISD call: Bachelor's, Croatian native (BCMS). */
export const balkanProgrammeManager = profile({
  name: 'Amra Hodžić',
  citizenships: ['BA'],
  education: [{ eqf: 6, fields: ['Political Science'], completed: '2015-06-30' }],
  work: [
    {
      from: '2015-09-01',
      to: null,
      title: 'Programme Manager',
      organisation: 'Local Democracy Agency',
      tags: ['pcve', 'local-government', 'project-management', 'management'],
    },
  ],
  languages: [
    { code: 'hr', level: 'native' },
    { code: 'en', level: 'C1' },
  ],
  drivingLicences: ['B'],
});

/** 50 skill tags unrelated to any requirement, for the "skills cannot raise a score" check. */
export const UNRELATED_SKILLS = Array.from({ length: 50 }, (_, i) => `underwater basket weaving ${i + 1}`);

export function withSkills(base: Profile, skills: readonly string[]): Profile {
  return { ...base, skills: [...base.skills, ...skills] };
}

/** An internal auditor for EK 60029: Master's in Accounting and Finance, 12 years in audit, a CIA. */
export const internalAuditor = profile({
  name: 'Sofie Janssens',
  citizenships: ['BE'],
  education: [
    { eqf: 6, fields: ['Economics'], completed: '2010-06-30' },
    { eqf: 7, fields: ['Accounting', 'Finance'], completed: '2012-06-30' },
  ],
  work: [
    {
      from: '2012-09-01',
      to: '2016-08-31',
      title: 'External Auditor',
      organisation: 'Deloitte Belgium',
      tags: ['audit', 'accounting', 'finance'],
    },
    {
      from: '2016-09-01',
      to: null,
      title: 'Senior Internal Auditor',
      organisation: 'European Union Agency',
      tags: ['audit', 'management'],
    },
  ],
  languages: [
    { code: 'nl', level: 'native' },
    { code: 'en', level: 'C1' },
    { code: 'fr', level: 'B2' },
  ],
  drivingLicences: ['B'],
  certifications: { ids: ['CIA'], other: [] },
});

/** The example profile shipped with the extension (examples/profile.example.json): the lawyer built for EK 60092. */
export const exampleLawyer = Profile.parse(
  JSON.parse(readFileSync(resolve(process.cwd(), 'examples/profile.example.json'), 'utf8')),
);
