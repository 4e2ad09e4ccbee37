import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildWatchItem } from '@/utils/watchlist/build';
import type { WatchItemV1 } from '@/utils/watchlist/migrate';
import {
  findItem,
  getItem,
  listItems,
  openWatchlist,
  putItem,
  putItems,
  removeItem,
  updateItem,
} from '@/utils/watchlist/store';
import { isdCall, testCall, watchItem } from '../reminders/fixtures';

beforeEach(() => {
  // A fresh database per test.
  globalThis.indexedDB = new IDBFactory();
});

const V1: WatchItemV1[] = [
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
  {
    id: 'c/2',
    callId: 'c',
    positionId: '2',
    title: 'Close Protection Operator',
    url: 'https://www.eeas.europa.eu/y_en',
    deadline: '2026-07-09T10:00:00.000Z',
    status: 'saved',
    notes: '',
    savedAt: '2026-06-03T10:00:00.000Z',
  },
];

async function seedVersion1(): Promise<void> {
  const old = await openDB('vacancy-fit', 1, {
    upgrade: (db) => db.createObjectStore('watchlist', { keyPath: 'id' }),
  });
  for (const item of V1) await old.put('watchlist', item);
  old.close();
}

describe('watchlist migration', () => {
  it('upgrades every version-1 record in place to version 2', async () => {
    await seedVersion1();
    const db = await openWatchlist();
    const items = await listItems(db);
    expect(items).toHaveLength(V1.length);
    expect(items.map((i) => [i.id, i.version, i.status, i.deadline?.instant ?? null, i.notes])).toEqual([
      ['a/1', 2, 'applied', '2026-06-25T15:00:00.000Z', 'sent CV'],
      ['b/*', 2, 'saved', null, 'Status before the upgrade: thinking about it'],
      ['c/2', 2, 'saved', '2026-07-09T10:00:00.000Z', ''],
    ]);
    expect(items[0]).toMatchObject({
      history: [{ status: 'applied', at: '2026-06-01T10:00:00.000Z' }],
      deadline: { zone: 'Europe/Brussels', source: 'bundle', text: '2026-06-25T15:00:00Z' },
      ref: null,
      fitAtSave: null,
    });
    // Written back, not only read through: the raw records are version 2 now.
    const raw = await db.getAll('watchlist');
    expect(raw.map((r: { version?: number }) => r.version)).toEqual([2, 2, 2]);
  });

  it('keeps a record it cannot read rather than deleting it', async () => {
    const old = await openDB('vacancy-fit', 1, {
      upgrade: (db) => db.createObjectStore('watchlist', { keyPath: 'id' }),
    });
    await old.put('watchlist', { id: 'broken' });
    old.close();
    const db = await openWatchlist();
    expect(await listItems(db)).toEqual([]);
    expect(await db.get('watchlist', 'broken')).toEqual({ id: 'broken' });
  });
});

describe('watchlist store', () => {
  it('finds an item by call and position, and removes it', async () => {
    const db = await openWatchlist();
    await putItem(db, watchItem());
    expect((await findItem(db, 'eulex-kosovo-2-2026', 'ek-60092'))?.title).toBe('Justice Monitor');
    expect(await findItem(db, 'eulex-kosovo-2-2026', 'ek-60035')).toBeNull();
    await removeItem(db, watchItem().id);
    expect(await listItems(db)).toEqual([]);
  });

  it('re-saving keeps status, history, notes and a user-set deadline', async () => {
    const db = await openWatchlist();
    const now = new Date('2026-06-02T10:00:00Z');
    const isd = buildWatchItem(
      isdCall(),
      {
        callId: isdCall().id,
        positionId: 'programmes-lead',
        url: 'https://strongcitiesnetwork.org/x/',
        fitAtSave: null,
      },
      now,
    );
    await putItem(db, isd);
    const userDeadline = {
      instant: '2026-07-01T16:00:00.000Z',
      zone: 'Europe/London',
      text: '2026-07-01T17:00 (set by you)',
      source: 'user' as const,
    };
    await updateItem(db, isd.id, { status: 'preparing', notes: 'call Anna', deadline: userDeadline }, now);
    const again = await putItem(db, { ...isd, title: 'Programmes Lead (renamed)' });
    expect(again).toMatchObject({
      title: 'Programmes Lead (renamed)',
      status: 'preparing',
      notes: 'call Anna',
      deadline: userDeadline,
    });
    expect(again.history.map((h) => h.status)).toEqual(['saved', 'preparing']);
  });

  it('refuses an invalid patch and writes nothing', async () => {
    const db = await openWatchlist();
    await putItem(db, watchItem());
    await expect(
      updateItem(db, watchItem().id, { status: 'hired' as 'applied' }, new Date('2026-06-02T00:00:00Z')),
    ).rejects.toThrow(/Invalid change/);
    expect((await getItem(db, watchItem().id))?.status).toBe('saved');
  });

  it('imports all items or, when one is invalid, none', async () => {
    const db = await openWatchlist();
    const bad = { ...watchItem({ id: 'bad' }), history: [] };
    await expect(putItems(db, [watchItem({ id: 'ok' }), bad])).rejects.toThrow(/bad/);
    expect(await listItems(db)).toEqual([]);
    await putItems(db, [watchItem({ id: 'ok' }), watchItem({ id: 'ok2' })]);
    expect((await listItems(db)).map((i) => i.id)).toEqual(['ok', 'ok2']);
  });
});

describe('concurrent writes', () => {
  it('loses nothing when two contexts patch different fields of one item at once', async () => {
    const db = await openWatchlist();
    await putItem(db, watchItem());
    const other = await openWatchlist();
    const now = new Date('2026-06-02T10:00:00Z');
    await Promise.all([
      updateItem(db, watchItem().id, { status: 'preparing' }, now),
      updateItem(other, watchItem().id, { notes: 'ask for a reference' }, now),
      updateItem(db, watchItem().id, { fitNow: { eligibility: 'eligible', score: 80 } }, now),
    ]);
    const item = await getItem(db, watchItem().id);
    expect(item).toMatchObject({
      status: 'preparing',
      notes: 'ask for a reference',
      fitNow: { eligibility: 'eligible', score: 80 },
    });
    expect(item?.history.map((h) => h.status)).toEqual(['saved', 'preparing']);
  });

  it('loses nothing when two contexts save and patch different items at once', async () => {
    const popup = await openWatchlist();
    const background = await openWatchlist();
    const now = new Date('2026-06-02T10:00:00Z');
    const call = testCall();
    const a = buildWatchItem(
      call,
      { callId: call.id, positionId: 'ek-60092', url: 'https://www.eeas.europa.eu/a_en', fitAtSave: null },
      now,
    );
    const b = buildWatchItem(
      call,
      { callId: call.id, positionId: 'ek-60035', url: 'https://www.eeas.europa.eu/b_en', fitAtSave: null },
      now,
    );
    await putItem(popup, a);
    await Promise.all([
      updateItem(popup, a.id, { notes: 'draft letter' }, now),
      putItem(background, b),
      updateItem(background, a.id, { status: 'applied' }, now),
      ...Array.from({ length: 10 }, (_, i) =>
        putItem(i % 2 ? popup : background, watchItem({ id: `bulk/${i}` })),
      ),
    ]);
    const items = await listItems(popup);
    expect(items).toHaveLength(12);
    expect(items.find((i) => i.id === a.id)).toMatchObject({ notes: 'draft letter', status: 'applied' });
    expect(items.find((i) => i.id === b.id)?.title).toBe('Close Protection Operator');
  });
});
