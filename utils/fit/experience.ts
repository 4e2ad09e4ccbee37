import type { DomainTag } from '../domain-tags';
import type { WorkEntry, WorkTag } from '../profile/schema';
import { dayNumber, dayNumberOf, daysToMonths, monthsBetween } from './dates';

export interface ExperienceQuery {
  now: Date;
  /** ISO date the counting starts from (the qualification's completion); null counts everything. */
  since?: string | null;
  /** Only entries carrying at least one of these tags count; empty or absent means every entry. */
  anyOf?: readonly WorkTag[];
  /** Entries must also be tagged "management". */
  management?: boolean;
}

type Range = [start: number, end: number];

/** Merges overlapping or touching day ranges so parallel jobs are never counted twice. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function entryRange(entry: WorkEntry, today: number, since: number): Range {
  // "to" is the last working day, so the range ends the day after; ongoing jobs end today.
  const end = Math.min(entry.to === null ? today : dayNumber(entry.to) + 1, today);
  return [Math.max(dayNumber(entry.from), since), end];
}

/*
 * Ranking asks the same few questions of one work history hundreds of times (every post's
 * domains), so answers are remembered per work-history array. Profiles are never mutated in
 * place: every read or edit makes new arrays, so a remembered answer cannot go stale.
 */
const remembered = new WeakMap<readonly WorkEntry[], Map<string, number>>();

/** Months of experience matching the query, as of `now`. */
export function experienceMonths(work: readonly WorkEntry[], query: ExperienceQuery): number {
  const key = `${query.now.getTime()}|${query.since ?? ''}|${[...(query.anyOf ?? [])].sort().join(',')}|${query.management ? 1 : 0}`;
  let known = remembered.get(work);
  if (!known) {
    known = new Map();
    remembered.set(work, known);
  }
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  const months = countMonths(work, query);
  known.set(key, months);
  return months;
}

function countMonths(work: readonly WorkEntry[], query: ExperienceQuery): number {
  const today = dayNumberOf(query.now);
  const since = query.since ? dayNumber(query.since) : Number.NEGATIVE_INFINITY;
  const anyOf = query.anyOf ?? [];
  const ranges = work
    .filter((entry) => (query.management ? entry.tags.includes('management') : true))
    .filter((entry) => anyOf.length === 0 || entry.tags.some((tag) => anyOf.includes(tag)))
    .map((entry) => entryRange(entry, today, since));
  let months = 0;
  let days = 0;
  for (const [start, end] of mergeRanges(ranges)) {
    const part = monthsBetween(start, end);
    months += part.months;
    days += part.days;
  }
  return months + daysToMonths(days);
}

export interface ExperienceSummary {
  total: number;
  management: number;
  byDomain: Partial<Record<DomainTag, number>>;
}

/** Total, management and per-domain months in one go (for profile overviews). */
export function experienceSummary(
  work: readonly WorkEntry[],
  now: Date,
  since: string | null = null,
): ExperienceSummary {
  const byDomain: Partial<Record<DomainTag, number>> = {};
  const domains = new Set(work.flatMap((entry) => entry.tags).filter((tag) => tag !== 'management'));
  for (const domain of domains) {
    byDomain[domain as DomainTag] = experienceMonths(work, { now, since, anyOf: [domain] });
  }
  return {
    total: experienceMonths(work, { now, since }),
    management: experienceMonths(work, { now, since, management: true }),
    byDomain,
  };
}
