import type { IDBPDatabase } from 'idb';
import { STORES } from './database';

/** Where earlier builds kept the profile and the answers: storage.local, which content scripts can read. */
const LEGACY_KEYS = ['profile', 'profileBackup', 'answers'] as const;
/** WXT's metadata keys for those items. */
const LEGACY_META_KEYS = ['profile$', 'profileBackup$', 'answers$'];

/** A legacy value that met a different one already in the database: kept, never dropped. */
export interface SetAside {
  key: string;
  raw: unknown;
  at: string;
}
export const SET_ASIDE_KEY = 'setAside';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Moves the profile, its backup and the answers from storage.local into the database, then
 * removes them from storage.local. Safe to run twice or in two contexts at once: a value already
 * in the database is kept, and a different legacy value next to it is set aside, not dropped.
 */
export async function migrateLegacyStorage(db: IDBPDatabase, now = new Date()): Promise<boolean> {
  const legacy: Record<string, unknown> = await browser.storage.local.get([...LEGACY_KEYS]);
  if (LEGACY_KEYS.every((key) => legacy[key] === undefined)) return false;
  const tx = db.transaction([STORES.profile, STORES.answers, STORES.meta], 'readwrite');
  const profiles = tx.objectStore(STORES.profile);
  const answers = tx.objectStore(STORES.answers);
  const setAside: SetAside[] = [];
  const place = async (
    store: { get(key: string): Promise<unknown>; put(value: unknown, key: string): Promise<unknown> },
    key: string,
    raw: unknown,
    label: string,
  ) => {
    const existing: unknown = await store.get(key);
    if (existing === undefined) await store.put(raw, key);
    else if (!same(existing, raw)) setAside.push({ key: label, raw, at: now.toISOString() });
  };
  if (legacy.profile !== undefined && legacy.profile !== null)
    await place(profiles, 'profile', legacy.profile, 'profile');
  if (legacy.profileBackup !== undefined && legacy.profileBackup !== null)
    await place(profiles, 'profileBackup', legacy.profileBackup, 'profileBackup');
  const raw = legacy.answers;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    for (const [id, value] of Object.entries(raw)) await place(answers, id, value, `answers.${id}`);
  } else if (raw !== undefined && raw !== null) {
    // Not a map of answers (e.g. a list): nothing to place, so all of it is kept aside.
    setAside.push({ key: 'answers', raw, at: now.toISOString() });
  }
  if (setAside.length) {
    const meta = tx.objectStore(STORES.meta);
    const before = ((await meta.get(SET_ASIDE_KEY)) as SetAside[] | undefined) ?? [];
    await meta.put([...before, ...setAside], SET_ASIDE_KEY);
  }
  await tx.done;
  // Only once the database holds everything.
  await browser.storage.local.remove([...LEGACY_KEYS, ...LEGACY_META_KEYS]);
  return true;
}
