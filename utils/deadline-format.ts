import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** "Brussels time" for Europe/Brussels, "New York time" for America/New_York, "UTC" for UTC. */
export function zoneLabel(zone: string): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  return `${(zone.split('/').pop() ?? zone).replace(/_/g, ' ')} time`;
}

/** The instant as wall-clock time in `zone`: "Thu 25 Jun 2026, 17:00 Brussels time". */
export function formatInZone(instant: string, zone: string): string {
  return `${format(new TZDate(Date.parse(instant), zone), 'EEE d MMM yyyy, HH:mm')} ${zoneLabel(zone)}`;
}

/** The instant in the user's own zone, without a zone label: "Thu 25 Jun 2026, 17:00". */
export function formatInUserZone(instant: string, timeZone: string): string {
  return format(new TZDate(Date.parse(instant), timeZone), 'EEE d MMM yyyy, HH:mm');
}
