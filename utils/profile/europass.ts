import { unreadableText, withoutBom } from '../text-file';
import { CANDIDATE_NAMESPACE, readCandidate } from './europass-candidate';
import type { CvData } from './europass-cv';
import { mapCv } from './europass-map';
import type { TagSuggestion } from './europass-suggestions';
import { EUROPASS_V3_NAMESPACE, readSkillsPassport } from './europass-v3';
import { parseXml, type XmlDocument } from './europass-xml';
import type { ProfileFileResult } from './file';
import { issuesFromZod, type ProfileIssue } from './issues';
import { Profile } from './schema';

/** Europass files larger than this are refused before parsing. */
export const MAX_EUROPASS_FILE_BYTES = 5 * 1024 * 1024;

export interface EuropassImport {
  /** Which format the file was read as, in words ("Europass XML v3.4"). */
  format: string;
  profile: Profile;
  warnings: ProfileIssue[];
  /** Fields the CV cannot fill, at their profile paths; they stay empty until you fill them in. */
  toFill: ProfileIssue[];
  /** Suggested work tags per imported job (index into profile.work); never applied by themselves. */
  suggestions: { work: number; suggestions: TagSuggestion[] }[];
}

export type EuropassResult = { ok: true; value: EuropassImport } | { ok: false; errors: ProfileIssue[] };

function fail(message: string, path = ''): { ok: false; errors: ProfileIssue[] } {
  return { ok: false, errors: [{ path, message }] };
}

function sizeError(bytes: number): EuropassResult | null {
  if (bytes <= MAX_EUROPASS_FILE_BYTES) return null;
  return fail(
    `The file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB); a Europass CV is at most 5 MB.`,
  );
}

/** Reads a Europass CV (XML text) with everything the review shows. */
export function readEuropass(file: string): EuropassResult {
  const tooLarge = sizeError(new TextEncoder().encode(file).length);
  if (tooLarge) return tooLarge;
  const text = withoutBom(file);
  if (text.startsWith('PK\u0003\u0004')) {
    return fail(
      'This is a ZIP-based file (such as a Word or OpenDocument document), not XML; choose the Europass CV as XML or PDF.',
    );
  }
  const unreadable = unreadableText(text);
  if (unreadable) return fail(unreadable);
  if (text.startsWith('%PDF')) {
    return fail('This is a PDF file; choose it as a PDF so its attached Europass XML can be read.');
  }
  const parsed = parseXml(text);
  if (!parsed.ok) return fail(parsed.error);
  const read = readCv(parsed.doc);
  if (!read.ok) return read;
  if (read.empty && isEmpty(read.cv)) return fail(read.empty);
  const mapped = mapCv(read.cv);
  if (mapped.errors.length > 0) return { ok: false, errors: mapped.errors };
  const profile = Profile.safeParse(mapped.profile);
  if (!profile.success) return { ok: false, errors: issuesFromZod(profile.error) };
  return {
    ok: true,
    value: {
      format: read.format,
      profile: profile.data,
      warnings: mapped.warnings,
      toFill: mapped.toFill,
      suggestions: mapped.suggestions,
    },
  };
}

/** `empty` is the refusal for a CV that holds nothing readable (a v3 CV is imported even when empty). */
type ReadCv =
  | { ok: true; cv: CvData; format: string; empty?: string }
  | { ok: false; errors: ProfileIssue[] };

/** Recognises the format by the root element and reads what the CV says. */
function readCv({ rootName, namespace, root }: XmlDocument): ReadCv {
  if (rootName === 'learnerinfo' && namespace.includes('europass')) {
    return fail(
      'This is a Europass CV in the old XML format (version 1 or 2, before 2013), which is not read. Open it in the Europass editor and save it again, or export a current Europass XML.',
    );
  }
  if (rootName === 'GroupOfExperience' && namespace.startsWith('http://europass.cedefop.europa.eu/')) {
    return fail(
      'This is a Europass experience list (root <GroupOfExperience>), not a CV; choose your Europass CV file.',
    );
  }
  if (rootName === 'Candidate') {
    if (namespace !== CANDIDATE_NAMESPACE) {
      return fail(
        `The <Candidate> element is not in the europass.europa.eu namespace (${CANDIDATE_NAMESPACE}); found ${namespace ? `"${namespace}"` : 'none'}.`,
      );
    }
    const cv = readCandidate(root);
    if (!cv.ok) return cv;
    return {
      ...cv,
      format: 'Europass XML (europass.europa.eu, root Candidate)',
      empty: `This Europass CV in the europass.europa.eu format (root <Candidate>) holds nothing to import: no name, nationality, job, qualification, language, driving licence or certification in the elements that are read (CandidatePerson: PersonName, NationalityCode; CandidateProfile: EmploymentHistory, EducationHistory, PersonQualifications, Licenses, Certifications).`,
    };
  }
  if (rootName !== 'SkillsPassport') {
    return fail(
      `This XML file is not a Europass CV: its root element is <${rootName}>, not <SkillsPassport> or <Candidate>.`,
    );
  }
  if (namespace !== EUROPASS_V3_NAMESPACE) {
    return fail(
      `The <SkillsPassport> element is not in the Europass namespace (${EUROPASS_V3_NAMESPACE}); found ${namespace ? `"${namespace}"` : 'none'}.`,
    );
  }
  const cv = readSkillsPassport(root);
  if (!cv.ok) return cv;
  return { ...cv, format: `Europass XML v3${formatVersion(root)}` };
}

function isEmpty(cv: CvData): boolean {
  return (
    !cv.name &&
    [cv.nationalities, cv.jobs, cv.education, cv.languages, cv.licences, cv.certificates].every(
      (list) => list.length === 0,
    )
  );
}

function formatVersion(root: Parameters<typeof readSkillsPassport>[0]): string {
  if (typeof root !== 'object') return '';
  const info = root.DocumentInfo;
  const node = Array.isArray(info) ? info[0] : info;
  const version = typeof node === 'object' ? node.XSDVersion : undefined;
  const value = typeof version === 'string' ? /^V3\.(\d)$/.exec(version.trim()) : null;
  return value ? `.${value[1]}` : '';
}

/** Reads a Europass CV (XML text) into a profile: the same result shape as `parseProfileFile`. */
export function profileFromEuropass(text: string): ProfileFileResult {
  const result = readEuropass(text);
  if (!result.ok) return result;
  return { ok: true, profile: result.value.profile, warnings: result.value.warnings };
}
