import { DONE_STATUSES, type WatchItem } from '../watchlist/schema';
import { alarmName, REMINDER_PREFIX } from './names';

const MINUTE = 60_000;

/** Minutes before the deadline: 7 days, 2 days, 1 day, 3 hours. */
export const DEFAULT_REMINDER_OFFSETS: number[] = [7 * 24 * 60, 2 * 24 * 60, 24 * 60, 3 * 60];

export interface PlannedAlarm {
  name: string;
  /** Epoch milliseconds. */
  when: number;
}

/** Whether an item still wants reminders: it has a deadline and the user has not finished with it. */
export function wantsReminders(item: WatchItem): boolean {
  return item.deadline !== null && !DONE_STATUSES.has(item.status);
}

/** The alarms that should exist now: future reminders of open items with a deadline. */
export function plannedAlarms(
  items: readonly WatchItem[],
  offsets: readonly number[],
  now: Date,
): PlannedAlarm[] {
  const out: PlannedAlarm[] = [];
  for (const item of items) {
    if (!item.deadline || !wantsReminders(item)) continue;
    const deadline = Date.parse(item.deadline.instant);
    for (const offset of [...new Set(offsets)].sort((a, b) => b - a)) {
      // Exact durations before the instant: a DST change in between shifts nothing.
      const when = deadline - offset * MINUTE;
      if (when > now.getTime()) out.push({ name: alarmName(item.id, offset), when });
    }
  }
  return out;
}

/** What makes the existing reminder alarms equal the planned ones; other alarms are left alone. */
export function reconcileAlarms(
  existing: readonly { name: string; scheduledTime: number }[],
  planned: readonly PlannedAlarm[],
): { create: PlannedAlarm[]; clear: string[] } {
  const wanted = new Set(planned.map((alarm) => alarm.name));
  const have = new Map(
    existing.filter((a) => a.name.startsWith(REMINDER_PREFIX)).map((a) => [a.name, a.scheduledTime]),
  );
  return {
    create: planned.filter((alarm) => have.get(alarm.name) !== alarm.when),
    clear: [...have.keys()].filter((name) => !wanted.has(name)),
  };
}

/**
 * The next time the local clock shows `hour`:00. The digest follows the user's own day, so this
 * one is in the process zone on purpose (and is re-planned after each digest, not repeated every
 * 24 h, which would drift by an hour at each DST change).
 */
export function nextDigestTime(hour: number, now: Date): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now.getTime()) {
    next.setDate(next.getDate() + 1);
    next.setHours(hour, 0, 0, 0);
  }
  return next.getTime();
}
