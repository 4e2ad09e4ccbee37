import { useEffect, useState } from 'preact/hooks';
import { calendarFileName, watchlistCalendar } from '@/utils/calendar';
import { sendMessage } from '@/utils/messages';
import type { VacancyView } from '@/utils/vacancy-view';
import { type UnreadableRecord, unreadableToJson } from '@/utils/watchlist/migrate';
import type { WatchItem } from '@/utils/watchlist/schema';
import { parseWatchlistFile, watchlistToCsv, watchlistToJson } from '@/utils/watchlist/transfer';
import { downloadText } from '../download';
import { TabFitSlot } from './TabFitSlot';
import { WatchlistView } from './WatchlistView';

export interface PopupAppProps {
  /** Pinned in tests; otherwise the clock, refreshed every minute so countdowns stay true. */
  now?: Date;
  timeZone?: string;
}

export function PopupApp({ now: fixedNow, timeZone: fixedZone }: PopupAppProps) {
  const [items, setItems] = useState<WatchItem[] | null>(null);
  const [unreadable, setUnreadable] = useState<UnreadableRecord[]>([]);
  const [tab, setTab] = useState<VacancyView | null>(null);
  const [tabUrl, setTabUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [clock, setClock] = useState(() => new Date());
  const now = fixedNow ?? clock;
  const timeZone = fixedZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  const reload = async () => {
    const [list, rest] = await Promise.all([
      sendMessage('watchlist.list', undefined),
      sendMessage('watchlist.unreadable', undefined),
    ]);
    setItems(list);
    setUnreadable(rest);
  };
  useEffect(() => {
    reload().catch((error: unknown) => {
      setItems(null);
      setMessage({
        text: `The watchlist could not be read: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
    });
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(async ([active]) => {
        if (!active?.url?.startsWith('http')) return;
        setTabUrl(active.url);
        setTab(await sendMessage('tabVacancy', { url: active.url }));
      })
      .catch(() => setTab(null));
    const timer = setInterval(() => setClock(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const act = async (what: () => Promise<unknown>) => {
    try {
      await what();
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
    await reload();
  };

  return (
    <main>
      <h1>Vacancy Fit</h1>
      <TabFitSlot
        view={tab}
        onFullReport={
          tabUrl
            ? () =>
                void browser.tabs.create({
                  url: browser.runtime.getURL(`/check.html?url=${encodeURIComponent(tabUrl)}`),
                })
            : undefined
        }
      />
      <button
        type="button"
        data-action="posts-for-you"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/posts.html') })}
      >
        Posts for you
      </button>
      <button
        type="button"
        data-action="check-file"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/check.html') })}
      >
        Check a call from a file
      </button>
      {unreadable.length > 0 && (
        <div class="error" role="alert" data-part="unreadable-notice">
          <p>
            {unreadable.length === 1
              ? '1 saved item could not be read'
              : `${unreadable.length} saved items could not be read`}{' '}
            ({unreadable[0]?.reason}
            {unreadable.length > 1 ? ', …' : ''}). {unreadable.length === 1 ? 'It is' : 'They are'} kept as
            stored.
          </p>
          <button
            type="button"
            onClick={() =>
              downloadText('vacancy-fit-unreadable.json', unreadableToJson(unreadable), 'application/json')
            }
          >
            Export as stored
          </button>
        </div>
      )}
      {items === null ? (
        message?.error ? null : (
          <p aria-busy="true">Loading…</p>
        )
      ) : (
        <WatchlistView
          items={items}
          unreadable={unreadable.length}
          now={now}
          timeZone={timeZone}
          onChange={(item, patch) => void act(() => sendMessage('watchlist.update', { id: item.id, patch }))}
          onRemove={(item) => void act(() => sendMessage('watchlist.remove', { id: item.id }))}
          onCalendar={(item) =>
            downloadText(calendarFileName([item]), watchlistCalendar([item]), 'text/calendar')
          }
        />
      )}
      <footer>
        <button
          type="button"
          disabled={!items?.some((item) => item.deadline)}
          onClick={() =>
            items && downloadText(calendarFileName(items), watchlistCalendar(items), 'text/calendar')
          }
        >
          Export deadlines (.ics)
        </button>
        <button
          type="button"
          disabled={!items?.length}
          onClick={() =>
            items && downloadText('vacancy-fit-watchlist.json', watchlistToJson(items), 'application/json')
          }
        >
          JSON
        </button>
        <button
          type="button"
          disabled={!items?.length}
          onClick={() =>
            items && downloadText('vacancy-fit-watchlist.csv', watchlistToCsv(items), 'text/csv')
          }
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
          accept="application/json,.json,text/csv,.csv"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            const result = parseWatchlistFile(await file.text());
            if (!result.ok) {
              setMessage({ text: `Nothing imported. ${result.errors.join(' ')}`, error: true });
              return;
            }
            await act(async () => {
              const count = await sendMessage('watchlist.import', { items: result.items });
              setMessage({ text: `Imported ${count} ${count === 1 ? 'item' : 'items'}.`, error: false });
            });
          }}
        />
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </footer>
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          class={message.error ? 'error' : undefined}
          data-part="import-message"
        >
          {message.text}
        </p>
      )}
    </main>
  );
}
