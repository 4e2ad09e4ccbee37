import { languageGroup } from './languages';
import type { EducationEntry, Profile, WorkEntry } from './schema';

/**
 * How an imported Europass profile joins the one you have. "merge" keeps everything already
 * there: lists are united without duplicates (the same job or qualification is kept once, its
 * tags and flags united), a language you already list keeps your level, and single values (name,
 * availability, clearance, flags) are only filled where yours are empty. "replace" takes the
 * imported profile as it is.
 */
export type ImportMode = 'merge' | 'replace';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function sameJob(a: WorkEntry, b: WorkEntry): boolean {
  return (
    a.from === b.from &&
    ((a.title !== '' && same(a.title, b.title)) ||
      (a.organisation !== '' && same(a.organisation, b.organisation)))
  );
}

function sameQualification(a: EducationEntry, b: EducationEntry): boolean {
  if (a.title.trim() !== '' && same(a.title, b.title)) return true;
  return a.title.trim() === '' && a.eqf !== null && a.eqf === b.eqf && a.completed === b.completed;
}

function union<T>(mine: readonly T[], theirs: readonly T[]): T[] {
  return [...new Set([...mine, ...theirs])];
}

function mergeWork(mine: WorkEntry[], theirs: WorkEntry[]): WorkEntry[] {
  const out = mine.map((entry) => ({ ...entry, tags: [...entry.tags] }));
  for (const entry of theirs) {
    const match = out.find((existing) => sameJob(existing, entry));
    if (match) match.tags = union(match.tags, entry.tags);
    else out.push(entry);
  }
  return out.slice(0, 100);
}

function mergeEducation(mine: EducationEntry[], theirs: EducationEntry[]): EducationEntry[] {
  const out = mine.map((entry) => ({ ...entry }));
  for (const entry of theirs) {
    const match = out.find((existing) => sameQualification(existing, entry));
    if (!match) {
      out.push(entry);
      continue;
    }
    // Fill only what yours leaves open.
    if (match.eqf === null) match.eqf = entry.eqf;
    if (match.completed === undefined && entry.completed !== undefined) match.completed = entry.completed;
    if (match.fields.length === 0) match.fields = entry.fields;
  }
  return out.slice(0, 30);
}

export function mergeProfiles(mine: Profile, theirs: Profile): Profile {
  const languages = [...mine.languages];
  for (const language of theirs.languages) {
    if (!languages.some((l) => languageGroup(l.code) === languageGroup(language.code)))
      languages.push(language);
  }
  return {
    ...mine,
    name: mine.name.trim() ? mine.name : theirs.name,
    citizenships: union(mine.citizenships, theirs.citizenships).slice(0, 5),
    education: mergeEducation(mine.education, theirs.education),
    work: mergeWork(mine.work, theirs.work),
    languages: languages.slice(0, 30),
    drivingLicences: union(mine.drivingLicences, theirs.drivingLicences),
    certifications: {
      ids: union(mine.certifications.ids, theirs.certifications.ids),
      other: union(mine.certifications.other, theirs.certifications.other).slice(0, 50),
    },
    skills: union(mine.skills, theirs.skills).slice(0, 300),
    earliestAvailability: mine.earliestAvailability ?? theirs.earliestAvailability,
  };
}

export function applyImport(mine: Profile | null, theirs: Profile, mode: ImportMode): Profile {
  return mode === 'replace' || mine === null ? theirs : mergeProfiles(mine, theirs);
}
