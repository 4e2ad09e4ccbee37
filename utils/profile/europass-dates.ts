/** A Europass date: a year, optionally a month and a day (XSD gYear / gMonth / gDay attributes). */
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

const TIMEZONE = '(?:Z|[+-]\\d{2}:\\d{2})?';
const YEAR = new RegExp(`^(\\d{4})${TIMEZONE}$`);
// gMonth is "--MM"; the XSD 1.0 errata form "--MM--" is still written by some tools.
const MONTH = new RegExp(`^--(\\d{2})(?:--)?${TIMEZONE}$`);
const DAY = new RegExp(`^---(\\d{2})${TIMEZONE}$`);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads the year/month/day attributes of a date element. Returns an error message in words
 * when a value is not a date (the caller adds the element's path).
 */
export function readPartialDate(attrs: {
  year: string | undefined;
  month: string | undefined;
  day: string | undefined;
}): { ok: true; date: PartialDate } | { ok: false; error: string } {
  if (attrs.year === undefined || attrs.year === '') return { ok: false, error: 'the date has no year' };
  const yearMatch = YEAR.exec(attrs.year);
  const year = yearMatch ? Number(yearMatch[1]) : Number.NaN;
  if (!yearMatch || year < 1900 || year > 2100) {
    return { ok: false, error: `year "${attrs.year}" is not a year between 1900 and 2100` };
  }
  let month: number | null = null;
  if (attrs.month !== undefined && attrs.month !== '') {
    const m = MONTH.exec(attrs.month);
    month = m ? Number(m[1]) : Number.NaN;
    if (!m || month < 1 || month > 12) {
      return { ok: false, error: `month "${attrs.month}" is not a month (written --01 to --12)` };
    }
  }
  let day: number | null = null;
  if (attrs.day !== undefined && attrs.day !== '') {
    const d = DAY.exec(attrs.day);
    day = d ? Number(d[1]) : Number.NaN;
    if (!d || day < 1 || day > 31) {
      return { ok: false, error: `day "${attrs.day}" is not a day (written ---01 to ---31)` };
    }
    if (month === null) return { ok: false, error: `day "${attrs.day}" is given without a month` };
    if (day > daysInMonth(year, month)) {
      return { ok: false, error: `${year}-${String(month).padStart(2, '0')} has no day ${day}` };
    }
  }
  return { ok: true, date: { year, month, day } };
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A period's start: a missing month is January, a missing day the first of the month. */
export function startDate(date: PartialDate): string {
  return iso(date.year, date.month ?? 1, date.day ?? 1);
}

/** A period's end: a missing month is December, a missing day the last day of the month. */
export function endDate(date: PartialDate): string {
  const month = date.month ?? 12;
  return iso(date.year, month, date.day ?? daysInMonth(date.year, month));
}

// The europass.europa.eu format writes dates as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss.
const FORMATTED =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Reads a FormattedDateTime value into a partial date; an error message in words when it is not one. */
export function readFormattedDate(
  value: string,
): { ok: true; date: PartialDate } | { ok: false; error: string } {
  const match = FORMATTED.exec(value);
  const year = Number(match?.[1]);
  const month = match?.[2] === undefined ? null : Number(match[2]);
  const day = match?.[3] === undefined ? null : Number(match[3]);
  const valid =
    match !== null &&
    year >= 1900 &&
    year <= 2100 &&
    (month === null || (month >= 1 && month <= 12)) &&
    (day === null || (month !== null && day >= 1 && day <= daysInMonth(year, month)));
  if (!valid) {
    return {
      ok: false,
      error: `"${value}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD (years 1900 to 2100)`,
    };
  }
  return { ok: true, date: { year, month, day } };
}
