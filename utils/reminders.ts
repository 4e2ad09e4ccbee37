import { formatCountdown, formatInZone } from './deadline-format';
import { DONE_STATUSES, type WatchItem } from './watchlist/schema';

/** Minutes before the deadline: 7 days, 2 days, 1 day, 3 hours. */
export const DEFAULT_REMINDER_OFFSETS = [7 * 24 * 60, 2 * 24 * 60, 24 * 60, 3 * 60];

const PREFIX = 'reminder|';

export interface PlannedAlarm {
  name: string;
  /** Epoch milliseconds. */
  when: number;
}

export function alarmName(itemId: string, offsetMinutes: number): string {
  return `${PREFIX}${offsetMinutes}|${itemId}`;
}

export function parseAlarmName(name: string): { itemId: string; offsetMinutes: number } | null {
  if (!name.startsWith(PREFIX)) return null;
  const rest = name.slice(PREFIX.length);
  const bar = rest.indexOf('|');
  const offsetMinutes = Number(rest.slice(0, bar));
  if (bar < 0 || !Number.isInteger(offsetMinutes)) return null;
  return { itemId: rest.slice(bar + 1), offsetMinutes };
}

/** The alarms that should exist now: future reminders of items still open with a deadline. */
export function plannedAlarms(
  items: readonly WatchItem[],
  offsets: readonly number[],
  now: Date,
): PlannedAlarm[] {
  const out: PlannedAlarm[] = [];
  for (const item of items) {
    if (!item.deadline || DONE_STATUSES.has(item.status)) continue;
    const deadline = Date.parse(item.deadline.instant);
    for (const offset of offsets) {
      // Offsets are exact durations before the instant, so a DST change in between shifts nothing.
      const when = deadline - offset * 60_000;
      if (when > now.getTime()) out.push({ name: alarmName(item.id, offset), when });
    }
  }
  return out;
}

/** What changes reconcile the existing reminder alarms with the planned ones. */
export function reconcileAlarms(
  existing: readonly { name: string; scheduledTime: number }[],
  planned: readonly PlannedAlarm[],
): { create: PlannedAlarm[]; clear: string[] } {
  const wanted = new Map(planned.map((alarm) => [alarm.name, alarm.when]));
  const have = new Map(
    existing.filter((a) => a.name.startsWith(PREFIX)).map((a) => [a.name, a.scheduledTime]),
  );
  return {
    create: planned.filter((alarm) => have.get(alarm.name) !== alarm.when),
    clear: [...have.keys()].filter((name) => !wanted.has(name)),
  };
}

export function reminderNotification(item: WatchItem, now: Date): { title: string; message: string } {
  const deadline = item.deadline!;
  const post = item.ref ? `${item.title} (${item.ref})` : item.title;
  return {
    title: post,
    message: `${item.callTitle || item.organisation} ${formatCountdown(deadline.instant, now)}, ${formatInZone(deadline.instant, deadline.zone)}`,
  };
}
