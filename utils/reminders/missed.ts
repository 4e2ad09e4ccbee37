import type { WatchItem } from '../watchlist/schema';
import { wantsReminders } from './plan';

const MINUTE = 60_000;

/**
 * The one reminder of `item` that fell due while no alarm could fire: the latest offset due after
 * the item was saved, after the last reminder shown for it, and by now; null once the deadline passed.
 */
export function missedReminder(
  item: WatchItem,
  offsets: readonly number[],
  lastShown: number | undefined,
  now: Date,
): { offsetMinutes: number; due: number } | null {
  if (!item.deadline || !wantsReminders(item)) return null;
  const deadline = Date.parse(item.deadline.instant);
  if (deadline <= now.getTime()) return null;
  const after = Math.max(Date.parse(item.savedAt), lastShown ?? Number.NEGATIVE_INFINITY);
  let best: { offsetMinutes: number; due: number } | null = null;
  for (const offsetMinutes of offsets) {
    const due = deadline - offsetMinutes * MINUTE;
    if (due > after && due <= now.getTime() && (!best || due > best.due)) best = { offsetMinutes, due };
  }
  return best;
}
