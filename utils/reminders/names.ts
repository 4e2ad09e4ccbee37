/** Alarm names carry the item id and the offset, so the alarms can be reconciled with the watchlist. */
export const REMINDER_PREFIX = 'reminder|';
export const DIGEST_ALARM = 'digest';

export function alarmName(itemId: string, offsetMinutes: number): string {
  return `${REMINDER_PREFIX}${offsetMinutes}|${itemId}`;
}

export function parseAlarmName(name: string): { itemId: string; offsetMinutes: number } | null {
  if (!name.startsWith(REMINDER_PREFIX)) return null;
  const rest = name.slice(REMINDER_PREFIX.length);
  const bar = rest.indexOf('|');
  if (bar <= 0) return null;
  const offsetMinutes = Number(rest.slice(0, bar));
  const itemId = rest.slice(bar + 1);
  if (!Number.isInteger(offsetMinutes) || offsetMinutes <= 0 || !itemId) return null;
  return { itemId, offsetMinutes };
}
