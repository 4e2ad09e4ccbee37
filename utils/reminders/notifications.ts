import { formatCountdown } from '../countdown';
import { formatInZone } from '../deadline-format';
import type { WatchItem } from '../watchlist/schema';
import { wantsReminders } from './plan';

const WEEK = 7 * 24 * 60 * 60_000;

export interface NotificationText {
  title: string;
  message: string;
}

function postName(item: WatchItem): string {
  return item.ref ? `${item.title} (${item.ref})` : item.title;
}

/** "Justice Monitor (EK 60092)" / "EULEX Kosovo 2-2026 … closes in 2 days, Thu 25 Jun 2026, 17:00 Brussels time". */
export function reminderNotification(item: WatchItem, now: Date): NotificationText | null {
  if (!item.deadline) return null;
  const call = item.positionId === null ? item.organisation : item.callTitle || item.organisation;
  return {
    title: postName(item),
    message: `${call} ${formatCountdown(item.deadline.instant, now)}, ${formatInZone(item.deadline.instant, item.deadline.zone)}`,
  };
}

/** The daily digest: open items closing within 7 days, soonest first; null when there are none. */
export function digestNotification(items: readonly WatchItem[], now: Date): NotificationText | null {
  const soon = items
    .flatMap((item) =>
      item.deadline && wantsReminders(item) ? [{ item, at: Date.parse(item.deadline.instant) }] : [],
    )
    .filter(({ at }) => at > now.getTime() && at <= now.getTime() + WEEK)
    .sort((a, b) => a.at - b.at);
  if (soon.length === 0) return null;
  return {
    title: `${soon.length} saved ${soon.length === 1 ? 'post closes' : 'posts close'} within a week`,
    message: soon
      .map(({ item }) => `${postName(item)}: ${formatCountdown(item.deadline?.instant ?? '', now)}`)
      .join('\n'),
  };
}
