import type { IDBPDatabase } from 'idb';
import { notifyStored } from '../storage/changes';
import { openDatabase, STORES } from '../storage/database';
import { migrateWatchItem, readWatchRecord, type UnreadableRecord } from './migrate';
import { type WatchItem, WatchItem as WatchItemSchema, watchItemId } from './schema';

const STORE = STORES.watchlist;

/** Opens the database that holds the watchlist; only extension pages and the background may call this. */
export function openWatchlist(onClosed?: () => void): Promise<IDBPDatabase> {
  return openDatabase(onClosed);
}

export interface Watchlist {
  items: WatchItem[];
  /** Records kept as they are because this build cannot read them; never deleted. */
  unreadable: UnreadableRecord[];
}

/** Every record read on its own: one that cannot be read is set aside, never takes the others down. */
export async function readWatchlist(db: IDBPDatabase): Promise<Watchlist> {
  const [raw, setAside] = await Promise.all([
    db.getAll(STORE) as Promise<unknown[]>,
    db.objectStoreNames.contains(STORES.unreadable)
      ? (db.getAll(STORES.unreadable) as Promise<UnreadableRecord[]>)
      : [],
  ]);
  const items: WatchItem[] = [];
  const unreadable: UnreadableRecord[] = [];
  for (const value of raw) {
    const read = readWatchRecord(value);
    if (read.ok) items.push(read.item);
    else unreadable.push(read.unreadable);
  }
  return { items, unreadable: [...unreadable, ...setAside] };
}

export async function listItems(db: IDBPDatabase): Promise<WatchItem[]> {
  return (await readWatchlist(db)).items;
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
  const tx = db.transaction([STORE, STORES.unreadable], 'readwrite');
  const store = tx.objectStore(STORE);
  const saved: WatchItem[] = [];
  for (const item of items) {
    const raw: unknown = await store.get(item.id);
    const existing = readWatchRecord(raw);
    // A record this build cannot read is set aside whole before its id is reused, never overwritten.
    if (raw !== undefined && !existing.ok) await tx.objectStore(STORES.unreadable).add(existing.unreadable);
    const merged = mergeSaved(existing.ok ? existing.item : null, item);
    await store.put(merged);
    saved.push(merged);
  }
  await tx.done;
  notifyStored(['watchlist']);
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
  notifyStored(['watchlist']);
  return next;
}

/** Removes a readable item; a record this build cannot read is set aside, not deleted. */
export async function removeItem(db: IDBPDatabase, id: string): Promise<void> {
  const tx = db.transaction([STORE, STORES.unreadable], 'readwrite');
  const raw: unknown = await tx.objectStore(STORE).get(id);
  const read = readWatchRecord(raw);
  if (raw !== undefined && !read.ok) await tx.objectStore(STORES.unreadable).add(read.unreadable);
  await tx.objectStore(STORE).delete(id);
  await tx.done;
  notifyStored(['watchlist']);
}
