import { describe, expect, it } from 'vitest';
import { profileFromEuropass } from '../../../utils/profile/europass';
import { cvWith, education, foreignLanguage, job } from './europass-fixtures';

function errors(text: string) {
  const result = profileFromEuropass(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('bad Europass files get a precise error', () => {
  it('not XML', () => {
    expect(errors('{"version": 1}')).toEqual([{ path: '', message: 'The file is not XML.' }]);
    expect(errors('<SkillsPassport><LearnerInfo></SkillsPassport>')).toEqual([
      {
        path: '',
        message:
          "The file is not well-formed XML (line 1, column 30: Expected closing tag 'LearnerInfo' (opened in line 1, col 17) instead of closing tag 'SkillsPassport').",
      },
    ]);
    expect(errors('')).toEqual([{ path: '', message: 'The file is empty.' }]);
    expect(errors('PK\u0003\u0004\u0014\u0000\u0000mimetypeapplication/vnd.oasis.opendocument.text')).toEqual(
      [
        {
          path: '',
          message:
            'This is a ZIP-based file (such as a Word or OpenDocument document), not XML; choose the Europass CV as XML or PDF.',
        },
      ],
    );
    expect(errors('%PDF-1.7\n%âãÏÓ')).toEqual([
      {
        path: '',
        message: 'This is a PDF file; choose it as a PDF so its attached Europass XML can be read.',
      },
    ]);
  });

  it('another XML', () => {
    expect(errors('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')).toEqual([
      {
        path: '',
        message:
          'This XML file is not a Europass CV: its root element is <rss>, not <SkillsPassport> or <Candidate>.',
      },
    ]);
    expect(errors('<SkillsPassport xmlns="urn:example"><LearnerInfo/></SkillsPassport>')).toEqual([
      {
        path: '',
        message:
          'The <SkillsPassport> element is not in the Europass namespace (http://europass.cedefop.europa.eu/Europass); found "urn:example".',
      },
    ]);
    expect(
      errors('<europass:learnerinfo xmlns:europass="http://europass.cedefop.europa.eu/Europass/V2.0"/>'),
    ).toEqual([
      {
        path: '',
        message:
          'This is a Europass CV in the old XML format (version 1 or 2, before 2013), which is not read. Open it in the Europass editor and save it again, or export a current Europass XML.',
      },
    ]);
  });

  it('a Europass cover letter or language passport instead of a CV', () => {
    expect(errors(cvWith('', 'ECL'))).toEqual([
      {
        path: 'DocumentInfo/DocumentType',
        message:
          'This is a Europass Cover Letter (Europass XML v3, document type ECL), not a CV; choose your Europass CV file.',
      },
    ]);
    expect(errors(cvWith('', 'ELP'))).toEqual([
      {
        path: 'DocumentInfo/DocumentType',
        message:
          'This is a Europass Language Passport (Europass XML v3, document type ELP), not a CV; choose your Europass CV file.',
      },
    ]);
    expect(
      errors(
        cvWith('<Identification><PersonName><Surname>Ilić</Surname></PersonName></Identification>', 'ESP'),
      ),
    ).toEqual([
      {
        path: 'DocumentInfo/DocumentType',
        message:
          'This is a European Skills Passport (Europass XML v3, document type ESP), not a CV; choose your Europass CV file.',
      },
    ]);
    expect(
      errors(
        '<GroupOfExperience xmlns="http://europass.cedefop.europa.eu/Experience"><DocumentInfo/></GroupOfExperience>',
      ),
    ).toEqual([
      {
        path: '',
        message:
          'This is a Europass experience list (root <GroupOfExperience>), not a CV; choose your Europass CV file.',
      },
    ]);
    expect(
      errors(
        '<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass"><DocumentInfo><DocumentType>ECV</DocumentType></DocumentInfo></SkillsPassport>',
      ),
    ).toEqual([
      { path: 'LearnerInfo', message: 'This Europass file has no LearnerInfo element, so it holds no CV.' },
    ]);
  });

  it('more than 5 MB', () => {
    const big = cvWith(
      `<Headline><Description><Label>${'x'.repeat(5 * 1024 * 1024)}</Label></Description></Headline>`,
    );
    expect(errors(big)).toEqual([
      { path: '', message: 'The file is too large (5.0 MB); a Europass CV is at most 5 MB.' },
    ]);
  });

  it('malformed dates', () => {
    const at = 'LearnerInfo/WorkExperienceList/WorkExperience[1]/Period';
    expect(errors(cvWith(job('<From year="14"/><Current>true</Current>')))).toEqual([
      { path: `${at}/From`, message: 'Malformed date: year "14" is not a year between 1900 and 2100.' },
    ]);
    expect(errors(cvWith(job('<From year="2014" month="07"/><Current>true</Current>')))).toEqual([
      { path: `${at}/From`, message: 'Malformed date: month "07" is not a month (written --01 to --12).' },
    ]);
    expect(errors(cvWith(job('<From year="2014" month="--13"/><Current>true</Current>')))).toEqual([
      { path: `${at}/From`, message: 'Malformed date: month "--13" is not a month (written --01 to --12).' },
    ]);
    expect(errors(cvWith(job('<From year="2014"/><To year="2015" month="--02" day="---29"/>')))).toEqual([
      { path: `${at}/To`, message: 'Malformed date: 2015-02 has no day 29.' },
    ]);
    expect(errors(cvWith(job('<From year="2014" day="---05"/><Current>true</Current>')))).toEqual([
      { path: `${at}/From`, message: 'Malformed date: day "---05" is given without a month.' },
    ]);
    expect(errors(cvWith(job('<From month="--05"/><Current>true</Current>')))).toEqual([
      { path: `${at}/From`, message: 'Malformed date: the date has no year.' },
    ]);
    expect(errors(cvWith(job('<From year="2014"/><Current>yes</Current>')))).toEqual([
      { path: `${at}/Current`, message: '"yes" is not true or false.' },
    ]);
    expect(errors(cvWith(job('<From year="2016"/><To year="2014"/>', 'Clerk')))).toEqual([
      { path: at, message: 'The job "Clerk" ends (2014-12-31) before it starts (2016-01-01).' },
    ]);
  });

  it('an unknown EQF code or CEFR level', () => {
    expect(errors(cvWith(education('<To year="2010"/>', '<Level><Code>9</Code></Level>')))).toEqual([
      {
        path: 'LearnerInfo/EducationList/Education[1]/Level/Code',
        message: '"9" is not an EQF level (1 to 8).',
      },
    ]);
    expect(errors(cvWith(foreignLanguage('<Code>en</Code>', '<Reading>C3</Reading>')))).toEqual([
      {
        path: 'LearnerInfo/Skills/Linguistic/ForeignLanguageList/ForeignLanguage[1]/ProficiencyLevel/Reading',
        message: '"C3" is not a CEFR level (A1 to C2).',
      },
    ]);
  });

  it('entity declarations are refused', () => {
    expect(errors('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>')).toEqual([
      {
        path: '',
        message: 'The file declares XML entities, which a Europass CV never does; it was not read.',
      },
    ]);
  });

  it('an unknown element is not an error', () => {
    const result = profileFromEuropass(
      cvWith(`<Hobbies><Hobby>chess</Hobby></Hobbies>${job('<From year="2020"/><Current>true</Current>')}`),
    );
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });
});
