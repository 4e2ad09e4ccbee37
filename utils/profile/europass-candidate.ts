import type { CvCertificate, CvData, CvEducation, CvJob, CvLanguage, CvPeriod } from './europass-cv';
import { type PartialDate, readFormattedDate } from './europass-dates';
import { attribute, child, children, childText, plainText, text, type XmlNode } from './europass-xml';
import type { ProfileIssue } from './issues';

/** The europass.europa.eu CV format (root Candidate, HR-Open based). */
export const CANDIDATE_NAMESPACE = 'http://www.europass.eu/1.0';

const CEFR = /^[A-C][12]$/i;

type Read<T> = { ok: true; cv: T } | { ok: false; errors: ProfileIssue[] };

interface Issues {
  errors: ProfileIssue[];
  warnings: ProfileIssue[];
}

/** A StartDate/EndDate: only its FormattedDateTime is read (DateText is free text, "Two years ago"). */
function readDate(owner: XmlNode, name: string, path: string, issues: Issues): PartialDate | null {
  const value = childText(owner, name, 'FormattedDateTime');
  if (value === undefined) return null;
  const result = readFormattedDate(value);
  if (result.ok) return result.date;
  issues.errors.push({
    path: `${path}/${name}/FormattedDateTime`,
    message: `Malformed date: ${result.error}.`,
  });
  return null;
}

function readPeriod(node: XmlNode | undefined, path: string, flag: string, issues: Issues): CvPeriod | null {
  if (node === undefined) return null;
  const value = text(child(node, flag));
  if (value !== undefined && !['true', 'false', '1', '0', ''].includes(value)) {
    issues.errors.push({ path: `${path}/${flag}`, message: `"${value}" is not true or false.` });
  }
  return {
    from: readDate(node, 'StartDate', path, issues),
    to: readDate(node, 'EndDate', path, issues),
    current: value === 'true' || value === '1',
  };
}

function readJobs(profile: XmlNode, issues: Issues): CvJob[] {
  const jobs: CvJob[] = [];
  children(child(profile, 'EmploymentHistory'), 'EmployerHistory').forEach((employer, i) => {
    const employerPath = `CandidateProfile/EmploymentHistory/EmployerHistory[${i + 1}]`;
    const organisation = childText(employer, 'OrganizationName') ?? '';
    const positions = children(employer, 'PositionHistory');
    const employerPeriod = child(employer, 'EmploymentPeriod');
    if (positions.length === 0) {
      jobs.push({
        path: employerPath,
        title: '',
        organisation,
        activities: '',
        period: readPeriod(employerPeriod, `${employerPath}/EmploymentPeriod`, 'CurrentIndicator', issues),
      });
    }
    positions.forEach((position, j) => {
      const path = `${employerPath}/PositionHistory[${j + 1}]`;
      const own = child(position, 'EmploymentPeriod');
      // The employer's period is the position's only when it is the employer's one position.
      const period = own ?? (positions.length === 1 ? employerPeriod : undefined);
      jobs.push({
        path,
        title: childText(position, 'PositionTitle') ?? '',
        organisation,
        activities: plainText(childText(position, 'Description') ?? ''),
        period: readPeriod(
          period,
          own ? `${path}/EmploymentPeriod` : `${employerPath}/EmploymentPeriod`,
          'CurrentIndicator',
          issues,
        ),
      });
    });
  });
  return jobs;
}

/**
 * The EQF level of an attendance. The documentation spells the element EducationalLevelCode (and once
 * "Educational LevelCode"); HR-Open's own name is EducationLevelCode. Either is read, but a code counts
 * only when its listName names the EQF list: an ISCED code, or one without a list, gives no level.
 */
function readEqf(node: XmlNode, path: string, title: string, issues: Issues): number | null {
  const codes = ['EducationalLevelCode', 'EducationLevelCode'].flatMap((name) =>
    children(node, name).map((code) => ({ code, at: `${path}/${name}` })),
  );
  let eqf: number | null = null;
  for (const { code, at } of codes) {
    const value = text(code) ?? '';
    const list = attribute(code, 'listName') ?? '';
    if (/EQF/i.test(list)) {
      if (/^[1-8]$/.test(value)) eqf = Number(value);
      else issues.errors.push({ path: at, message: `"${value}" is not an EQF level (1 to 8).` });
    } else if (value) {
      issues.warnings.push({
        path: at,
        message: `The level "${value}" of the qualification ${title ? `"${title}"` : 'without a title'} ${list ? `is from the list "${list}", not the EQF list` : 'names no code list (listName), so it is not known to be an EQF level'}; it was not taken.`,
      });
    }
  }
  return eqf;
}

function readEducation(profile: XmlNode, issues: Issues): CvEducation[] {
  return children(child(profile, 'EducationHistory'), 'EducationOrganizationAttendance').map((node, i) => {
    const path = `CandidateProfile/EducationHistory/EducationOrganizationAttendance[${i + 1}]`;
    const title = childText(node, 'ProgramName') ?? '';
    return {
      path,
      title,
      fields: [],
      eqf: readEqf(node, path, title, issues),
      period: readPeriod(child(node, 'AttendancePeriod'), `${path}/AttendancePeriod`, 'Ongoing', issues),
    };
  });
}

/** Languages are the PersonCompetency entries whose TaxonomyID is "language"; CEFR scores per dimension. */
function readLanguages(profile: XmlNode, issues: Issues): CvLanguage[] {
  const languages: CvLanguage[] = [];
  children(child(profile, 'PersonQualifications'), 'PersonCompetency').forEach((node, i) => {
    if (childText(node, 'TaxonomyID')?.toLowerCase() !== 'language') return;
    const path = `CandidateProfile/PersonQualifications/PersonCompetency[${i + 1}]`;
    const skills: string[] = [];
    children(node, 'CompetencyDimension').forEach((dimension, j) => {
      const score = childText(dimension, 'Score', 'ScoreText');
      if (score === undefined) return;
      if (CEFR.test(score)) skills.push(score.toUpperCase());
      else
        issues.errors.push({
          path: `${path}/CompetencyDimension[${j + 1}]/Score/ScoreText`,
          message: `"${score}" is not a CEFR level (A1 to C2).`,
        });
    });
    const overall = childText(node, 'ProficiencyLevel', 'ScoreText');
    if (skills.length === 0 && overall !== undefined && CEFR.test(overall))
      skills.push(overall.toUpperCase());
    languages.push({
      path,
      code: childText(node, 'CompetencyID'),
      label: childText(node, 'CompetencyName'),
      native: false,
      skills,
    });
  });
  return languages;
}

function readCertificates(profile: XmlNode): CvCertificate[] {
  return children(child(profile, 'Certifications'), 'Certification').flatMap((node, i) => {
    const name = childText(node, 'CertificationName');
    return name ? [{ path: `CandidateProfile/Certifications/Certification[${i + 1}]`, name }] : [];
  });
}

function personName(person: XmlNode | undefined): string {
  const name = child(person, 'PersonName');
  const parts = [childText(name, 'GivenName'), ...children(name, 'FamilyName').map((n) => text(n))];
  return parts.filter(Boolean).join(' ') || (childText(name, 'FormattedName') ?? '');
}

/** Reads what a europass.europa.eu Candidate CV says, from the elements its documentation names. */
export function readCandidate(root: XmlNode): Read<CvData> {
  const issues: Issues = { errors: [], warnings: [] };
  const person = child(root, 'CandidatePerson');
  // Several profiles hold the same CV in different languages; the first is read.
  const profile = child(root, 'CandidateProfile') ?? {};
  children(person, 'PrimaryLanguageCode').forEach((node, i) => {
    issues.warnings.push({
      path: `CandidatePerson/PrimaryLanguageCode[${i + 1}]`,
      message: `The primary language "${text(node)}" was not taken as a mother tongue: the format describes it as the primary or preferred language, not the mother tongue.`,
    });
  });
  const cv: CvData = {
    name: personName(person),
    nationalities: children(person, 'NationalityCode').map((node, i) => ({
      path: `CandidatePerson/NationalityCode[${i + 1}]`,
      code: text(node) || undefined,
      label: attribute(node, 'name'),
    })),
    jobs: readJobs(profile, issues),
    education: readEducation(profile, issues),
    languages: readLanguages(profile, issues),
    licences: children(child(profile, 'Licenses'), 'License').flatMap((node, i) => {
      const category = childText(node, 'LicenseTypeCode') ?? childText(node, 'LicenseName');
      return category ? [{ path: `CandidateProfile/Licenses/License[${i + 1}]`, category }] : [];
    }),
    certificates: readCertificates(profile),
    warnings: issues.warnings,
  };
  return issues.errors.length > 0 ? { ok: false, errors: issues.errors } : { ok: true, cv };
}
