import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ZONE_NAMES: Record<string, string> = {
  'Europe/Brussels': 'Brussels time',
  'Europe/Amsterdam': 'Amsterdam time',
};

export function isClosed(instant: string, now: Date): boolean {
  return Date.parse(instant) <= now.getTime();
}

function span(ms: number): string {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days >= 2) return hours ? `${plural(days, 'day')} ${hours} h` : plural(days, 'day');
  if (days === 1) return hours ? `1 day ${hours} h` : '1 day';
  if (hours > 0) return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
  return plural(Math.max(minutes, 1), 'min').replace('mins', 'min');
}

/** "closes in 3 days 4 h", "closes in 45 min", "closed 2 days ago". */
export function formatCountdown(instant: string, now: Date): string {
  // Whole minutes: a reminder fired a few milliseconds late still says "2 days".
  const diff = Math.round((Date.parse(instant) - now.getTime()) / MINUTE) * MINUTE;
  return diff > 0 ? `closes in ${span(diff)}` : `closed ${span(-diff)} ago`;
}

/** The instant as wall-clock time in `zone`: "Thu 25 Jun 2026, 17:00 Brussels time". */
export function formatInZone(instant: string, zone: string): string {
  const local = new TZDate(Date.parse(instant), zone);
  return `${format(local, 'EEE d MMM yyyy, HH:mm')} ${ZONE_NAMES[zone] ?? zone}`;
}

/** The instant in the user's own zone, without a zone label: "Thu 25 Jun 2026, 17:00". */
export function formatInUserZone(instant: string, timeZone: string): string {
  return format(new TZDate(Date.parse(instant), timeZone), 'EEE d MMM yyyy, HH:mm');
}
