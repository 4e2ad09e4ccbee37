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

export const DIGEST_ALARM = 'digest';

/** The next time the local clock shows `hour`:00 (the digest follows the user's own day). */
export function nextDigestTime(hour: number, now: Date): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime();
}

/** The daily digest: open items closing within 7 days, soonest first; null when there are none. */
export function digestNotification(
  items: readonly WatchItem[],
  now: Date,
): { title: string; message: string } | null {
  const week = now.getTime() + 7 * 24 * 60 * 60_000;
  const soon = items
    .filter((item) => item.deadline && !DONE_STATUSES.has(item.status))
    .filter((item) => {
      const at = Date.parse(item.deadline!.instant);
      return at > now.getTime() && at <= week;
    })
    .sort((a, b) => Date.parse(a.deadline!.instant) - Date.parse(b.deadline!.instant));
  if (soon.length === 0) return null;
  return {
    title: `${soon.length} saved ${soon.length === 1 ? 'post closes' : 'posts close'} within a week`,
    message: soon.map((item) => `${item.title}: ${formatCountdown(item.deadline!.instant, now)}`).join('\n'),
  };
}
