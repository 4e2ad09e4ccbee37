import { type IDBPDatabase, openDB } from 'idb';
import { migrateWatchItem } from './migrate';
import type { WatchItem } from './schema';

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

/** Saves an item; an existing one keeps its status, history and notes. */
export async function putItem(db: IDBPDatabase, item: WatchItem): Promise<WatchItem> {
  const tx = db.transaction(STORE, 'readwrite');
  const existing = migrateWatchItem(await tx.store.get(item.id));
  const merged = existing
    ? {
        ...item,
        status: existing.status,
        history: existing.history,
        notes: existing.notes,
        savedAt: existing.savedAt,
        fitAtSave: existing.fitAtSave,
        deadline: item.deadline ?? existing.deadline,
      }
    : item;
  await tx.store.put(merged);
  await tx.done;
  return merged;
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
  const next: WatchItem = { ...item, ...patch };
  if (patch.status && patch.status !== item.status) {
    next.history = [...item.history, { status: patch.status, at: now.toISOString() }];
  }
  await tx.store.put(next);
  await tx.done;
  return next;
}

export async function removeItem(db: IDBPDatabase, id: string): Promise<void> {
  await db.delete(STORE, id);
}
