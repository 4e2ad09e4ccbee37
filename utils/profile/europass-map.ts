import type { CefrLevel, Certification } from '../schema/call';
import { knownCertification } from './europass-certifications';
import type { CvData, CvEducation, CvJob, CvLanguage } from './europass-cv';
import { endDate, startDate } from './europass-dates';
import { suggestWorkTags, type TagSuggestion } from './europass-suggestions';
import type { ProfileIssue } from './issues';
import { cefrRank } from './languages';
import { LICENCE_CATEGORIES, type LicenceCategory } from './licences';
import type { EducationEntry, LanguageEntry, ProfileInput, WorkEntry } from './schema';

export interface CvMapping {
  profile: ProfileInput;
  warnings: ProfileIssue[];
  errors: ProfileIssue[];
  /** Profile fields the CV cannot fill, at their profile paths ("education[0].eqf"). */
  toFill: ProfileIssue[];
  /** Suggested tags per imported job (index into profile.work). */
  suggestions: { work: number; suggestions: TagSuggestion[] }[];
}

/** Europass writes the EU's own codes for two countries. */
const COUNTRY_ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

function jobName(job: CvJob): string {
  if (job.title && job.organisation) return `"${job.title}" at ${job.organisation}`;
  if (job.title || job.organisation) return `"${job.title || job.organisation}"`;
  return 'without a title';
}

function educationName(entry: CvEducation): string {
  return entry.title ? `"${entry.title}"` : 'without a title';
}

function languageName(language: CvLanguage): string {
  if (language.label && language.code) return `"${language.label}" (${language.code})`;
  return `"${language.label ?? language.code ?? 'unnamed'}"`;
}

/** ISO 639-1 code of a Europass language code; Europass's "me" (Montenegrin) is BCMS. */
function languageCode(code: string | undefined): string | null {
  if (code === undefined) return null;
  const lower = code.trim().toLowerCase();
  if (lower === 'me') return 'bcms';
  return /^[a-z]{2}$/.test(lower) ? lower : null;
}

function mapJobs(jobs: CvJob[], out: CvMapping): WorkEntry[] {
  const work: WorkEntry[] = [];
  for (const job of jobs) {
    const name = jobName(job);
    const period = job.period;
    if (!period?.from) {
      out.warnings.push({ path: job.path, message: `The job ${name} has no start date; it was left out.` });
      continue;
    }
    if (!period.current && !period.to) {
      out.warnings.push({
        path: job.path,
        message: `The job ${name} has no end date and is not marked current; it was left out (a job is never taken as ongoing unless the CV says so).`,
      });
      continue;
    }
    const from = startDate(period.from);
    const to = period.current ? null : endDate(period.to!);
    if (to !== null && to < from) {
      out.errors.push({
        path: `${job.path}/Period`,
        message: `The job ${name} ends (${to}) before it starts (${from}).`,
      });
      continue;
    }
    const index = work.length;
    work.push({
      from,
      to,
      title: job.title.slice(0, 200),
      organisation: job.organisation.slice(0, 200),
      tags: [],
    });
    const suggestions = suggestWorkTags(job);
    if (suggestions.length > 0) out.suggestions.push({ work: index, suggestions });
  }
  return work;
}

function mapEducation(entries: CvEducation[], out: CvMapping): EducationEntry[] {
  return entries.map((entry, index) => {
    const name = educationName(entry);
    const path = `education[${index}]`;
    if (entry.eqf === null) {
      out.toFill.push({
        path: `${path}.eqf`,
        message: `EQF level of the qualification ${name}: the CV gives none. Until you set it, it meets no degree requirement.`,
      });
    }
    const period = entry.period;
    let completed: string | null | undefined;
    if (period?.current) completed = null;
    else if (period?.to) completed = endDate(period.to);
    else {
      out.toFill.push({
        path: `${path}.completed`,
        message: `Completion date of the qualification ${name}: the CV gives no end date and does not mark it current.`,
      });
    }
    if (period?.from && completed && completed < startDate(period.from)) {
      out.errors.push({
        path: `${entry.path}/Period`,
        message: `The qualification ${name} ends (${completed}) before it starts (${startDate(period.from)}).`,
      });
    }
    return {
      eqf: entry.eqf,
      title: entry.title.slice(0, 200),
      fields: entry.fields.map((f) => f.slice(0, 120)).slice(0, 10),
      ...(completed === undefined ? {} : { completed }),
      attestedPoliceMilitaryEducation: false,
      policeMilitaryTraining: false,
    } as EducationEntry;
  });
}

function lowestLevel(levels: string[]): CefrLevel {
  return [...levels].sort((a, b) => cefrRank(a as CefrLevel) - cefrRank(b as CefrLevel))[0] as CefrLevel;
}

function mapLanguages(languages: CvLanguage[], out: CvMapping): LanguageEntry[] {
  const kept: LanguageEntry[] = [];
  for (const language of languages) {
    const name = languageName(language);
    const code = languageCode(language.code);
    if (code === null) {
      out.warnings.push({
        path: language.path,
        message:
          language.code === undefined
            ? `The language ${name} has no language code; it was left out.`
            : `The language ${name} has no ISO 639-1 code; it was left out.`,
      });
      continue;
    }
    let level: LanguageEntry['level'];
    if (language.native) level = 'native';
    else if (language.skills.length === 0) {
      out.warnings.push({
        path: language.path,
        message: `The language ${name} has no self-assessed level; it was left out.`,
      });
      continue;
    } else level = lowestLevel(language.skills);
    const existing = kept.find((entry) => entry.code === code);
    if (!existing) kept.push({ code, level });
    else if (cefrRank(level) > cefrRank(existing.level)) existing.level = level;
  }
  return kept;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Applies the mapping rules (README, "Start from your Europass CV") to what a CV says. */
export function mapCv(cv: CvData): CvMapping {
  const out: CvMapping = {
    profile: { version: 1 },
    warnings: [...(cv.warnings ?? [])],
    errors: [],
    toFill: [],
    suggestions: [],
  };

  const citizenships: string[] = [];
  for (const nationality of cv.nationalities) {
    const raw = nationality.code?.trim().toUpperCase();
    const code = raw === undefined ? undefined : (COUNTRY_ALIASES[raw] ?? raw);
    if (code === undefined || !/^[A-Z]{2}$/.test(code)) {
      const name = nationality.label ?? nationality.code ?? 'unnamed';
      out.warnings.push({
        path: nationality.path,
        message: `The nationality "${name}" has no ISO 3166 country code; it was left out.`,
      });
      continue;
    }
    if (!citizenships.includes(code)) citizenships.push(code);
  }
  if (citizenships.length > 5) {
    out.warnings.push({
      path: 'citizenships',
      message: `Only the first 5 of ${citizenships.length} nationalities were kept.`,
    });
  }

  const work = mapJobs(cv.jobs, out);
  const education = mapEducation(cv.education, out);
  const languages = mapLanguages(cv.languages, out);

  const drivingLicences: LicenceCategory[] = [];
  for (const licence of cv.licences) {
    const category = licence.category.trim().toUpperCase();
    if (!(LICENCE_CATEGORIES as readonly string[]).includes(category)) {
      out.warnings.push({
        path: licence.path,
        message: `The driving licence category "${licence.category}" is not an EU category; it was left out.`,
      });
      continue;
    }
    drivingLicences.push(category as LicenceCategory);
  }

  const ids: Certification[] = [];
  const other: string[] = [];
  for (const certificate of cv.certificates) {
    const id = knownCertification(certificate.name);
    if (id) ids.push(id);
    else other.push(certificate.name.slice(0, 200));
  }

  out.profile = {
    version: 1,
    name: cv.name.slice(0, 200),
    citizenships: citizenships.slice(0, 5),
    education: education.slice(0, 30),
    work: work.slice(0, 100),
    languages: languages.slice(0, 30),
    drivingLicences: unique(drivingLicences),
    certifications: { ids: unique(ids), other: unique(other).slice(0, 50) },
  };
  addToFill(out);
  return out;
}

function addToFill(out: CvMapping): void {
  const p = out.profile;
  const missing = (path: string, message: string) => out.toFill.push({ path, message });
  if (!p.name) missing('name', 'Your name: the CV gives none.');
  if (!p.citizenships?.length)
    missing('citizenships', 'Citizenships: the CV gives no nationality with a country code.');
  if (!p.education?.length) missing('education', 'Education: the CV lists no qualification.');
  else {
    missing(
      'education',
      'Attested police/military education and police/military training of each qualification: Europass has no such field.',
    );
  }
  if (!p.work?.length) missing('work', 'Work history: the CV lists no job with usable dates.');
  else {
    missing(
      'work',
      'Domain tags and management level of each job: Europass has no such field (suggestions are offered from the job titles and activities).',
    );
  }
  if (!p.languages?.length)
    missing('languages', 'Languages: the CV gives no language with a code and a level.');
  if (!p.drivingLicences?.length) missing('drivingLicences', 'Driving licences: the CV lists none.');
  missing('armouredVehicleLicence', 'Licence for armoured vehicles: Europass has no such field.');
  missing('securityClearance', 'Security clearance: Europass has no such field.');
  missing('weaponAuthorisation', 'Weapon authorisation: Europass has no such field.');
  missing('lawEnforcementOfficer', 'Law enforcement officer and rank: Europass has no such field.');
  if (!p.certifications?.ids?.length && !p.certifications?.other?.length) {
    missing('certifications', 'Certifications: the CV lists none.');
  }
  missing('skills', 'Skills (free tags): not taken from the CV’s free-text skill descriptions.');
  missing('earliestAvailability', 'Earliest availability: Europass has no such field.');
}
