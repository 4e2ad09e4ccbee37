import type { ProfileIssue } from './issues';
import type { EducationEntry, LanguageEntry, Profile, WorkEntry } from './schema';

export type ChangeKind = 'new' | 'changed' | 'removed' | 'kept';

/** One line of the review: what saving would do to one field of your profile. */
export interface FieldChange {
  field: string;
  kind: ChangeKind;
  text: string;
}

const LABELS: [keyof Profile, string][] = [
  ['name', 'Name'],
  ['citizenships', 'Citizenships'],
  ['education', 'Education'],
  ['work', 'Work history'],
  ['languages', 'Languages'],
  ['drivingLicences', 'Driving licences'],
  ['certifications', 'Certifications'],
  ['skills', 'Skills'],
  ['armouredVehicleLicence', 'Armoured vehicle licence'],
  ['securityClearance', 'Security clearance'],
  ['weaponAuthorisation', 'Weapon authorisation'],
  ['lawEnforcementOfficer', 'Law enforcement officer'],
  ['earliestAvailability', 'Earliest availability'],
];

export function describeWork(entry: WorkEntry): string {
  const what = [entry.title, entry.organisation].filter(Boolean).join(', ') || 'Job';
  return `${what} (${entry.from} – ${entry.to ?? 'now'})`;
}

export function describeEducation(entry: EducationEntry): string {
  const level = entry.eqf === null ? 'EQF level to fill in' : `EQF ${entry.eqf}`;
  const done =
    entry.completed === undefined
      ? 'completion date to fill in'
      : entry.completed === null
        ? 'studying'
        : `completed ${entry.completed}`;
  return `${entry.title || 'Qualification'} (${level}, ${done})`;
}

const describeLanguage = (entry: LanguageEntry) => `${entry.code} ${entry.level}`;

function items(profile: Profile, field: keyof Profile): string[] {
  switch (field) {
    case 'education':
      return profile.education.map(describeEducation);
    case 'work':
      return profile.work.map((w) => `${describeWork(w)}${w.tags.length ? ` [${w.tags.join(', ')}]` : ''}`);
    case 'languages':
      return profile.languages.map(describeLanguage);
    case 'certifications':
      return [...profile.certifications.ids, ...profile.certifications.other];
    case 'citizenships':
    case 'drivingLicences':
    case 'skills':
      return [...profile[field]];
    case 'securityClearance': {
      const c = profile.securityClearance;
      return c.level || c.nationalAuthorityCanInitiate
        ? [`${c.level ?? 'none'}${c.nationalAuthorityCanInitiate ? ', can be initiated' : ''}`]
        : [];
    }
    default: {
      const value = profile[field];
      if (value === false || value === null || value === '' || value === 'no') return [];
      return [String(value)];
    }
  }
}

/** What saving `after` in place of `before` changes, field by field. */
export function describeChanges(before: Profile | null, after: Profile): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, label] of LABELS) {
    const was = before ? items(before, field) : [];
    const now = items(after, field);
    const added = now.filter((item) => !was.includes(item));
    const removed = was.filter((item) => !now.includes(item));
    if (added.length === 0 && removed.length === 0) continue;
    const single = !Array.isArray(after[field]) && field !== 'certifications';
    if (single && was.length > 0 && now.length > 0) {
      out.push({ field, kind: 'changed', text: `${label}: ${was.join(', ')} → ${now.join(', ')}` });
      continue;
    }
    if (added.length > 0) out.push({ field, kind: 'new', text: `${label}: ${added.join('; ')}` });
    if (removed.length > 0) out.push({ field, kind: 'removed', text: `${label}: ${removed.join('; ')}` });
  }
  return out;
}

/** Imported values that merging leaves out because your profile already says otherwise. */
export function keptValues(mine: Profile, theirs: Profile, merged: Profile): FieldChange[] {
  const out: FieldChange[] = [];
  for (const language of theirs.languages) {
    const yours = merged.languages.find((l) => l.code === language.code || l === language);
    if (!merged.languages.some((l) => l.code === language.code && l.level === language.level) && yours) {
      out.push({
        field: 'languages',
        kind: 'kept',
        text: `Languages: yours kept, ${describeLanguage(yours)} (the CV says ${language.level})`,
      });
    }
  }
  if (mine.name.trim() && theirs.name && !same(mine.name, theirs.name)) {
    out.push({
      field: 'name',
      kind: 'kept',
      text: `Name: yours kept, ${mine.name} (the CV says ${theirs.name})`,
    });
  }
  return out;
}

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function isEmpty(profile: Profile, field: string): boolean {
  switch (field) {
    case 'securityClearance':
      return (
        profile.securityClearance.level === null && !profile.securityClearance.nationalAuthorityCanInitiate
      );
    case 'certifications':
      return profile.certifications.ids.length === 0 && profile.certifications.other.length === 0;
    case 'work':
      return profile.work.length === 0 || profile.work.some((w) => w.tags.length === 0);
    case 'education':
      return true;
    default: {
      const value = profile[field as keyof Profile];
      if (Array.isArray(value)) return value.length === 0;
      return value === false || value === null || value === '' || value === 'no';
    }
  }
}

/**
 * The import's "to fill in" list, narrowed to what the profile you would save still lacks:
 * a clearance you already entered is not asked for again.
 */
export function stillToFill(toFill: ProfileIssue[], imported: Profile, after: Profile): ProfileIssue[] {
  return toFill.filter((item) => {
    const entry = /^education\[(\d+)\]\.(eqf|completed)$/.exec(item.path);
    if (entry) {
      const source = imported.education[Number(entry[1])];
      const kept = after.education.find((e) => e.title === source?.title);
      if (!kept) return false;
      return entry[2] === 'eqf' ? kept.eqf === null : kept.completed === undefined;
    }
    return isEmpty(after, item.path);
  });
}
