import { createEvents, type EventAttributes } from 'ics';
import type { WatchItem } from './watchlist/schema';

/**
 * An RFC 5545 calendar with one event per watched deadline, at the exact UTC instant, with an
 * alarm a day before. Items without a deadline are left out.
 */
export function watchlistCalendar(items: readonly WatchItem[]): string {
  const events: EventAttributes[] = items.flatMap((item) => {
    if (!item.deadline) return [];
    const instant = new Date(item.deadline.instant);
    const post = item.ref ? `${item.title} (${item.ref})` : item.title;
    return [
      {
        uid: `${item.id}@vacancy-fit`,
        title: `Deadline: ${post}`,
        description: `${item.callTitle}\n${item.deadline.text}\n${item.url}`,
        url: item.url,
        start: instant.getTime(),
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
  const { error, value } = createEvents(events);
  if (error || !value) throw new Error(`Could not write the calendar file: ${error?.message ?? 'no output'}`);
  return value;
}
