import { type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import { migrateWatchItem } from '../watchlist/migrate';

/**
 * The extension's one IndexedDB database, in the extension's origin: content scripts run in the
 * page's origin and cannot open it. It holds the watchlist, the profile and the answers.
 */
export const DB_NAME = 'vacancy-fit';
/**
 * 1: the watchlist (version-1 records). 2: those records upgraded in place. 3: `unreadable` (raw
 * records a write would otherwise have replaced), `profile` (the profile and its backup),
 * `answers` (one entry per answer, so two writes never touch the same entry) and `meta`.
 */
export const DB_VERSION = 3;

export const STORES = {
  watchlist: 'watchlist',
  unreadable: 'unreadable',
  profile: 'profile',
  answers: 'answers',
  meta: 'meta',
} as const;

type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

async function upgradeRecordsInPlace(tx: UpgradeTx): Promise<void> {
  const store = tx.objectStore(STORES.watchlist);
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const item = migrateWatchItem(cursor.value);
    // A record that cannot be upgraded stays exactly as it was, to be read or exported later.
    if (item) await cursor.update(item);
  }
}

/** Opens the database; only extension pages and the background can. `onClosed`: a cached connection is gone. */
export async function openDatabase(onClosed?: () => void): Promise<IDBPDatabase> {
  try {
    const db = await openDB(DB_NAME, DB_VERSION, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) db.createObjectStore(STORES.watchlist, { keyPath: 'id' });
        if (oldVersion < 3) {
          db.createObjectStore(STORES.unreadable, { autoIncrement: true });
          db.createObjectStore(STORES.profile);
          db.createObjectStore(STORES.answers);
          db.createObjectStore(STORES.meta);
        }
        if (oldVersion < 2) await upgradeRecordsInPlace(tx as unknown as UpgradeTx);
      },
      // Another context opens a newer version (an update): let it, this connection reopens on demand.
      blocking(_current, _next, event) {
        (event.target as IDBDatabase).close();
        onClosed?.();
      },
      terminated: () => onClosed?.(),
    });
    return db;
  } catch (error) {
    // A database left by a newer build (downgrade): open it as it is rather than not at all.
    if (error instanceof DOMException && error.name === 'VersionError') return openDB(DB_NAME);
    throw error;
  }
}
