import type {
  CvCertificate,
  CvData,
  CvEducation,
  CvJob,
  CvLanguage,
  CvLicence,
  CvPeriod,
} from './europass-cv';
import { readPartialDate } from './europass-dates';
import { attribute, child, children, childText, plainText, text, type XmlNode } from './europass-xml';
import type { ProfileIssue } from './issues';

/** Cedefop's Europass XML v3.x (root SkillsPassport). */
export const EUROPASS_V3_NAMESPACE = 'http://europass.cedefop.europa.eu/Europass';

const OTHER_DOCUMENTS: Record<string, string> = {
  ECL: 'a Europass Cover Letter',
  ELP: 'a Europass Language Passport',
  EX: 'a Europass experience list',
  // A Skills Passport alone is the folder of attached documents; with a CV it is ECV_ESP.
  ESP: 'a European Skills Passport',
};

const SKILLS = ['Listening', 'Reading', 'SpokenInteraction', 'SpokenProduction', 'Writing'] as const;

type Read<T> = { ok: true; cv: T } | { ok: false; errors: ProfileIssue[] };

function readDate(node: XmlNode | undefined, path: string, errors: ProfileIssue[]) {
  if (node === undefined) return null;
  const result = readPartialDate({
    year: attribute(node, 'year'),
    month: attribute(node, 'month'),
    day: attribute(node, 'day'),
  });
  if (result.ok) return result.date;
  errors.push({ path, message: `Malformed date: ${result.error}.` });
  return null;
}

function readPeriod(owner: XmlNode, path: string, errors: ProfileIssue[]): CvPeriod | null {
  const period = child(owner, 'Period');
  if (period === undefined) return null;
  const current = text(child(period, 'Current'));
  if (current !== undefined && !['true', 'false', '1', '0', ''].includes(current)) {
    errors.push({ path: `${path}/Period/Current`, message: `"${current}" is not true or false.` });
  }
  return {
    from: readDate(child(period, 'From'), `${path}/Period/From`, errors),
    to: readDate(child(period, 'To'), `${path}/Period/To`, errors),
    current: current === 'true' || current === '1',
  };
}

function readJobs(learner: XmlNode, errors: ProfileIssue[]): CvJob[] {
  return children(child(learner, 'WorkExperienceList'), 'WorkExperience').map((node, i) => {
    const path = `LearnerInfo/WorkExperienceList/WorkExperience[${i + 1}]`;
    return {
      path,
      title: childText(node, 'Position', 'Label') ?? '',
      organisation: childText(node, 'Employer', 'Name') ?? '',
      activities: plainText(childText(node, 'Activities') ?? ''),
      period: readPeriod(node, path, errors),
    };
  });
}

function readEducation(learner: XmlNode, errors: ProfileIssue[]): CvEducation[] {
  return children(child(learner, 'EducationList'), 'Education').map((node, i) => {
    const path = `LearnerInfo/EducationList/Education[${i + 1}]`;
    const code = childText(node, 'Level', 'Code');
    let eqf: number | null = null;
    if (code !== undefined) {
      if (/^[1-8]$/.test(code)) eqf = Number(code);
      else errors.push({ path: `${path}/Level/Code`, message: `"${code}" is not an EQF level (1 to 8).` });
    }
    const field = childText(node, 'Field', 'Label');
    return {
      path,
      title: childText(node, 'Title') ?? '',
      fields: field ? [field] : [],
      eqf,
      period: readPeriod(node, path, errors),
    };
  });
}

function readLanguages(learner: XmlNode, errors: ProfileIssue[]): CvLanguage[] {
  const linguistic = child(learner, 'Skills', 'Linguistic');
  const natives = children(child(linguistic, 'MotherTongueList'), 'MotherTongue').map((node, i) => ({
    path: `LearnerInfo/Skills/Linguistic/MotherTongueList/MotherTongue[${i + 1}]`,
    code: childText(node, 'Description', 'Code'),
    label: childText(node, 'Description', 'Label'),
    native: true,
    skills: [],
  }));
  const foreign = children(child(linguistic, 'ForeignLanguageList'), 'ForeignLanguage').map((node, i) => {
    const path = `LearnerInfo/Skills/Linguistic/ForeignLanguageList/ForeignLanguage[${i + 1}]`;
    // The v3.1 release-candidate schema, whose example is still published, wraps the skills in Evaluation.
    const proficiency = child(node, 'ProficiencyLevel');
    const levels = child(proficiency, 'Evaluation') ?? proficiency;
    const skills: string[] = [];
    for (const skill of SKILLS) {
      const value = childText(levels, skill);
      if (value === undefined) continue;
      if (/^[A-C][12]$/.test(value)) skills.push(value);
      else
        errors.push({
          path: `${path}/ProficiencyLevel/${skill}`,
          message: `"${value}" is not a CEFR level (A1 to C2).`,
        });
    }
    return {
      path,
      code: childText(node, 'Description', 'Code'),
      label: childText(node, 'Description', 'Label'),
      native: false,
      skills,
    };
  });
  return [...natives, ...foreign];
}

function readCertificates(learner: XmlNode): CvCertificate[] {
  const out: CvCertificate[] = [];
  children(child(learner, 'AchievementList'), 'Achievement').forEach((node, i) => {
    if (childText(node, 'Title', 'Code') !== 'certifications') return;
    const path = `LearnerInfo/AchievementList/Achievement[${i + 1}]`;
    for (const line of plainText(childText(node, 'Description') ?? '').split('\n')) {
      if (line) out.push({ path, name: line });
    }
  });
  children(child(learner, 'Skills', 'Computer', 'VerifiedBy'), 'Certificate').forEach((node, i) => {
    const name = childText(node, 'Title');
    if (name) out.push({ path: `LearnerInfo/Skills/Computer/VerifiedBy/Certificate[${i + 1}]`, name });
  });
  return out;
}

function readLicences(learner: XmlNode): CvLicence[] {
  const driving = child(learner, 'Skills', 'Driving');
  const direct = children(child(driving, 'Description'), 'Licence').map((node, i) => ({
    path: `LearnerInfo/Skills/Driving/Description/Licence[${i + 1}]`,
    node,
  }));
  // The v3.1 release-candidate schema nests the description in Skill elements.
  const inSkills = children(driving, 'Skill').flatMap((skill, i) =>
    children(child(skill, 'Description'), 'Licence').map((node, j) => ({
      path: `LearnerInfo/Skills/Driving/Skill[${i + 1}]/Description/Licence[${j + 1}]`,
      node,
    })),
  );
  return [...direct, ...inSkills]
    .map(({ path, node }) => ({ path, category: text(node) ?? '' }))
    .filter((licence) => licence.category !== '');
}

/**
 * The document type a file declares. Early v3.0 files have no DocumentType; their printing
 * preferences still name the document they were made for.
 */
function documentTypeOf(root: XmlNode): string | undefined {
  const declared =
    childText(root, 'DocumentInfo', 'DocumentType') ??
    childText(root, 'VerifiableDocumentInfo', 'DocumentType');
  if (declared) return declared;
  const printed = new Set(
    children(child(root, 'PrintingPreferences'), 'Document').map((node) => attribute(node, 'type')),
  );
  return printed.size === 1 ? [...printed][0] : undefined;
}

/** Reads what a SkillsPassport CV says; errors for what is malformed, never for unknown elements. */
export function readSkillsPassport(root: XmlNode): Read<CvData> {
  const documentType = documentTypeOf(root);
  const other = documentType ? OTHER_DOCUMENTS[documentType] : undefined;
  if (other) {
    return {
      ok: false,
      errors: [
        {
          path: 'DocumentInfo/DocumentType',
          message: `This is ${other} (Europass XML v3, document type ${documentType}), not a CV; choose your Europass CV file.`,
        },
      ],
    };
  }
  const learner = child(root, 'LearnerInfo');
  if (learner === undefined) {
    return {
      ok: false,
      errors: [
        { path: 'LearnerInfo', message: 'This Europass file has no LearnerInfo element, so it holds no CV.' },
      ],
    };
  }
  const errors: ProfileIssue[] = [];
  const person = child(learner, 'Identification', 'PersonName');
  const name = [childText(person, 'FirstName'), childText(person, 'Surname')].filter(Boolean).join(' ');
  const nationalities = children(
    child(learner, 'Identification', 'Demographics', 'NationalityList'),
    'Nationality',
  ).map((node, i) => ({
    path: `LearnerInfo/Identification/Demographics/NationalityList/Nationality[${i + 1}]`,
    code: childText(node, 'Code'),
    label: childText(node, 'Label'),
  }));
  const cv: CvData = {
    name,
    nationalities,
    jobs: readJobs(learner, errors),
    education: readEducation(learner, errors),
    languages: readLanguages(learner, errors),
    licences: readLicences(learner),
    certificates: readCertificates(learner),
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, cv };
}
