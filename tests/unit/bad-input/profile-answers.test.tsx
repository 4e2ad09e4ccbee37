import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RequirementItem } from '@/components/sidebar/RequirementItem';
import background from '@/entrypoints/background';
import { readAnswers, setAnswer } from '@/utils/storage/answers';
import { watchStored } from '@/utils/storage/changes';
import { openDatabase } from '@/utils/storage/database';
import { readProfile, readProfileBackup, writeProfile } from '@/utils/storage/profile';
import type { RequirementLine, RequirementVerdictLine } from '@/utils/vacancy-view';
import { handlers, send } from '../background/harness';

vi.mock('@/utils/messages', async () => {
  const { handlers } = await import('../background/harness');
  return {
    onMessage: (type: string, handler: (message: { data: unknown }) => unknown) => {
      handlers.set(type, handler);
      return () => handlers.delete(type);
    },
    sendMessage: vi.fn(),
  };
});

beforeEach(() => {
  fakeBrowser.reset();
  handlers.clear();
  globalThis.indexedDB = new IDBFactory();
});

const ANSWER = { value: 'met', note: 'Five years at the Ministry', at: '2026-06-01T10:00:00.000Z' } as const;
const PROFILE = { version: 1, name: 'Anna Becker', citizenships: ['DE'] };

async function dump(store: 'profile' | 'answers' | 'meta'): Promise<Record<string, unknown>> {
  const db = await openDatabase();
  const tx = db.transaction(store);
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  db.close();
  return Object.fromEntries(keys.map((key, i) => [String(key), values[i]]));
}

describe('moving the profile and the answers out of storage.local (content scripts can read it)', () => {
  it('moves the old raw shapes into IndexedDB, broken entries included, and removes them', async () => {
    const backup = { at: '2026-05-01T09:00:00.000Z', raw: { version: 1, languages: 'English C1' } };
    await fakeBrowser.storage.local.set({
      profile: PROFILE,
      profile$: { v: 1 },
      profileBackup: backup,
      answers: { 'a:1': ANSWER, 'a:2': { value: 'maybe' } },
      answers$: { v: 1 },
      reminderSettings: { offsets: [60], digest: { enabled: false, hour: 8 } },
    });
    expect((await readProfile()).profile).toMatchObject({ name: 'Anna Becker', citizenships: ['DE'] });
    expect(await dump('profile')).toEqual({ profile: PROFILE, profileBackup: backup });
    expect(await dump('answers')).toEqual({ 'a:1': ANSWER, 'a:2': { value: 'maybe' } });
    expect(await readAnswers()).toEqual({ 'a:1': ANSWER });
    // Nothing profile-derived is left where a content script could read it.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      reminderSettings: { offsets: [60], digest: { enabled: false, hour: 8 } },
    });
  });

  it('a legacy value that differs from one already moved is set aside, not dropped', async () => {
    await writeProfile({ ...(await import('@/utils/profile/schema')).emptyProfile(), name: 'New' });
    await setAnswer('a:1', ANSWER);
    await fakeBrowser.storage.local.set({
      profile: PROFILE,
      answers: { 'a:1': { ...ANSWER, value: 'not-met' }, 'a:9': ANSWER },
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-02T08:00:00Z'));
    expect((await readProfile()).profile?.name).toBe('New');
    vi.useRealTimers();
    expect(await readAnswers()).toEqual({ 'a:1': ANSWER, 'a:9': ANSWER });
    expect(await dump('meta')).toEqual({
      setAside: [
        { key: 'profile', raw: PROFILE, at: '2026-06-02T08:00:00.000Z' },
        { key: 'answers.a:1', raw: { ...ANSWER, value: 'not-met' }, at: '2026-06-02T08:00:00.000Z' },
      ],
    });
    expect(await fakeBrowser.storage.local.get(['profile', 'answers'])).toEqual({});
  });

  it('answers stored as a list are kept aside whole', async () => {
    await fakeBrowser.storage.local.set({ answers: [ANSWER] });
    expect(await readAnswers()).toEqual({});
    expect((await dump('meta')).setAside).toEqual([
      { key: 'answers', raw: [ANSWER], at: expect.any(String) },
    ]);
  });

  it('runs on install/update in the background', async () => {
    await fakeBrowser.storage.local.set({ profile: PROFILE, answers: { 'a:1': ANSWER } });
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.9',
      temporary: false,
    });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.local.get(['profile', 'answers'])).toEqual({}),
    );
    expect(await dump('profile')).toEqual({ profile: PROFILE });
    expect(await dump('answers')).toEqual({ 'a:1': ANSWER });
  });

  it('later writes go to IndexedDB; storage.local, which content scripts can read, learns nothing', async () => {
    await writeProfile({ ...(await import('@/utils/profile/schema')).emptyProfile(), name: 'Anna' });
    await setAnswer('a:1', ANSWER);
    const local = await fakeBrowser.storage.local.get(null);
    expect(local).toEqual({});
  });
});

describe('answers', () => {
  it('20 answers sent to the background at once: all 20 kept', async () => {
    background.main();
    const keys = Array.from({ length: 20 }, (_, i) => `call/${i}`);
    await Promise.all(keys.map((requirementId) => send('setAnswer', { requirementId, answer: ANSWER })));
    const answers = await readAnswers();
    expect(Object.keys(answers).sort()).toEqual([...keys].sort());
    expect(Object.values(answers).every((a) => a.note === ANSWER.note)).toBe(true);
  });

  it('set and cleared at once, in order: the last one wins for each key, others untouched', async () => {
    background.main();
    await Promise.all([
      send('setAnswer', { requirementId: 'x', answer: ANSWER }),
      send('setAnswer', { requirementId: 'y', answer: ANSWER }),
      send('setAnswer', { requirementId: 'x', answer: null }),
    ]);
    expect(await readAnswers()).toEqual({ y: ANSWER });
  });

  it('a 2,001-character note is refused with a message and nothing changes; 2,000 is kept', async () => {
    await setAnswer('a:1', ANSWER);
    await expect(setAnswer('a:1', { ...ANSWER, note: 'x'.repeat(2001) })).rejects.toThrow(
      'The note is 2,001 characters long; at most 2,000 can be saved. Nothing was changed.',
    );
    expect(await readAnswers()).toEqual({ 'a:1': ANSWER });
    await setAnswer('a:1', { ...ANSWER, note: 'y'.repeat(2000) });
    expect((await readAnswers())['a:1']?.note).toHaveLength(2000);
  });

  it('the evidence input stops at 2,000 characters and says so', () => {
    const root = document.createElement('div');
    const requirement = {
      id: 'r1',
      text: 'Security clearance',
      parentId: null,
    } as unknown as RequirementLine;
    const assessment = {
      decidedBy: 'answer',
      verdict: 'unknown',
      reason: '',
    } as unknown as RequirementVerdictLine;
    const props = { requirement, assessment, onAnswer: () => {}, onClearAnswer: () => {} };
    render(<RequirementItem {...props} />, root);
    const input = root.querySelector<HTMLInputElement>('input');
    expect(input?.maxLength).toBe(2000);
    expect(root.querySelector('[data-part="note-limit"]')).toBeNull();
    render(null, root);
    render(<RequirementItem {...props} answer={{ ...ANSWER, note: 'x'.repeat(2000) }} />, root);
    act(() => root.querySelector<HTMLButtonElement>('.vf-answer button')?.click());
    expect(root.querySelector('input')?.value).toHaveLength(2000);
    expect(root.querySelector('[data-part="note-limit"]')?.textContent).toBe('At most 2,000 characters.');
    render(null, root);
  });
});

describe('a corrupt profile in IndexedDB', () => {
  it('a list instead of a profile: no profile, the original kept in the backup and in place', async () => {
    const db = await openDatabase();
    await db.put('profile', [1, 2], 'profile');
    db.close();
    expect(await readProfile()).toEqual({
      profile: null,
      dropped: [{ path: '', message: 'the stored profile is not an object; nothing could be kept' }],
    });
    expect((await readProfileBackup())?.raw).toEqual([1, 2]);
    expect((await dump('profile')).profile).toEqual([1, 2]);
  });

  it('writing an invalid profile is refused with its problem and the stored one stays', async () => {
    await writeProfile({ ...(await import('@/utils/profile/schema')).emptyProfile(), name: 'Anna' });
    const bad = { ...(await import('@/utils/profile/schema')).emptyProfile(), citizenships: [42] };
    await expect(writeProfile(bad as never)).rejects.toThrow(
      /^The profile was not saved: citizenships\[0\] /,
    );
    expect((await readProfile()).profile?.name).toBe('Anna');
  });
});

describe('watchStored', () => {
  it('is called after a write in this context and after a broadcast from another', async () => {
    const seen: string[][] = [];
    const stop = watchStored(['answers', 'profile'], (keys) => seen.push(keys));
    await setAnswer('a:1', ANSWER);
    const other = new BroadcastChannel('vacancy-fit:stored');
    other.postMessage(['profile', 'watchlist']);
    await vi.waitFor(() => expect(seen).toEqual([['answers'], ['profile']]));
    other.close();
    stop();
    await setAnswer('a:2', ANSWER);
    expect(seen).toHaveLength(2);
  });
});
