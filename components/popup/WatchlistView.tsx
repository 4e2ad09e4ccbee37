import { orderWatchlist } from '@/utils/watchlist/order';
import type { WatchItem } from '@/utils/watchlist/schema';
import type { WatchPatch } from '@/utils/watchlist/store';
import { WatchRow } from './WatchRow';

export interface WatchlistViewProps {
  items: readonly WatchItem[];
  /** How many stored records could not be read (shown apart); the list is not "empty" then. */
  unreadable?: number;
  now: Date;
  timeZone: string;
  onChange: (item: WatchItem, patch: WatchPatch) => void;
  onRemove: (item: WatchItem) => void;
  onCalendar: (item: WatchItem) => void;
}

/** Upcoming deadlines first, soonest first; closed posts in their own list below. */
export function WatchlistView({
  items,
  unreadable = 0,
  now,
  timeZone,
  onChange,
  onRemove,
  onCalendar,
}: WatchlistViewProps) {
  const { upcoming, closed } = orderWatchlist(items, now);
  const row = (item: WatchItem) => (
    <WatchRow
      key={item.id}
      item={item}
      now={now}
      timeZone={timeZone}
      onChange={(patch) => onChange(item, patch)}
      onRemove={() => onRemove(item)}
      onCalendar={() => onCalendar(item)}
    />
  );
  if (items.length === 0 && unreadable > 0)
    return (
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming deadlines</h2>
        <p class="empty" data-part="none-readable">
          No saved item can be shown: {unreadable === 1 ? 'the one' : `all ${unreadable}`} in the watchlist
          could not be read.
        </p>
      </section>
    );
  if (items.length === 0)
    return (
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming deadlines</h2>
        <p class="empty" data-part="empty">
          Your watchlist is empty. Open a vacancy on the EEAS, ISD or CILC sites and choose “Save” in the
          Vacancy Fit sidebar.
        </p>
      </section>
    );
  return (
    <>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming deadlines</h2>
        {upcoming.length === 0 ? (
          <p class="empty">No saved post is still open.</p>
        ) : (
          <ul class="items upcoming-items">{upcoming.map(row)}</ul>
        )}
      </section>
      {closed.length > 0 && (
        <section aria-labelledby="closed-heading">
          <h2 id="closed-heading">Closed</h2>
          <ul class="items closed-items">{closed.map(row)}</ul>
        </section>
      )}
    </>
  );
}
