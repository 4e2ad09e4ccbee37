import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_REMINDER_SETTINGS, readReminderSettings } from '@/utils/settings';
import { readAnswers } from '@/utils/storage/answers';
import { openDatabase } from '@/utils/storage/database';
import { readProfile, readProfileBackup } from '@/utils/storage/profile';
import { listItems, openWatchlist, putItem } from '@/utils/watchlist/store';
import { watchItem } from '../reminders/fixtures';

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});

const ANSWER = { value: 'met', note: 'Five years at the Ministry', at: '2026-06-01T10:00:00.000Z' };

describe('corrupt stored records are read as far as they go, and nothing is deleted', () => {
  /** Writes raw values where the extension keeps them: its IndexedDB database. */
  async function seed(store: 'profile' | 'answers', entries: Record<string, unknown>): Promise<void> {
    const db = await openDatabase();
    for (const [key, value] of Object.entries(entries)) await db.put(store, value, key);
    db.close();
  }
  async function stored(store: 'profile' | 'answers', key: string): Promise<unknown> {
    const db = await openDatabase();
    const value: unknown = await db.get(store, key);
    db.close();
    return value;
  }

  it('a stored profile that is a string: no profile, the original kept as a backup', async () => {
    await seed('profile', { profile: 'not a profile' });
    expect(await readProfile()).toEqual({
      profile: null,
      dropped: [{ path: '', message: 'the stored profile is not an object; nothing could be kept' }],
    });
    expect((await readProfileBackup())?.raw).toBe('not a profile');
    expect(await stored('profile', 'profile')).toBe('not a profile');
  });

  it('a half-valid profile keeps its valid fields and backs up the whole original', async () => {
    const raw = { version: 1, name: 'Anna Becker', citizenships: ['DE'], languages: 'English C1' };
    await seed('profile', { profile: raw });
    const { profile, dropped } = await readProfile();
    expect(profile).toMatchObject({ name: 'Anna Becker', citizenships: ['DE'], languages: [] });
    expect(dropped.map((d) => d.path)).toEqual(['languages']);
    expect((await readProfileBackup())?.raw).toEqual(raw);
    expect(await stored('profile', 'profile')).toEqual(raw);
  });

  it('answers with one broken entry keep every other answer, and the broken ones stay stored', async () => {
    await seed('answers', { 'a:1': ANSWER, 'a:2': { value: 'maybe' }, 'a:3': null });
    expect(await readAnswers()).toEqual({ 'a:1': ANSWER });
    expect(await stored('answers', 'a:2')).toEqual({ value: 'maybe' });
  });

  it('reminder settings with a bad field fall back for that field only', async () => {
    await fakeBrowser.storage.local.set({
      reminderSettings: { offsets: [1440, -5, 'x', 60], digest: { enabled: 'yes', hour: 7 } },
    });
    expect(await readReminderSettings()).toEqual({
      offsets: [1440, 60],
      digest: { enabled: DEFAULT_REMINDER_SETTINGS.digest.enabled, hour: 7 },
    });
  });

  it('a watchlist record of the wrong shape is left out of the list but stays in the database', async () => {
    const db = await openWatchlist();
    await putItem(db, watchItem());
    await db.put('watchlist', { id: 'broken', title: 42 });
    expect((await listItems(db)).map((item) => item.id)).toEqual(['eulex-kosovo-2-2026/ek-60092']);
    expect(await db.get('watchlist', 'broken')).toEqual({ id: 'broken', title: 42 });
  });
});
