import { isClosed } from '../countdown';
import type { WatchItem } from './schema';

/** Upcoming deadlines first (soonest first), then items without a deadline; closed ones apart, latest first. */
export function orderWatchlist(
  items: readonly WatchItem[],
  now: Date,
): { upcoming: WatchItem[]; closed: WatchItem[] } {
  const time = (item: WatchItem) =>
    item.deadline ? Date.parse(item.deadline.instant) : Number.POSITIVE_INFINITY;
  const byTitle = (a: WatchItem, b: WatchItem) => a.title.localeCompare(b.title, 'en');
  const sorted = [...items].sort((a, b) => time(a) - time(b) || byTitle(a, b));
  const closed = (item: WatchItem) => item.deadline !== null && isClosed(item.deadline.instant, now);
  return {
    upcoming: sorted.filter((item) => !closed(item)),
    closed: sorted.filter(closed).reverse(),
  };
}
