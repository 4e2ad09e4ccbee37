import { type IDBPDatabase, openDB } from 'idb';
import { migrateWatchItem } from './migrate';
import { type WatchItem, WatchItem as WatchItemSchema, watchItemId } from './schema';

const DB_NAME = 'vacancy-fit';
/** Version 1 held version-1 records; version 2 migrates them in place. */
const DB_VERSION = 2;
const STORE = 'watchlist';

/** Opens the watchlist database; only extension pages and the background may call this. */
export function openWatchlist(): Promise<IDBPDatabase> {
  return openDB(DB_NAME, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) db.createObjectStore(STORE, { keyPath: 'id' });
      if (oldVersion < 2) {
        const store = tx.objectStore(STORE);
        for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
          const item = migrateWatchItem(cursor.value);
          // Records that cannot be read are kept as they are, never deleted.
          if (item) await cursor.update(item);
        }
      }
    },
  });
}

export async function listItems(db: IDBPDatabase): Promise<WatchItem[]> {
  const raw: unknown[] = await db.getAll(STORE);
  return raw.map(migrateWatchItem).filter((item): item is WatchItem => item !== null);
}

export async function getItem(db: IDBPDatabase, id: string): Promise<WatchItem | null> {
  return migrateWatchItem(await db.get(STORE, id));
}

export async function findItem(
  db: IDBPDatabase,
  callId: string,
  positionId: string | null,
): Promise<WatchItem | null> {
  return getItem(db, watchItemId(callId, positionId));
}

/**
 * What re-saving an item keeps: its status, history, notes and fit at save time, and a deadline
 * the user set unless a published one has appeared since.
 */
export function mergeSaved(existing: WatchItem | null, item: WatchItem): WatchItem {
  if (!existing) return item;
  return {
    ...item,
    status: existing.status,
    history: existing.history,
    notes: existing.notes,
    savedAt: existing.savedAt,
    fitAtSave: existing.fitAtSave,
    deadline:
      existing.deadline?.source === 'user' && item.deadlineNote !== null
        ? existing.deadline
        : (item.deadline ?? existing.deadline),
  };
}

export async function putItem(db: IDBPDatabase, item: WatchItem): Promise<WatchItem> {
  const [saved] = await putItems(db, [item]);
  return saved ?? item;
}

/** Saves several items in one transaction: all of them or, on any failure, none. */
export async function putItems(db: IDBPDatabase, items: readonly WatchItem[]): Promise<WatchItem[]> {
  for (const item of items) {
    const parsed = WatchItemSchema.safeParse(item);
    if (!parsed.success) throw new Error(`Invalid watchlist item ${item.id}: ${parsed.error.message}`);
  }
  const tx = db.transaction(STORE, 'readwrite');
  const saved: WatchItem[] = [];
  for (const item of items) {
    const merged = mergeSaved(migrateWatchItem(await tx.store.get(item.id)), item);
    await tx.store.put(merged);
    saved.push(merged);
  }
  await tx.done;
  return saved;
}

export type WatchPatch = Partial<Pick<WatchItem, 'status' | 'notes' | 'deadline' | 'fitNow'>>;

/** Read-modify-write inside one transaction, so concurrent patches to other fields are never lost. */
export async function updateItem(
  db: IDBPDatabase,
  id: string,
  patch: WatchPatch,
  now: Date,
): Promise<WatchItem | null> {
  const tx = db.transaction(STORE, 'readwrite');
  const item = migrateWatchItem(await tx.store.get(id));
  if (!item) {
    await tx.done;
    return null;
  }
  const merged: WatchItem = { ...item, ...patch };
  if (patch.status && patch.status !== item.status) {
    merged.history = [...item.history, { status: patch.status, at: now.toISOString() }];
  }
  // A patch comes from another context by message: validate before anything is written.
  const parsed = WatchItemSchema.safeParse(merged);
  if (!parsed.success) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error(`Invalid change to ${id}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  const next = parsed.data;
  await tx.store.put(next);
  await tx.done;
  return next;
}

export async function removeItem(db: IDBPDatabase, id: string): Promise<void> {
  await db.delete(STORE, id);
}
