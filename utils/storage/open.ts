import type { IDBPDatabase } from 'idb';
import { openDatabase } from './database';
import { migrateLegacyStorage } from './legacy';

/**
 * Runs `use` on a connection that is closed afterwards (the profile and answers are read rarely
 * and cached by the background), after moving anything earlier builds left in storage.local.
 */
export async function withStorage<T>(use: (db: IDBPDatabase) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  try {
    await migrateLegacyStorage(db);
    return await use(db);
  } finally {
    db.close();
  }
}
