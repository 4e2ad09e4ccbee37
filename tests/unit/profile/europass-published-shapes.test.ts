import { describe, expect, it } from 'vitest';
import { readEuropass } from '../../../utils/profile/europass';
import { cvWith } from './europass-fixtures';

/**
 * Shapes found in the schema's published example CVs (europass/ewa-cedefop, v3.0 to v3.4), written
 * here from the XSD: the examples themselves are not copied.
 */
function read(xml: string) {
  const result = readEuropass(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('shapes of the published Europass v3 example CVs', () => {
  it('a CV bundled with a Skills Passport (ECV_ESP): year-only current periods, label-only entries', () => {
    const result = read(
      cvWith(
        '<Identification><PersonName><FirstName>Ana</FirstName><Surname>ILIĆ</Surname></PersonName>' +
          '<Demographics><NationalityList><Nationality><Code>EL</Code><Label>Greek</Label></Nationality><Nationality><Label>Citizen of the world</Label></Nationality></NationalityList></Demographics></Identification>' +
          '<WorkExperienceList><WorkExperience><Period><From year="2001"/><Current>true</Current></Period><Position><Label>Instructor</Label></Position><Employer><Name>Academy</Name></Employer></WorkExperience></WorkExperienceList>' +
          '<EducationList><Education><Period><From year="1995"/><Current>true</Current></Period><Title>Arts</Title><Activities></Activities><Level><Code>6</Code><Label>EQF 6</Label></Level><Field><Code>21</Code><Label>Arts</Label></Field></Education></EducationList>' +
          '<Skills><Linguistic><MotherTongueList><MotherTongue><Description><Code>en</Code></Description></MotherTongue><MotherTongue><Description><Label>Elvish</Label></Description></MotherTongue></MotherTongueList>' +
          '<ForeignLanguageList><ForeignLanguage><Description><Code>ja</Code></Description><ProficiencyLevel><Listening>C1</Listening><Reading>C1</Reading><SpokenInteraction>C1</SpokenInteraction><SpokenProduction>C1</SpokenProduction><Writing>C1</Writing></ProficiencyLevel>' +
          '<VerifiedBy><Certificate><Title>Proficiency</Title></Certificate></VerifiedBy></ForeignLanguage>' +
          '<ForeignLanguage><Description><Code>grc</Code><Label>Ancient Greek</Label></Description></ForeignLanguage></ForeignLanguageList></Linguistic>' +
          '<Driving><Description><Licence>A</Licence><Licence>B</Licence><Licence>BE</Licence></Description></Driving></Skills>',
        'ECV_ESP',
      ),
    );
    expect(result.profile).toMatchObject({
      name: 'Ana ILIĆ',
      citizenships: ['GR'],
      work: [{ from: '2001-01-01', to: null, title: 'Instructor', organisation: 'Academy', tags: [] }],
      education: [{ eqf: 6, title: 'Arts', fields: ['Arts'], completed: null }],
      languages: [
        { code: 'en', level: 'native' },
        { code: 'ja', level: 'C1' },
      ],
      drivingLicences: ['A', 'B', 'BE'],
      certifications: { ids: [], other: [] },
    });
    expect(result.warnings).toEqual([
      {
        path: 'LearnerInfo/Identification/Demographics/NationalityList/Nationality[2]',
        message: 'The nationality "Citizen of the world" has no ISO 3166 country code; it was left out.',
      },
      {
        path: 'LearnerInfo/Skills/Linguistic/MotherTongueList/MotherTongue[2]',
        message: 'The language "Elvish" has no language code; it was left out.',
      },
      {
        path: 'LearnerInfo/Skills/Linguistic/ForeignLanguageList/ForeignLanguage[2]',
        message: 'The language "Ancient Greek" (grc) has no ISO 639-1 code; it was left out.',
      },
    ]);
  });

  it('the v3.1 release-candidate shapes: skills inside Evaluation, licences inside Skill', () => {
    const result = read(
      cvWith(
        '<Skills><Linguistic><ForeignLanguageList><ForeignLanguage><Description><Code>ja</Code></Description>' +
          '<ProficiencyLevel resourceRef="http://europass.cedefop.europa.eu/rdceo/CEF-main.xml"><Evaluation><Listening>C1</Listening><Reading>B2</Reading><Writing>C1</Writing></Evaluation></ProficiencyLevel></ForeignLanguage></ForeignLanguageList></Linguistic>' +
          '<Driving><Skill resourceRef="http://europass.cedefop.europa.eu/rdceo/Driving.xml"><Description><Licence>A</Licence><Licence>B</Licence></Description></Skill>' +
          '<Skill><Description><Licence>C1</Licence></Description></Skill></Driving></Skills>',
      ),
    );
    expect(result.profile.languages).toEqual([{ code: 'ja', level: 'B2' }]);
    expect(result.profile.drivingLicences).toEqual(['A', 'B', 'C1']);
    expect(result.warnings).toEqual([]);
  });

  it('a CV with no document type and only a name is read (the early v3.0 examples)', () => {
    const result = read(
      '<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass"><LearnerInfo><Identification><PersonName><FirstName>Sofia</FirstName><Surname>Papadaki</Surname></PersonName></Identification></LearnerInfo></SkillsPassport>',
    );
    expect(result.format).toBe('Europass XML v3');
    expect(result.profile.name).toBe('Sofia Papadaki');
  });
});
