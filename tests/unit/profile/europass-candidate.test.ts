import { describe, expect, it } from 'vitest';
import { readEuropass } from '../../../utils/profile/europass';
import type { Profile } from '../../../utils/profile/schema';
import { europassFixture } from './europass-fixtures';

/** A minimal europass.europa.eu CV around the given CandidatePerson and CandidateProfile content. */
function candidate(person: string, profile = '', namespace = 'http://www.europass.eu/1.0'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Candidate xmlns="${namespace}" xmlns:hr="http://www.hr-xml.org/3" xmlns:oa="http://www.openapplications.org/oagis/9" xmlns:eures="http://www.europass_eures.eu/1.0">
  <hr:DocumentID schemeID="test" schemeAgencyName="EUROPASS" schemeVersionID="4.0"/>
  <CandidatePerson>${person}</CandidatePerson>
  <CandidateProfile languageCode="en">${profile}</CandidateProfile>
</Candidate>`;
}

const NAME = '<PersonName><oa:GivenName>Ana</oa:GivenName><hr:FamilyName>Ilić</hr:FamilyName></PersonName>';

function errors(xml: string) {
  const result = readEuropass(xml);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('Europass CV in the europass.europa.eu format (root Candidate)', () => {
  it('a trial monitor: positions with ISO dates, EQF and ISCED levels, CEFR dimensions, licences', () => {
    const result = readEuropass(europassFixture('trial-monitor-candidate.xml'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { format, profile, warnings, toFill, suggestions } = result.value;
    expect(format).toBe('Europass XML (europass.europa.eu, root Candidate)');
    const expected: Profile = {
      version: 1,
      name: 'Jelena Marković',
      citizenships: ['RS', 'GB'],
      education: [
        {
          eqf: 7,
          title: 'LL.M. European Law',
          fields: [],
          completed: '2011-09-30',
          attestedPoliceMilitaryEducation: false,
          policeMilitaryTraining: false,
        },
        {
          eqf: null,
          title: 'Bachelor of Laws',
          fields: [],
          completed: '2009-12-31',
          attestedPoliceMilitaryEducation: false,
          policeMilitaryTraining: false,
        },
        {
          eqf: 8,
          title: 'Doctorate in Law',
          fields: [],
          completed: null,
          attestedPoliceMilitaryEducation: false,
          policeMilitaryTraining: false,
        },
        {
          eqf: null,
          title: 'Bar examination course',
          fields: [],
          attestedPoliceMilitaryEducation: false,
          policeMilitaryTraining: false,
        },
      ],
      work: [
        {
          from: '2016-03-01',
          to: '2019-11-15',
          title: 'Trial Monitor',
          organisation: 'OSCE Mission to Serbia',
          tags: [],
        },
        {
          from: '2019-12-01',
          to: null,
          title: 'Head of Trial Monitoring Unit',
          organisation: 'OSCE Mission to Serbia',
          tags: [],
        },
        {
          from: '2012-01-01',
          to: '2015-12-31',
          title: 'Legal Adviser',
          organisation: 'Belgrade Centre for Human Rights',
          tags: [],
        },
      ],
      languages: [
        { code: 'en', level: 'B2' },
        { code: 'de', level: 'A2' },
      ],
      drivingLicences: ['B', 'C1'],
      certifications: { ids: ['CIA'], other: ['Accredited mediator'] },
      skills: [],
      armouredVehicleLicence: false,
      securityClearance: { level: null, nationalAuthorityCanInitiate: false },
      weaponAuthorisation: false,
      lawEnforcementOfficer: 'no',
      earliestAvailability: null,
    };
    expect(profile).toEqual(expected);
    expect(warnings).toEqual([
      {
        path: 'CandidatePerson/PrimaryLanguageCode[1]',
        message:
          'The primary language "sr" was not taken as a mother tongue: the format describes it as the primary or preferred language, not the mother tongue.',
      },
      {
        path: 'CandidateProfile/EducationHistory/EducationOrganizationAttendance[2]/EducationalLevelCode',
        message:
          'The level "6" of the qualification "Bachelor of Laws" is from the list "EURES_ISCEDEducationLevel", not the EQF list; it was not taken.',
      },
      {
        path: 'CandidateProfile/EmploymentHistory/EmployerHistory[3]/PositionHistory[1]',
        message: 'The job "Trainee" at Law office has no start date; it was left out.',
      },
      {
        path: 'CandidateProfile/PersonQualifications/PersonCompetency[3]',
        message: 'The language "Croatian" (hr) has no self-assessed level; it was left out.',
      },
    ]);
    expect(toFill.slice(0, 3)).toEqual([
      {
        path: 'education[1].eqf',
        message:
          'EQF level of the qualification "Bachelor of Laws": the CV gives none. Until you set it, it meets no degree requirement.',
      },
      {
        path: 'education[3].eqf',
        message:
          'EQF level of the qualification "Bar examination course": the CV gives none. Until you set it, it meets no degree requirement.',
      },
      {
        path: 'education[3].completed',
        message:
          'Completion date of the qualification "Bar examination course": the CV gives no end date and does not mark it current.',
      },
    ]);
    expect(suggestions).toEqual([
      {
        work: 0,
        suggestions: [
          { tag: 'trial-monitoring', because: ['Trial Monitor'] },
          { tag: 'justice', because: ['Trial Monitor'] },
          { tag: 'international-organisations', because: ['OSCE'] },
        ],
      },
      {
        work: 1,
        suggestions: [
          { tag: 'management', because: ['Head of'] },
          { tag: 'trial-monitoring', because: ['Trial Monitoring'] },
          { tag: 'justice', because: ['Trial Monitoring'] },
          { tag: 'international-organisations', because: ['OSCE'] },
        ],
      },
      {
        work: 2,
        suggestions: [
          { tag: 'human-rights', because: ['Human Rights'] },
          { tag: 'legal', because: ['Legal'] },
        ],
      },
    ]);
  });

  it('reads the name alone, with a FormattedName when the parts are missing', () => {
    const read = (person: string) => {
      const result = readEuropass(candidate(person));
      return result.ok ? result.value.profile.name : result.errors;
    };
    expect(read(NAME)).toBe('Ana Ilić');
    expect(read('<PersonName><hr:FormattedName>Ana Ilić</hr:FormattedName></PersonName>')).toBe('Ana Ilić');
  });

  it('an HR-Open code with the EducationLevelCode spelling counts only from the EQF list', () => {
    const result = readEuropass(
      candidate(
        NAME,
        '<EducationHistory><EducationOrganizationAttendance><hr:ProgramName>MA</hr:ProgramName><hr:EducationLevelCode listName="EURES_EQF">7</hr:EducationLevelCode></EducationOrganizationAttendance>' +
          '<EducationOrganizationAttendance><hr:ProgramName>BA</hr:ProgramName><EducationalLevelCode>6</EducationalLevelCode></EducationOrganizationAttendance></EducationHistory>',
      ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.profile.education.map((e) => e.eqf)).toEqual([7, null]);
    expect(result.value.warnings).toEqual([
      {
        path: 'CandidateProfile/EducationHistory/EducationOrganizationAttendance[2]/EducationalLevelCode',
        message:
          'The level "6" of the qualification "BA" names no code list (listName), so it is not known to be an EQF level; it was not taken.',
      },
    ]);
  });

  it('a file with nothing readable is refused, naming the elements that are read', () => {
    expect(errors(candidate('<hr:BirthDate>1990-01-01</hr:BirthDate>'))).toEqual([
      {
        path: '',
        message:
          'This Europass CV in the europass.europa.eu format (root <Candidate>) holds nothing to import: no name, nationality, job, qualification, language, driving licence or certification in the elements that are read (CandidatePerson: PersonName, NationalityCode; CandidateProfile: EmploymentHistory, EducationHistory, PersonQualifications, Licenses, Certifications).',
      },
    ]);
  });

  it('a Candidate outside the europass.europa.eu namespace is refused', () => {
    expect(errors(candidate(NAME, '', 'http://www.hr-xml.org/3'))).toEqual([
      {
        path: '',
        message:
          'The <Candidate> element is not in the europass.europa.eu namespace (http://www.europass.eu/1.0); found "http://www.hr-xml.org/3".',
      },
    ]);
  });

  it('malformed dates, EQF codes, CEFR scores and flags are refused with their paths', () => {
    const period = (start: string, flag = '') =>
      `<EmploymentHistory><EmployerHistory><PositionHistory><PositionTitle>Adviser</PositionTitle><eures:EmploymentPeriod><eures:StartDate><hr:FormattedDateTime>${start}</hr:FormattedDateTime></eures:StartDate>${flag}</eures:EmploymentPeriod></PositionHistory></EmployerHistory></EmploymentHistory>`;
    const at = 'CandidateProfile/EmploymentHistory/EmployerHistory[1]/PositionHistory[1]/EmploymentPeriod';
    expect(errors(candidate(NAME, period('2014-13')))).toEqual([
      {
        path: `${at}/StartDate/FormattedDateTime`,
        message:
          'Malformed date: "2014-13" is not a date written YYYY, YYYY-MM or YYYY-MM-DD (years 1900 to 2100).',
      },
    ]);
    expect(errors(candidate(NAME, period('2015-02-29')))[0]?.path).toBe(`${at}/StartDate/FormattedDateTime`);
    expect(errors(candidate(NAME, period('14')))[0]?.path).toBe(`${at}/StartDate/FormattedDateTime`);
    expect(errors(candidate(NAME, period('2014', '<hr:CurrentIndicator>yes</hr:CurrentIndicator>')))).toEqual(
      [{ path: `${at}/CurrentIndicator`, message: '"yes" is not true or false.' }],
    );
    expect(
      errors(
        candidate(
          NAME,
          '<EducationHistory><EducationOrganizationAttendance><hr:ProgramName>MA</hr:ProgramName><EducationalLevelCode listName="EURES_EQF">9</EducationalLevelCode></EducationOrganizationAttendance></EducationHistory>',
        ),
      ),
    ).toEqual([
      {
        path: 'CandidateProfile/EducationHistory/EducationOrganizationAttendance[1]/EducationalLevelCode',
        message: '"9" is not an EQF level (1 to 8).',
      },
    ]);
    expect(
      errors(
        candidate(
          NAME,
          '<PersonQualifications><PersonCompetency><hr:CompetencyID>fr</hr:CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID><eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>CEF-Understanding-Reading</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>Fluent</hr:ScoreText></eures:Score></eures:CompetencyDimension></PersonCompetency></PersonQualifications>',
        ),
      ),
    ).toEqual([
      {
        path: 'CandidateProfile/PersonQualifications/PersonCompetency[1]/CompetencyDimension[1]/Score/ScoreText',
        message: '"Fluent" is not a CEFR level (A1 to C2).',
      },
    ]);
  });

  it('a position without a period takes its employer’s only when it is the employer’s one position', () => {
    const result = readEuropass(
      candidate(
        NAME,
        '<EmploymentHistory><EmployerHistory><hr:OrganizationName>UNDP</hr:OrganizationName><eures:EmploymentPeriod><eures:StartDate><hr:FormattedDateTime>2018-04</hr:FormattedDateTime></eures:StartDate><hr:CurrentIndicator>true</hr:CurrentIndicator></eures:EmploymentPeriod>' +
          '<PositionHistory><PositionTitle>Analyst</PositionTitle></PositionHistory><PositionHistory><PositionTitle>Officer</PositionTitle></PositionHistory></EmployerHistory></EmploymentHistory>',
      ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.profile.work).toEqual([]);
    expect(result.value.warnings.map((w) => w.message)).toEqual([
      'The job "Analyst" at UNDP has no start date; it was left out.',
      'The job "Officer" at UNDP has no start date; it was left out.',
    ]);
  });
});
