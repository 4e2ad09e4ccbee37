import { useEffect, useState } from 'preact/hooks';
import { watchlistCalendar } from '@/utils/calendar';
import { isClosed } from '@/utils/deadline-format';
import { sendMessage } from '@/utils/messages';
import type { VacancyView } from '@/utils/vacancy-view';
import type { WatchItem } from '@/utils/watchlist/schema';
import { parseWatchlistJson, watchlistToCsv, watchlistToJson } from '@/utils/watchlist/transfer';
import { downloadText } from '../options/download';
import { WatchRow } from './WatchRow';

/** Upcoming deadlines first (soonest first), then items without a deadline, then closed ones. */
export function orderWatchlist(
  items: readonly WatchItem[],
  now: Date,
): { open: WatchItem[]; closed: WatchItem[] } {
  const time = (item: WatchItem) =>
    item.deadline ? Date.parse(item.deadline.instant) : Number.POSITIVE_INFINITY;
  const sorted = [...items].sort((a, b) => time(a) - time(b));
  return {
    open: sorted.filter((item) => !item.deadline || !isClosed(item.deadline.instant, now)),
    closed: sorted.filter((item) => item.deadline && isClosed(item.deadline.instant, now)).reverse(),
  };
}

export function PopupApp({ now = new Date() }: { now?: Date }) {
  const [items, setItems] = useState<WatchItem[] | null>(null);
  const [tab, setTab] = useState<VacancyView | null>(null);
  const [message, setMessage] = useState('');
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const reload = async () => setItems(await sendMessage('listWatchlist'));
  useEffect(() => {
    void reload();
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([active]) => {
      if (active?.url) setTab(await sendMessage('tabVacancy', { url: active.url }));
    });
  }, []);

  if (!items) return <p>Loading…</p>;
  const { open, closed } = orderWatchlist(items, now);
  const row = (item: WatchItem) => (
    <WatchRow
      key={item.id}
      item={item}
      now={now}
      timeZone={timeZone}
      onChange={async (patch) => {
        await sendMessage('updateWatchItem', { id: item.id, patch });
        await reload();
      }}
      onRemove={async () => {
        await sendMessage('removeWatchItem', { id: item.id });
        await reload();
      }}
    />
  );
  return (
    <main>
      <h1>Vacancy Fit</h1>
      {tab?.status === 'ready' && (
        <section class="tab-fit" aria-label="This tab" data-part="tab-fit">
          <h2>This document: {tab.call.title}</h2>
          {tab.assessments ? (
            <ol>
              {tab.assessments.map((a) => (
                <li key={a.positionId}>
                  {a.title} — {a.eligibility}
                  {a.score ? ` · ${a.score.value}/100` : ''}
                </li>
              ))}
            </ol>
          ) : (
            <p>Add your profile in the options to see your fit.</p>
          )}
        </section>
      )}
      <section aria-label="Watchlist">
        <h2>Upcoming deadlines</h2>
        {open.length === 0 ? (
          <p class="empty">Your watchlist is empty. Save a post from the sidebar on a vacancy page.</p>
        ) : (
          <ul class="items">{open.map(row)}</ul>
        )}
        {closed.length > 0 && (
          <>
            <h2>Closed</h2>
            <ul class="items closed-items">{closed.map(row)}</ul>
          </>
        )}
      </section>
      <footer>
        <button
          type="button"
          disabled={items.every((item) => !item.deadline)}
          onClick={() => downloadText('vacancy-fit-deadlines.ics', watchlistCalendar(items), 'text/calendar')}
        >
          Export deadlines (.ics)
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText('vacancy-fit-watchlist.json', watchlistToJson(items), 'application/json')
          }
        >
          JSON
        </button>
        <button
          type="button"
          onClick={() => downloadText('vacancy-fit-watchlist.csv', watchlistToCsv(items), 'text/csv')}
        >
          CSV
        </button>
        <label class="button" for="watchlist-import">
          Import…
        </label>
        <input
          id="watchlist-import"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (!file) return;
            const result = parseWatchlistJson(await file.text());
            if (!result.ok) {
              setMessage(`Nothing imported: ${result.errors.join(' ')}`);
              return;
            }
            const count = await sendMessage('importWatchlist', { items: result.items });
            setMessage(`Imported ${count} ${count === 1 ? 'item' : 'items'}.`);
            await reload();
          }}
        />
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </footer>
      {message && (
        <p role="status" data-part="import-message">
          {message}
        </p>
      )}
    </main>
  );
}
