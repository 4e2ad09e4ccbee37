import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { ProtocolMap } from '@/utils/messages';
import { messaging } from '@/utils/messaging/send';
import type { MessageSenderLike } from '@/utils/messaging/senders';
import { listItems, openWatchlist, putItem } from '@/utils/watchlist/store';
import { EULEX_URL, watchItem } from '../reminders/fixtures';
import { MESSAGE_TYPES, SENDERS, VALID } from './senders';

// The real messaging module and its guard; only the bundled data is ours.
vi.mock('@/utils/bundle-data', async () => {
  const fixtures = await import('../reminders/fixtures');
  return {
    loadCall: async (id: string) => (id === 'eulex-kosovo-2-2026' ? fixtures.testCall() : null),
    loadLookupIndex: async () => ({ schemaVersion: 1, calls: [] }),
  };
});

type RootListener = (message: unknown, sender: MessageSenderLike, respond: (r: unknown) => void) => boolean;
let listener: RootListener;

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  // @webext-core/messaging talks to chrome.runtime: give it the fake browser and keep its listener.
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  messaging.removeAllListeners();
  const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  background.main();
  listener = addListener.mock.calls[0]![0] as unknown as RootListener;
  await putItem(await openWatchlist(), watchItem());
  await fakeBrowser.storage.local.set({
    answers: { 'ek-60092/e1': { value: 'met', at: '2026-06-01T10:00:00.000Z' } },
  });
});

/** Delivers a message the way the browser does, with the sender it reports. */
function deliver<K extends keyof ProtocolMap>(
  sender: MessageSenderLike,
  type: K,
  data: unknown,
): Promise<{ res?: unknown; err?: { message: string } }> {
  return new Promise((resolve) => {
    listener({ id: 1, type, data, timestamp: Date.now() }, sender, resolve as (r: unknown) => void);
  });
}

describe('the background, sent every privileged message by a content script', () => {
  it('refuses each one with its reason, and nothing stored changes', async () => {
    const privileged = MESSAGE_TYPES.filter((type) => type !== 'vacancyDetected');
    for (const type of privileged) {
      const { res, err } = await deliver(SENDERS.contentScript, type, VALID[type]);
      expect(res, type).toBeUndefined();
      expect(err?.message, type).toMatch(
        new RegExp(`^Vacancy Fit refused "${type}" from a content script: only `),
      );
    }
    // The item is neither withdrawn nor removed, no answer was written or cleared, nothing imported.
    expect(await listItems(await openWatchlist())).toEqual([watchItem()]);
    expect(await fakeBrowser.storage.local.get('answers')).toEqual({
      answers: { 'ek-60092/e1': { value: 'met', at: '2026-06-01T10:00:00.000Z' } },
    });
  });

  it('a patch with fields outside the whitelist is refused even from the popup, and changes nothing', async () => {
    const { err } = await deliver(SENDERS.popup, 'watchlist.update', {
      id: 'eulex-kosovo-2-2026/ek-60092',
      patch: { status: 'withdrawn', fitNow: { eligibility: 'eligible', score: 100 } },
    });
    expect(err?.message).toBe('Vacancy Fit refused "watchlist.update": patch: Unrecognized key: "fitNow".');
    expect(await listItems(await openWatchlist())).toEqual([watchItem()]);
  });

  it('the popup may change the status (the same message, from an extension page)', async () => {
    const { res } = await deliver(SENDERS.popup, 'watchlist.update', {
      id: 'eulex-kosovo-2-2026/ek-60092',
      patch: { status: 'applied' },
    });
    expect(res).toMatchObject({ status: 'applied' });
  });
});

describe('the sidebar frame gets the view of its own tab', () => {
  it('from the detection its tab reported, at the URL the browser gave for the content script', async () => {
    const detected = await deliver(SENDERS.contentScript, 'vacancyDetected', {
      match: {
        site: 'eeas',
        title: 'EUBAM Libya 3-2024 Call for Contributions',
        text: 'Deadline: 12 September',
      },
    });
    expect(detected).toEqual({ res: undefined });
    const { res } = await deliver(SENDERS.sidebar, 'sidebarView', undefined);
    expect(res).toMatchObject({
      status: 'not-in-bundle',
      title: 'EUBAM Libya 3-2024 Call for Contributions',
    });
    expect(await fakeBrowser.storage.session.get('tabVacancy:4')).toEqual({
      'tabVacancy:4': {
        url: EULEX_URL,
        match: {
          site: 'eeas',
          title: 'EUBAM Libya 3-2024 Call for Contributions',
          text: 'Deadline: 12 September',
        },
      },
    });
  });

  it("a frame in a tab where nothing was detected gets an error, not another tab's view", async () => {
    await deliver(SENDERS.contentScript, 'vacancyDetected', VALID.vacancyDetected);
    const { err } = await deliver({ ...SENDERS.sidebar, tab: { id: 5 } }, 'sidebarView', undefined);
    expect(err?.message).toBe('No vacancy was detected in this tab. Reload the page to try again.');
  });
});
