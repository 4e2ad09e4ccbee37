const DAY_MS = 86_400_000;
/** Average Gregorian month, for turning leftover days into months. */
const DAYS_PER_MONTH = 365.2425 / 12;

/** Days since 1970-01-01 (UTC) of an ISO date "YYYY-MM-DD". */
export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** Day number of the calendar day `now` falls on (UTC). */
export function dayNumberOf(now: Date): number {
  return Math.floor(now.getTime() / DAY_MS);
}

export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whole months in the half-open day range [start, end), calendar-exact (1 Jan to 1 Mar is 2),
 * with the leftover days returned separately so several ranges can be summed without rounding
 * each one down.
 */
export function monthsBetween(start: number, end: number): { months: number; days: number } {
  if (end <= start) return { months: 0, days: 0 };
  const s = new Date(start * DAY_MS);
  const e = new Date(end * DAY_MS);
  let months = (e.getUTCFullYear() - s.getUTCFullYear()) * 12 + (e.getUTCMonth() - s.getUTCMonth());
  const anchor = (m: number) =>
    Math.floor(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + m, s.getUTCDate()) / DAY_MS);
  if (anchor(months) > end) months -= 1;
  return { months, days: end - anchor(months) };
}

export function daysToMonths(days: number): number {
  return Math.floor(days / DAYS_PER_MONTH + 1e-9);
}

/** "4 y 7 m", "0 y 3 m". */
export function formatMonths(months: number): string {
  const whole = Math.max(0, Math.floor(months));
  return `${Math.floor(whole / 12)} y ${whole % 12} m`;
}

/** "2 y", "1 y 6 m", "6 m" — for stated requirements and gaps. */
export function formatYearsShort(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (m === 0) return `${y} y`;
  if (y === 0) return `${m} m`;
  return `${y} y ${m} m`;
}

/** "+1 year", "+2 years", "+1 y 5 m", "+5 months" — what is missing, in plain words where exact. */
export function formatGap(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (m === 0) return `+${y} ${y === 1 ? 'year' : 'years'}`;
  if (y === 0) return `+${m} ${m === 1 ? 'month' : 'months'}`;
  return `+${y} y ${m} m`;
}
