import { describe, expect, it } from 'vitest';
import { profileFromEuropass, readEuropass } from '../../../utils/profile/europass';
import type { Profile } from '../../../utils/profile/schema';
import { cvWith, education, europassFixture, foreignLanguage, job } from './europass-fixtures';

const NOT_IN_EUROPASS = [
  { path: 'armouredVehicleLicence', message: 'Licence for armoured vehicles: Europass has no such field.' },
  { path: 'securityClearance', message: 'Security clearance: Europass has no such field.' },
  { path: 'weaponAuthorisation', message: 'Weapon authorisation: Europass has no such field.' },
  { path: 'lawEnforcementOfficer', message: 'Law enforcement officer and rank: Europass has no such field.' },
];
const EDUCATION_FLAGS = {
  path: 'education',
  message:
    'Attested police/military education and police/military training of each qualification: Europass has no such field.',
};
const WORK_TAGS = {
  path: 'work',
  message:
    'Domain tags and management level of each job: Europass has no such field (suggestions are offered from the job titles and activities).',
};
const SKILLS = {
  path: 'skills',
  message: 'Skills (free tags): not taken from the CV’s free-text skill descriptions.',
};
const AVAILABILITY = {
  path: 'earliestAvailability',
  message: 'Earliest availability: Europass has no such field.',
};
const NO_CERTIFICATIONS = { path: 'certifications', message: 'Certifications: the CV lists none.' };

const UNSET: Pick<
  Profile,
  | 'armouredVehicleLicence'
  | 'securityClearance'
  | 'weaponAuthorisation'
  | 'lawEnforcementOfficer'
  | 'skills'
  | 'earliestAvailability'
> = {
  armouredVehicleLicence: false,
  securityClearance: { level: null, nationalAuthorityCanInitiate: false },
  weaponAuthorisation: false,
  lawEnforcementOfficer: 'no',
  skills: [],
  earliestAvailability: null,
};

function read(xml: string) {
  const result = readEuropass(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('Europass v3.4 test CVs', () => {
  it('a lawyer: month-only dates, two nationalities, mixed CEFR levels, a current job', () => {
    const result = read(europassFixture('lawyer-v3.4.xml'));
    const expected: Profile = {
      version: 1,
      name: 'Miriam Hoxha-Lindqvist',
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
        {
          eqf: 6,
          title: 'Bachelor of Laws',
          fields: [],
          completed: '2011-12-31',
          attestedPoliceMilitaryEducation: false,
          policeMilitaryTraining: false,
        },
      ],
      work: [
        {
          from: '2021-09-01',
          to: null,
          title: 'Head of Justice Monitoring Unit',
          organisation: 'OSCE Mission to Bosnia and Herzegovina',
          tags: [],
        },
        {
          from: '2016-03-01',
          to: '2021-08-31',
          title: 'Trial Monitor',
          organisation: 'OSCE Mission to Serbia',
          tags: [],
        },
        {
          from: '2013-10-01',
          to: '2016-02-15',
          title: 'Associate Lawyer',
          organisation: 'Lindqvist & Partners',
          tags: [],
        },
      ],
      languages: [
        { code: 'sv', level: 'native' },
        { code: 'en', level: 'C1' },
        { code: 'sq', level: 'B1' },
        { code: 'bcms', level: 'A1' },
      ],
      drivingLicences: ['B'],
      certifications: { ids: [], other: [] },
      ...UNSET,
    };
    expect(result.format).toBe('Europass XML v3.4');
    expect(result.profile).toEqual(expected);
    expect(result.warnings).toEqual([
      {
        path: 'LearnerInfo/WorkExperienceList/WorkExperience[4]',
        message: 'The job "Legal Intern" at Svea Court of Appeal has no start date; it was left out.',
      },
      {
        path: 'LearnerInfo/WorkExperienceList/WorkExperience[5]',
        message:
          'The job "Research Assistant" has no end date and is not marked current; it was left out (a job is never taken as ongoing unless the CV says so).',
      },
      {
        path: 'LearnerInfo/Skills/Linguistic/ForeignLanguageList/ForeignLanguage[4]',
        message: 'The language "German" (de) has no self-assessed level; it was left out.',
      },
    ]);
    expect(result.toFill).toEqual([
      EDUCATION_FLAGS,
      WORK_TAGS,
      ...NOT_IN_EUROPASS,
      NO_CERTIFICATIONS,
      SKILLS,
      AVAILABILITY,
    ]);
    expect(result.suggestions).toEqual([
      {
        work: 0,
        suggestions: [
          { tag: 'management', because: ['Head of'] },
          { tag: 'trial-monitoring', because: ['trial monitors'] },
          { tag: 'justice', because: ['trial monitors', 'Justice'] },
          { tag: 'reporting', because: ['Reporting'] },
          { tag: 'international-organisations', because: ['OSCE'] },
        ],
      },
      {
        work: 1,
        suggestions: [
          { tag: 'trial-monitoring', because: ['Trial Monitor'] },
          { tag: 'justice', because: ['Trial Monitor'] },
          { tag: 'international-organisations', because: ['OSCE'] },
        ],
      },
      { work: 2, suggestions: [{ tag: 'legal', because: ['Lawyer'] }] },
    ]);
  });

  it('a police officer: licences B and C, no degree level, certificates', () => {
    const result = read(europassFixture('police-officer-v3.4.xml'));
    expect(result.profile).toEqual({
      version: 1,
      name: 'Nikos Papadakis',
      citizenships: ['GR'],
      education: [
        {
          eqf: null,
          title: 'Police Constables School',
          fields: [],
          completed: '2008-06-30',
          attestedPoliceMilitaryEducation: false,
          policeMilitaryTraining: false,
        },
        {
          eqf: null,
          title: 'General Lyceum certificate',
          fields: [],
          attestedPoliceMilitaryEducation: false,
          policeMilitaryTraining: false,
        },
      ],
      work: [
        {
          from: '2015-04-01',
          to: null,
          title: 'Police Team Leader, Close Protection Unit',
          organisation: 'Hellenic Police',
          tags: [],
        },
        {
          from: '2008-09-01',
          to: '2015-03-31',
          title: 'Police Officer',
          organisation: 'Hellenic Police, Thessaloniki Directorate',
          tags: [],
        },
      ],
      languages: [
        { code: 'el', level: 'native' },
        { code: 'en', level: 'B1' },
      ],
      drivingLicences: ['B', 'C'],
      certifications: { ids: ['basic-life-support'], other: ['Hostage negotiation course'] },
      ...UNSET,
    } satisfies Profile);
    expect('completed' in result.profile.education[1]!).toBe(false);
    expect(result.warnings).toEqual([]);
    expect(result.toFill).toEqual([
      {
        path: 'education[0].eqf',
        message:
          'EQF level of the qualification "Police Constables School": the CV gives none. Until you set it, it meets no degree requirement.',
      },
      {
        path: 'education[1].eqf',
        message:
          'EQF level of the qualification "General Lyceum certificate": the CV gives none. Until you set it, it meets no degree requirement.',
      },
      {
        path: 'education[1].completed',
        message:
          'Completion date of the qualification "General Lyceum certificate": the CV gives no end date and does not mark it current.',
      },
      EDUCATION_FLAGS,
      WORK_TAGS,
      ...NOT_IN_EUROPASS,
      SKILLS,
      AVAILABILITY,
    ]);
    expect(result.suggestions).toEqual([
      {
        work: 0,
        suggestions: [
          { tag: 'management', because: ['Team Leader'] },
          { tag: 'police', because: ['Police'] },
          { tag: 'close-protection', because: ['Close Protection'] },
          { tag: 'security', because: ['Close Protection'] },
        ],
      },
      { work: 1, suggestions: [{ tag: 'police', because: ['Police'] }] },
    ]);
  });

  it('a later schema version with prefixed elements, unknown elements and an unknown language', () => {
    const result = read(europassFixture('later-version-v3.5.xml'));
    expect(result.format).toBe('Europass XML v3.5');
    expect(result.profile).toEqual({
      version: 1,
      name: 'Amélie Dubois',
      citizenships: ['FR'],
      education: [
        {
          eqf: 7,
          title: 'Master en science politique',
          fields: ['Political Science'],
          completed: '2018-02-28',
          attestedPoliceMilitaryEducation: false,
          policeMilitaryTraining: false,
        },
      ],
      work: [
        {
          from: '2019-01-01',
          to: '2024-02-29',
          title: 'Programme Officer',
          organisation: 'Mairie de Lyon',
          tags: [],
        },
      ],
      languages: [
        { code: 'fr', level: 'native' },
        { code: 'en', level: 'B2' },
      ],
      drivingLicences: ['B'],
      certifications: { ids: [], other: [] },
      ...UNSET,
    } satisfies Profile);
    expect(result.warnings).toEqual([
      {
        path: 'LearnerInfo/Identification/Demographics/NationalityList/Nationality[2]',
        message: 'The nationality "Stateless" has no ISO 3166 country code; it was left out.',
      },
      {
        path: 'LearnerInfo/Skills/Linguistic/MotherTongueList/MotherTongue[2]',
        message: 'The language "Lyonnais" has no language code; it was left out.',
      },
      {
        path: 'LearnerInfo/Skills/Linguistic/ForeignLanguageList/ForeignLanguage[1]',
        message: 'The language "Romani" (rom) has no ISO 639-1 code; it was left out.',
      },
      {
        path: 'LearnerInfo/Skills/Linguistic/ForeignLanguageList/ForeignLanguage[3]',
        message: 'The language "Italian" (it) has no self-assessed level; it was left out.',
      },
      {
        path: 'LearnerInfo/Skills/Driving/Description/Licence[2]',
        message: 'The driving licence category "T" is not an EU category; it was left out.',
      },
    ]);
    expect(result.suggestions).toEqual([]);
  });

  it('profileFromEuropass returns the parseProfileFile shape', () => {
    const result = profileFromEuropass(europassFixture('police-officer-v3.4.xml'));
    expect(Object.keys(result)).toEqual(['ok', 'profile', 'warnings']);
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('dates of work and education periods', () => {
  const work = (period: string) => read(cvWith(job(period))).profile.work;
  const completed = (period: string) => read(cvWith(education(period))).profile.education[0]!.completed;

  it('a missing day is the first of the month for a start and the last for an end', () => {
    expect(work('<From year="2019" month="--02"/><To year="2020" month="--02"/>')).toEqual([
      { from: '2019-02-01', to: '2020-02-29', title: 'Adviser', organisation: '', tags: [] },
    ]);
    expect(completed('<From year="2019" month="--09"/><To year="2021" month="--04"/>')).toBe('2021-04-30');
  });

  it('a missing month is January for a start and December for an end', () => {
    expect(work('<From year="2015"/><To year="2017"/>')).toEqual([
      { from: '2015-01-01', to: '2017-12-31', title: 'Adviser', organisation: '', tags: [] },
    ]);
    expect(completed('<From year="2010"/><To year="2012"/>')).toBe('2012-12-31');
  });

  it('full dates are kept as they are, with time zones on the values ignored', () => {
    expect(
      work('<From year="2015Z" month="--03Z" day="---09Z"/><To year="2016" month="--11--" day="---30"/>'),
    ).toEqual([{ from: '2015-03-09', to: '2016-11-30', title: 'Adviser', organisation: '', tags: [] }]);
  });

  it('Current means ongoing, even with a planned To date', () => {
    expect(
      work('<From year="2024" month="--05"/><To year="2027" month="--04"/><Current>true</Current>'),
    ).toEqual([{ from: '2024-05-01', to: null, title: 'Adviser', organisation: '', tags: [] }]);
    expect(completed('<From year="2024"/><To year="2026" month="--07"/><Current>true</Current>')).toBeNull();
  });

  it('Current false with a To date is a finished period', () => {
    expect(work('<From year="2001"/><To year="2003"/><Current>false</Current>')).toEqual([
      { from: '2001-01-01', to: '2003-12-31', title: 'Adviser', organisation: '', tags: [] },
    ]);
  });

  it('a job without a start, or without an end and not current, is left out with a warning', () => {
    const noStart = read(cvWith(job('<To year="2010"/>', 'Clerk')));
    expect(noStart.profile.work).toEqual([]);
    expect(noStart.warnings).toEqual([
      {
        path: 'LearnerInfo/WorkExperienceList/WorkExperience[1]',
        message: 'The job "Clerk" has no start date; it was left out.',
      },
    ]);
    const noPeriod = read(
      cvWith(
        '<WorkExperienceList><WorkExperience><Employer><Name>UNDP</Name></Employer></WorkExperience></WorkExperienceList>',
      ),
    );
    expect(noPeriod.warnings).toEqual([
      {
        path: 'LearnerInfo/WorkExperienceList/WorkExperience[1]',
        message: 'The job "UNDP" has no start date; it was left out.',
      },
    ]);
    const noEnd = read(cvWith(job('<From year="2010"/><Current>false</Current>', 'Clerk')));
    expect(noEnd.profile.work).toEqual([]);
    expect(noEnd.warnings).toEqual([
      {
        path: 'LearnerInfo/WorkExperienceList/WorkExperience[1]',
        message:
          'The job "Clerk" has no end date and is not marked current; it was left out (a job is never taken as ongoing unless the CV says so).',
      },
    ]);
    expect(noEnd.toFill).toContainEqual({
      path: 'work',
      message: 'Work history: the CV lists no job with usable dates.',
    });
  });

  it('a finished education with no end date is to fill in, not ongoing', () => {
    const result = read(cvWith(education('<From year="2004"/>')));
    expect(result.profile.education[0]).toEqual({
      eqf: 7,
      title: 'MA',
      fields: [],
      attestedPoliceMilitaryEducation: false,
      policeMilitaryTraining: false,
    });
    expect(result.toFill[0]).toEqual({
      path: 'education[0].completed',
      message:
        'Completion date of the qualification "MA": the CV gives no end date and does not mark it current.',
    });
  });
});

describe('languages', () => {
  const languages = (xml: string) => read(cvWith(xml));

  it('a foreign language takes the lowest of its self-assessed skills; empty skills are ignored', () => {
    const result = languages(
      foreignLanguage(
        '<Code>fr</Code><Label>French</Label>',
        '<Listening>C2</Listening><Reading>C1</Reading><SpokenInteraction/><SpokenProduction>B2</SpokenProduction><Writing></Writing>',
      ),
    );
    expect(result.profile.languages).toEqual([{ code: 'fr', level: 'B2' }]);
    expect(result.warnings).toEqual([]);
  });

  it('a language with no skill given is left out, named in the warning', () => {
    const result = languages(foreignLanguage('<Code>it</Code><Label>Italian</Label>', '<Writing/>'));
    expect(result.profile.languages).toEqual([]);
    expect(result.warnings).toEqual([
      {
        path: 'LearnerInfo/Skills/Linguistic/ForeignLanguageList/ForeignLanguage[1]',
        message: 'The language "Italian" (it) has no self-assessed level; it was left out.',
      },
    ]);
  });

  it('a language without an ISO 639-1 code is left out, named in the warning', () => {
    const signLanguage = languages(
      foreignLanguage('<Code>srp-sgn</Code><Label>Serbian Sign Language</Label>', '<Reading>B1</Reading>'),
    );
    expect(signLanguage.profile.languages).toEqual([]);
    expect(signLanguage.warnings).toEqual([
      {
        path: 'LearnerInfo/Skills/Linguistic/ForeignLanguageList/ForeignLanguage[1]',
        message: 'The language "Serbian Sign Language" (srp-sgn) has no ISO 639-1 code; it was left out.',
      },
    ]);
    const labelOnly = languages(foreignLanguage('<Label>Klingon</Label>', '<Reading>B1</Reading>'));
    expect(labelOnly.warnings).toEqual([
      {
        path: 'LearnerInfo/Skills/Linguistic/ForeignLanguageList/ForeignLanguage[1]',
        message: 'The language "Klingon" has no language code; it was left out.',
      },
    ]);
  });

  it("Europass's me (Montenegrin) counts as BCMS; a mother tongue is native and wins over a foreign entry", () => {
    const result = languages(
      '<Skills><Linguistic><MotherTongueList><MotherTongue><Description><Code>EN</Code></Description></MotherTongue></MotherTongueList>' +
        '<ForeignLanguageList><ForeignLanguage><Description><Code>me</Code></Description><ProficiencyLevel><Reading>B2</Reading></ProficiencyLevel></ForeignLanguage>' +
        '<ForeignLanguage><Description><Code>en</Code></Description><ProficiencyLevel><Reading>B2</Reading></ProficiencyLevel></ForeignLanguage></ForeignLanguageList></Linguistic></Skills>',
    );
    expect(result.profile.languages).toEqual([
      { code: 'en', level: 'native' },
      { code: 'bcms', level: 'B2' },
    ]);
  });
});

describe('nationalities, licences and certificates', () => {
  it('maps UK to GB and EL to GR, drops duplicates', () => {
    const result = read(
      cvWith(
        '<Identification><Demographics><NationalityList><Nationality><Code>EL</Code></Nationality><Nationality><Code>uk</Code></Nationality><Nationality><Code>GR</Code></Nationality></NationalityList></Demographics></Identification>',
      ),
    );
    expect(result.profile.citizenships).toEqual(['GR', 'GB']);
  });

  it('reads Skills/Driving/Description/Licence', () => {
    const result = read(
      cvWith(
        '<Skills><Driving><Description><Licence>C1</Licence><Licence>be</Licence><Licence>C1</Licence></Description></Driving></Skills>',
      ),
    );
    expect(result.profile.drivingLicences).toEqual(['C1', 'BE']);
  });

  it('matches certificates against the known ids and keeps the rest under other', () => {
    const result = read(
      cvWith(
        '<Skills><Computer><VerifiedBy><Certificate><Title>ITIL 4 Foundation</Title></Certificate></VerifiedBy></Computer></Skills>' +
          '<AchievementList><Achievement><Title><Code>certifications</Code></Title><Description>&lt;ul&gt;&lt;li&gt;Certified Information Systems Auditor (CISA)&lt;/li&gt;&lt;li&gt;Mediator &amp;amp; facilitator&lt;/li&gt;&lt;/ul&gt;</Description></Achievement>' +
          '<Achievement><Title><Code>publications</Code></Title><Description>CPA exam guide</Description></Achievement></AchievementList>',
      ),
    );
    expect(result.profile.certifications).toEqual({
      ids: ['CISA', 'ITIL'],
      other: ['Mediator & facilitator'],
    });
  });
});

describe('nothing invented', () => {
  it('an empty CV lists every field as to fill in', () => {
    const result = read(cvWith(''));
    expect(result.profile).toEqual({
      version: 1,
      name: '',
      citizenships: [],
      education: [],
      work: [],
      languages: [],
      drivingLicences: [],
      certifications: { ids: [], other: [] },
      ...UNSET,
    });
    expect(result.toFill).toEqual([
      { path: 'name', message: 'Your name: the CV gives none.' },
      { path: 'citizenships', message: 'Citizenships: the CV gives no nationality with a country code.' },
      { path: 'education', message: 'Education: the CV lists no qualification.' },
      { path: 'work', message: 'Work history: the CV lists no job with usable dates.' },
      { path: 'languages', message: 'Languages: the CV gives no language with a code and a level.' },
      { path: 'drivingLicences', message: 'Driving licences: the CV lists none.' },
      ...NOT_IN_EUROPASS,
      NO_CERTIFICATIONS,
      SKILLS,
      AVAILABILITY,
    ]);
  });
});
