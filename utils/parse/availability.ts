import type { Availability } from '../schema/call';
import { parseDeadlines } from './deadline';

/** "ASAP" or a start date ("01 Sept 2026", "01 December 2026"); a start date is not a deadline. */
export function availabilityOf(text: string, fallbackYear: number | null): Availability {
  if (/asap|as soon as possible|immediate/i.test(text)) return { kind: 'asap', text };
  const date = parseDeadlines(text, 'UTC', fallbackYear)[0];
  return date ? { kind: 'date', date: date.instant.slice(0, 10), text } : { kind: 'unknown', text };
}
