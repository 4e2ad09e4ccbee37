import { TZDate } from '@date-fns/tz';
import type { Deadline } from '../schema/call';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** "17:00", "17.00", "17h00", "1700", "12.00 noon", "12 noon", "5 pm"; null when no time is given. */
function timeOf(text: string): { h: number; m: number } | null {
  const ampm = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?/i.exec(text);
  if (ampm) {
    const h = Number(ampm[1]) % 12;
    return { h: ampm[3]!.toLowerCase() === 'p' ? h + 12 : h, m: Number(ampm[2] ?? 0) };
  }
  const m = /\b(\d{1,2})[:.h](\d{2})\b|\bat\s+(\d{2})(\d{2})\b|\b(\d{1,2})\s*(noon|midnight)\b/i.exec(text);
  if (!m) return /\bnoon\b/i.test(text) ? { h: 12, m: 0 } : null;
  if (m[1] !== undefined) return { h: Number(m[1]), m: Number(m[2]) };
  if (m[3] !== undefined) return { h: Number(m[3]), m: Number(m[4]) };
  return { h: m[6]?.toLowerCase() === 'noon' ? 12 : 0, m: 0 };
}

const MONTH_NAMES =
  'january february march april may june july august september october november december'.split(' ');

/** "Sept", "Dec", "December"; not "Decision" or "Marine". */
function isMonthName(word: string): boolean {
  const w = word.toLowerCase();
  return MONTH_NAMES.some((name) => name.startsWith(w) && w.length >= 3);
}

interface DayOfYear {
  y: number | null;
  mo: number;
  d: number;
  index: number;
}

const NUMERIC_DATE = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g;

/**
 * Every date in the text: "25 June 2026", "June 25, 2026", "09/07/2025" and "09.07.2025" (day
 * first, as the EEAS writes them), "25 and 30 August 2023", "12 September" (no year).
 */
function datesOf(text: string): DayOfYear[] {
  const out: DayOfYear[] = [];
  // The months of the dates found so far, by where they start (see the month-first dates below).
  const monthsAt = new Map<number, number[]>();
  const add = (date: DayOfYear) => {
    out.push(date);
    const months = monthsAt.get(date.index);
    if (months) months.push(date.mo);
    else monthsAt.set(date.index, [date.mo]);
  };
  for (const m of text.matchAll(NUMERIC_DATE)) {
    add({ d: Number(m[1]), mo: Number(m[2]), y: Number(m[3]), index: m.index });
  }
  // A list's later days are not tried as starts (the lookbehind): the match from its first day
  // covers them, and starting again from each would rescan the rest of a long list (quadratic).
  const dayFirst =
    /\b(?=\d)(?<!\b\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|&)\s*)(\d{1,2})(?:st|nd|rd|th)?((?:\s*(?:,|and|&)\s*\d{1,2}(?:st|nd|rd|th)?)*)\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?/g;
  for (const m of text.matchAll(dayFirst)) {
    const mo = MONTHS[m[3]!.slice(0, 3).toLowerCase()];
    if (!mo || !isMonthName(m[3]!)) continue;
    const y = m[4] ? Number(m[4]) : null;
    const days = [m[1]!, ...(m[2]?.match(/\d{1,2}/g) ?? [])].map(Number);
    for (const d of days) add({ d, mo, y, index: m.index });
  }
  for (const m of text.matchAll(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/g)) {
    const mo = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    if (!mo || (m[1]!.length > 3 && !/^[a-z]+$/i.test(m[1]!))) continue;
    // Already read if a date of this month starts nearby: only the starts that near are looked at,
    // as comparing with every date found so far is quadratic in a text of many dates.
    const near = m[0].length + 4;
    let seen = false;
    for (let at = m.index - near + 1; at < m.index + near && !seen; at++)
      seen = !!monthsAt.get(at)?.includes(mo);
    if (seen) continue;
    add({ d: Number(m[2]), mo, y: m[3] ? Number(m[3]) : null, index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Reads the deadlines of a sentence as exact instants. "(Brussels time)" and "(CET)" both mean
 * Europe/Brussels wall-clock time, as the EEAS means it (even in summer). A missing year comes
 * from `fallbackYear` (the call code's year). Without a time, the end of the day is used.
 */
export function parseDeadlines(text: string, zone: string, fallbackYear: number | null): Deadline[] {
  const time = timeOf(text.replace(NUMERIC_DATE, ' '));
  const out: Deadline[] = [];
  for (const { y, mo, d } of datesOf(text)) {
    const year = y ?? fallbackYear;
    if (year === null || d < 1 || d > 31 || mo < 1 || mo > 12) continue;
    const local = new TZDate(year, mo - 1, d, time?.h ?? 23, time?.m ?? 59, zone);
    if (local.getDate() !== d) continue;
    out.push({ instant: new Date(local.getTime()).toISOString().replace('.000Z', 'Z'), zone, text });
    if (out.length === MAX_DATES) break;
  }
  return out;
}

/**
 * More dates than any deadline or availability names: the rest of a longer text is not read. Each
 * date costs a time-zone conversion, over 2 s for a megabyte of dates.
 */
const MAX_DATES = 50;
