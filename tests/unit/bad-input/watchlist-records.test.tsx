import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { sendMessage } from '@/utils/messages';
import { syncReminders } from '@/utils/reminders';
import { unreadableToJson } from '@/utils/watchlist/migrate';
import { openWatchlist, putItem, readWatchlist, removeItem } from '@/utils/watchlist/store';
import { parseWatchlistFile, watchlistToJson } from '@/utils/watchlist/transfer';
import { watchItem } from '../reminders/fixtures';

vi.mock('@/utils/messages', () => ({ sendMessage: vi.fn(), onMessage: vi.fn() }));

const ID = 'eulex-kosovo-2-2026/ek-60092';
const NEWER = 'it was saved by a newer version of Vacancy Fit (version 3; this one reads up to version 2)';
const FUTURE = { ...watchItem({ id: 'future/1' }), version: 3, shortlist: ['x'] };

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-01T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

async function alarmNames(): Promise<string[]> {
  return (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
}

describe('a watchlist record from a future version', () => {
  it('is kept raw and set aside; the other items are listed and their reminders planned', async () => {
    const db = await openWatchlist();
    await putItem(db, watchItem());
    await db.put('watchlist', FUTURE);
    expect(await readWatchlist(db)).toEqual({
      items: [watchItem()],
      unreadable: [{ id: 'future/1', reason: NEWER, raw: FUTURE }],
    });
    await syncReminders(db);
    expect(await alarmNames()).toEqual([
      `reminder|10080|${ID}`,
      `reminder|1440|${ID}`,
      `reminder|180|${ID}`,
      `reminder|2880|${ID}`,
    ]);
    expect(await db.get('watchlist', 'future/1')).toEqual(FUTURE);
  });

  it('re-saving or removing its id sets the raw record aside instead of overwriting it', async () => {
    const db = await openWatchlist();
    await db.put('watchlist', { ...FUTURE, id: ID });
    await putItem(db, watchItem());
    expect(await readWatchlist(db)).toEqual({
      items: [watchItem()],
      unreadable: [{ id: ID, reason: NEWER, raw: { ...FUTURE, id: ID } }],
    });
    await db.put('watchlist', { id: 'odd', version: 'x' });
    await removeItem(db, 'odd');
    expect((await readWatchlist(db)).unreadable.map((r) => r.reason)).toEqual([
      NEWER,
      'it has version "x", which no version of Vacancy Fit wrote',
    ]);
  });

  it('an import file from a future version, or with a future-version item, is refused with a message', () => {
    expect(
      parseWatchlistFile(watchlistToJson([watchItem()]).replace('"version": 2,', '"version": 3,')),
    ).toEqual({
      ok: false,
      errors: [
        'This file was saved by a newer version of Vacancy Fit (version 3; this one reads up to version 2).',
      ],
    });
    const file = JSON.stringify({
      format: 'vacancy-fit-watchlist',
      version: 2,
      items: [watchItem(), FUTURE],
    });
    expect(parseWatchlistFile(file)).toEqual({
      ok: false,
      errors: [
        'Item 2 was saved by a newer version of Vacancy Fit (version 3; this one reads up to version 2).',
      ],
    });
  });
});

describe('upgrading version-1 records', () => {
  const V1 = {
    id: 'a/1',
    callId: 'a',
    positionId: '1',
    title: 'Justice Monitor',
    url: 'https://www.eeas.europa.eu/x_en',
    status: 'saved',
    savedAt: '2026-06-01T10:00:00.000Z',
  };

  it('a "TBC" deadline no longer blocks the upgrade: kept as the note, every record kept', async () => {
    const old = await openDB('vacancy-fit', 1, {
      upgrade: (db) => db.createObjectStore('watchlist', { keyPath: 'id' }),
    });
    await old.put('watchlist', { ...V1, deadline: 'TBC' });
    await old.put('watchlist', { ...V1, id: 'b/2', deadline: '2026-06-25T15:00:00Z' });
    await old.put('watchlist', { ...V1, id: 'c/3', deadline: null, url: 'not a url' });
    old.close();
    const db = await openWatchlist();
    const { items, unreadable } = await readWatchlist(db);
    expect(items.map((i) => [i.id, i.version, i.deadline?.instant ?? null, i.deadlineNote])).toEqual([
      ['a/1', 2, null, 'Deadline before the upgrade: TBC'],
      ['b/2', 2, '2026-06-25T15:00:00.000Z', null],
    ]);
    const broken = { ...V1, id: 'c/3', deadline: null, url: 'not a url' };
    expect(unreadable).toEqual([
      { id: 'c/3', reason: 'it has invalid fields (url: Invalid URL)', raw: broken },
    ]);
    // The record that cannot be upgraded is still there, as it was.
    expect(await db.get('watchlist', 'c/3')).toEqual(broken);
    expect(db.version).toBe(3);
  });
});

describe('the popup with an unreadable record', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('says "1 saved item could not be read", never "empty", and exports the record as stored', async () => {
    const record = { id: 'future/1', reason: NEWER, raw: FUTURE };
    vi.mocked(sendMessage).mockImplementation((async (type: string) => {
      if (type === 'watchlist.list') return [];
      if (type === 'watchlist.unreadable') return [record];
      return null;
    }) as typeof sendMessage);
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:x';
    };
    await act(async () => {
      render(<PopupApp now={new Date('2026-06-01T10:00:00Z')} timeZone="Europe/Brussels" />, root);
    });
    await vi.waitFor(() => expect(root.querySelector('[data-part="unreadable-notice"]')).not.toBeNull());
    expect(root.querySelector('[data-part="unreadable-notice"] p')?.textContent).toBe(
      `1 saved item could not be read (${NEWER}). It is kept as stored.`,
    );
    expect(root.textContent).not.toContain('Your watchlist is empty');
    expect(root.querySelector('[data-part="none-readable"]')?.textContent).toBe(
      'No saved item can be shown: the one in the watchlist could not be read.',
    );
    await act(async () => {
      root.querySelector<HTMLButtonElement>('[data-part="unreadable-notice"] button')?.click();
    });
    expect(blobs).toHaveLength(1);
    expect(await blobs[0]?.text()).toBe(unreadableToJson([record]));
    expect(JSON.parse(await (blobs[0] as Blob).text())).toEqual({
      format: 'vacancy-fit-unreadable-records',
      records: [{ reason: NEWER, raw: FUTURE }],
    });
  });
});
