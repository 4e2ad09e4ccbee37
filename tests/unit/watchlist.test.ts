import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WatchItemV1 } from '@/utils/watchlist/migrate';
import { listItems, openWatchlist, putItem, updateItem } from '@/utils/watchlist/store';
import { watchItem } from './reminders/fixtures';

beforeEach(() => {
  // A fresh database per test.
  globalThis.indexedDB = new IDBFactory();
});

describe('watchlist store', () => {
  it('migrates every version-1 item to version 2', async () => {
    const v1: WatchItemV1[] = [
      {
        id: 'a/1',
        callId: 'a',
        positionId: '1',
        title: 'Justice Monitor',
        url: 'https://www.eeas.europa.eu/x_en',
        deadline: '2026-06-25T15:00:00Z',
        status: 'applied',
        notes: 'sent CV',
        savedAt: '2026-06-01T10:00:00.000Z',
      },
      {
        id: 'b/*',
        callId: 'b',
        positionId: null,
        title: 'Programmes Lead',
        url: 'https://strongcitiesnetwork.org/careers/x/',
        deadline: null,
        status: 'thinking about it',
        savedAt: '2026-06-02T10:00:00.000Z',
      },
    ];
    const old = await openDB('vacancy-fit', 1, {
      upgrade: (db) => db.createObjectStore('watchlist', { keyPath: 'id' }),
    });
    for (const item of v1) await old.put('watchlist', item);
    old.close();

    const items = await listItems(await openWatchlist());
    expect(items.map((i) => [i.id, i.version, i.status, i.deadline?.instant ?? null, i.notes])).toEqual([
      ['a/1', 2, 'applied', '2026-06-25T15:00:00.000Z', 'sent CV'],
      ['b/*', 2, 'saved', null, 'Status before the upgrade: thinking about it'],
    ]);
  });

  it('loses nothing when two contexts patch the same item at once', async () => {
    const db = await openWatchlist();
    await putItem(db, watchItem());
    const other = await openWatchlist();
    const now = new Date('2026-06-02T10:00:00Z');
    await Promise.all([
      updateItem(db, watchItem().id, { status: 'preparing' }, now),
      updateItem(other, watchItem().id, { notes: 'ask for a reference' }, now),
    ]);
    const [item] = await listItems(db);
    expect(item?.status).toBe('preparing');
    expect(item?.notes).toBe('ask for a reference');
    expect(item?.history.map((h) => h.status)).toEqual(['saved', 'preparing']);
  });
});
