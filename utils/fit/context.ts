import type { EducationEntry, Profile } from '../profile/schema';

/** The qualification experience is counted from ("after having fulfilled the education requirements"). */
export interface Qualification {
  completed: string;
  /** "your Master's (2014)". */
  label: string;
}

export interface FacetContext {
  profile: Profile;
  now: Date;
  /** Set when the position's education requirement is met (or may be) by a dated qualification. */
  qualification: Qualification | null;
  /** True when the position has an education requirement to count from. */
  hasEducationRequirement: boolean;
}

export function entryYear(entry: EducationEntry): string {
  return entry.completed ? entry.completed.slice(0, 4) : 'in progress';
}
