import { createEvents, type EventAttributes } from 'ics';
import type { WatchItem } from './watchlist/schema';

/**
 * An RFC 5545 calendar with one event per watched deadline (one item or the whole watchlist), at
 * the exact UTC instant so every calendar shows it at the right local time, with an alarm a day
 * before. Items without a deadline are left out.
 */
export function watchlistCalendar(items: readonly WatchItem[]): string {
  const events: EventAttributes[] = items.flatMap((item) => {
    if (!item.deadline) return [];
    const post = item.ref ? `${item.title} (${item.ref})` : item.title;
    const userSet = item.deadline.source === 'user' ? ' (deadline set by you)' : '';
    return [
      {
        uid: `${item.id}@vacancy-fit`,
        title: `Deadline: ${post}`,
        description: [item.callTitle, `${item.deadline.text}${userSet}`, item.deadlineNote, item.url]
          .filter(Boolean)
          .join('\n'),
        url: item.url,
        start: Date.parse(item.deadline.instant),
        startInputType: 'utc',
        startOutputType: 'utc',
        duration: { minutes: 0 },
        alarms: [
          {
            action: 'display',
            description: `Deadline tomorrow: ${post}`,
            trigger: { days: 1, before: true },
          },
        ],
      },
    ];
  });
  const { error, value } = createEvents(events, {
    productId: 'vacancy-fit',
    calName: 'Vacancy Fit deadlines',
  });
  if (error || !value) throw new Error(`Could not write the calendar file: ${error?.message ?? 'no output'}`);
  return value;
}

/** "vacancy-fit-justice-monitor-ek-60092.ics" */
export function calendarFileName(items: readonly WatchItem[]): string {
  const [only] = items;
  if (items.length !== 1 || !only) return 'vacancy-fit-deadlines.ics';
  const slug = `${only.title} ${only.ref ?? ''}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `vacancy-fit-${slug || 'deadline'}.ics`;
}
