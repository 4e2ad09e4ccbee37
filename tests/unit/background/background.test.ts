import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { Call } from '@/utils/schema/call';
import { reminderSettingsItem } from '@/utils/settings';
import { openWatchlist, putItem } from '@/utils/watchlist/store';
import { cilcCall, dstCall, EULEX_URL, isdCall, testCall, watchItem } from '../reminders/fixtures';
import { useProcessTimeZone, ZONES } from '../reminders/zones';
import { alarms, handlers, send, sendFrom } from './harness';

vi.mock('@/utils/messages', async () => {
  const { handlers } = await import('./harness');
  return {
    onMessage: (type: string, handler: (message: { data: unknown }) => unknown) => {
      handlers.set(type, handler);
      return () => handlers.delete(type);
    },
    sendMessage: vi.fn(),
  };
});

// Our own calls, not the generated data files.
vi.mock('@/utils/bundle-data', async () => {
  const fixtures = await import('../reminders/fixtures');
  const calls: Call[] = [fixtures.testCall(), fixtures.dstCall(), fixtures.isdCall(), fixtures.cilcCall()];
  return {
    loadCall: async (id: string) => structuredClone(calls.find((call) => call.id === id) ?? null),
    loadLookupIndex: async () => ({ schemaVersion: 1, calls: [] }),
  };
});

const ID = 'eulex-kosovo-2-2026/ek-60092';
/** The content script and the sidebar frame of one tab showing an EUBAM Libya call page. */
const LIBYA_PAGE = {
  kind: 'content-script',
  tabId: 7,
  url: 'https://www.eeas.europa.eu/eubam-libya/x_en',
} as const;
const LIBYA_FRAME = { kind: 'sidebar', tabId: 7 } as const;
const SAVE = { callId: 'eulex-kosovo-2-2026', positionId: 'ek-60092', url: EULEX_URL, fitAtSave: null };

beforeEach(() => {
  fakeBrowser.reset();
  handlers.clear();
  globalThis.indexedDB = new IDBFactory();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-01T10:00:00Z'));
  background.main();
});

describe.each(ZONES)('background with the process time zone set to %s', (zone) => {
  useProcessTimeZone(zone);

  it('saving a post schedules exactly its four reminders, at the same instants in every zone', async () => {
    const item = await send('watchlist.save', {
      ...SAVE,
      fitAtSave: { eligibility: 'eligible-if', score: 64 },
    });
    expect(item).toMatchObject({ id: ID, title: 'Justice Monitor', ref: 'EK 60092', status: 'saved' });
    expect(await alarms()).toEqual([
      [`reminder|10080|${ID}`, '2026-06-18T15:00:00.000Z'],
      [`reminder|2880|${ID}`, '2026-06-23T15:00:00.000Z'],
      [`reminder|1440|${ID}`, '2026-06-24T15:00:00.000Z'],
      [`reminder|180|${ID}`, '2026-06-25T12:00:00.000Z'],
    ]);
  });

  it('counts exact UTC durations across the DST change of 29 March 2026', async () => {
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
    await send('watchlist.save', {
      callId: dstCall().id,
      positionId: 'lib-001',
      url: EULEX_URL,
      fitAtSave: null,
    });
    const id = 'eubam-libya-1-2026/lib-001';
    expect(await alarms()).toEqual([
      [`reminder|10080|${id}`, '2026-03-23T07:00:00.000Z'], // before the switch: 08:00 CET
      [`reminder|2880|${id}`, '2026-03-28T07:00:00.000Z'], // before the switch: 08:00 CET
      [`reminder|1440|${id}`, '2026-03-29T07:00:00.000Z'], // after the switch: 09:00 CEST
      [`reminder|180|${id}`, '2026-03-30T04:00:00.000Z'],
    ]);
  });

  it('a start after a reminder fell due shows one catch-up for the latest, never twice', async () => {
    await send('watchlist.save', SAVE);
    await send('watchlist.save', { ...SAVE, positionId: 'ek-60035' });
    await send('watchlist.update', { id: 'eulex-kosovo-2-2026/ek-60035', patch: { status: 'withdrawn' } });
    vi.setSystemTime(new Date('2026-06-23T16:00:00Z')); // closed across the 7-day and 2-day reminders
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () =>
      expect(await fakeBrowser.notifications.getAll()).toEqual({
        [`reminder|2880|${ID}`]: {
          type: 'basic',
          iconUrl: fakeBrowser.runtime.getURL('/icon/128.png'),
          title: 'Justice Monitor (EK 60092)',
          message:
            'Missed reminder: EULEX Kosovo 2-2026 Call for Contributions closes in 1 day 23 h, Thu 25 Jun 2026, 17:00 Brussels time',
        },
      }),
    );
    await fakeBrowser.notifications.clear(`reminder|2880|${ID}`);
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    vi.setSystemTime(new Date('2026-06-26T08:00:00Z')); // the deadline passed meanwhile
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('plans the daily digest at the chosen local hour', async () => {
    await reminderSettingsItem.setValue({ offsets: [180], digest: { enabled: true, hour: 8 } });
    await vi.waitFor(async () => expect((await alarms()).map(([name]) => name)).toContain('digest'));
    const digest = await fakeBrowser.alarms.get('digest');
    const at = new Date(digest?.scheduledTime ?? 0);
    expect([at.getHours(), at.getMinutes()]).toEqual([8, 0]);
    expect(digest?.periodInMinutes).toBeUndefined();
  });
});

describe('background: reminders', () => {
  it('firing an alarm shows the expected notification; clicking it opens the vacancy', async () => {
    await send('watchlist.save', SAVE);
    vi.setSystemTime(new Date('2026-06-23T15:00:00Z'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: `reminder|2880|${ID}`, scheduledTime: Date.now() });
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1),
    );
    expect(await fakeBrowser.notifications.getAll()).toEqual({
      [`reminder|2880|${ID}`]: {
        type: 'basic',
        iconUrl: fakeBrowser.runtime.getURL('/icon/128.png'),
        title: 'Justice Monitor (EK 60092)',
        message:
          'EULEX Kosovo 2-2026 Call for Contributions closes in 2 days, Thu 25 Jun 2026, 17:00 Brussels time',
      },
    });

    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(`reminder|2880|${ID}`);
    await vi.waitFor(() => expect(opened).toHaveBeenCalledWith({ url: EULEX_URL }));
    await vi.waitFor(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({}));
  });

  it('shows nothing for an alarm of an item applied for or removed since', async () => {
    await send('watchlist.save', SAVE);
    await send('watchlist.update', { id: ID, patch: { status: 'applied' } });
    await fakeBrowser.alarms.onAlarm.trigger({ name: `reminder|2880|${ID}`, scheduledTime: Date.now() });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'reminder|180|gone/1', scheduledTime: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('marking an item applied, withdrawn or removing it clears its reminders', async () => {
    await send('watchlist.save', SAVE);
    await send('watchlist.save', { ...SAVE, positionId: 'ek-60035' });
    expect(await alarms()).toHaveLength(8);
    await send('watchlist.update', { id: ID, patch: { status: 'applied' } });
    expect((await alarms()).map(([name]) => name.split('|')[2])).toEqual(
      Array(4).fill('eulex-kosovo-2-2026/ek-60035'),
    );
    await send('watchlist.remove', { id: 'eulex-kosovo-2-2026/ek-60035' });
    expect(await alarms()).toEqual([]);
  });

  it('plans only the reminders still in the future', async () => {
    vi.setSystemTime(new Date('2026-06-24T16:00:00Z'));
    await send('watchlist.save', SAVE);
    expect(await alarms()).toEqual([[`reminder|180|${ID}`, '2026-06-25T12:00:00.000Z']]);
  });

  it('a browser restart re-creates missing alarms and clears stale ones', async () => {
    // What the previous session left: one of four reminders, one for a removed item, one moved.
    await putItem(await openWatchlist(), watchItem());
    await fakeBrowser.alarms.create(`reminder|180|${ID}`, { when: Date.parse('2026-06-25T12:00:00Z') });
    await fakeBrowser.alarms.create(`reminder|1440|${ID}`, { when: Date.parse('2026-06-20T00:00:00Z') });
    await fakeBrowser.alarms.create('reminder|180|removed/item', {
      when: Date.parse('2026-06-20T00:00:00Z'),
    });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () =>
      expect(await alarms()).toEqual([
        [`reminder|10080|${ID}`, '2026-06-18T15:00:00.000Z'],
        [`reminder|2880|${ID}`, '2026-06-23T15:00:00.000Z'],
        [`reminder|1440|${ID}`, '2026-06-24T15:00:00.000Z'],
        [`reminder|180|${ID}`, '2026-06-25T12:00:00.000Z'],
      ]),
    );
  });

  it('install/update adopts the old loose settings keys and re-plans with them', async () => {
    await putItem(await openWatchlist(), watchItem());
    await fakeBrowser.storage.local.set({ reminderOffsets: [60], digestHour: 9 });
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.9',
      temporary: false,
    });
    await vi.waitFor(async () =>
      expect((await alarms()).map(([name]) => name)).toEqual(['digest', `reminder|60|${ID}`]),
    );
    expect(await reminderSettingsItem.getValue()).toEqual({
      offsets: [60],
      digest: { enabled: true, hour: 9 },
    });
  });

  it('changing the offsets in the settings re-plans every reminder', async () => {
    await send('watchlist.save', SAVE);
    await reminderSettingsItem.setValue({ offsets: [14 * 24 * 60], digest: { enabled: false, hour: 8 } });
    await vi.waitFor(async () =>
      expect(await alarms()).toEqual([[`reminder|20160|${ID}`, '2026-06-11T15:00:00.000Z']]),
    );
  });

  it('the digest notification lists items closing within a week and opens the watchlist', async () => {
    await send('watchlist.save', SAVE);
    await reminderSettingsItem.setValue({ offsets: [], digest: { enabled: true, hour: 8 } });
    vi.setSystemTime(new Date('2026-06-20T06:00:00Z'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'digest', scheduledTime: Date.now() });
    await vi.waitFor(async () =>
      expect((await fakeBrowser.notifications.getAll()).digest).toMatchObject({
        title: '1 saved post closes within a week',
        message: 'Justice Monitor (EK 60092): closes in 5 days 9 h',
      }),
    );
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('digest');
    await vi.waitFor(() =>
      expect(opened).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html') }),
    );
  });
});

describe('background: messages', () => {
  it('answers getCall from the bundle, null for an unknown call', async () => {
    expect((await send('getCall', { callId: 'eulex-kosovo-2-2026' }))?.title).toBe(testCall().title);
    expect(await send('getCall', { callId: 'nope' })).toBeNull();
  });

  it('saves, gets by call and position, lists, updates and removes', async () => {
    expect(await send('watchlist.get', { callId: SAVE.callId, positionId: SAVE.positionId })).toBeNull();
    await send('watchlist.save', SAVE);
    expect((await send('watchlist.get', { callId: SAVE.callId, positionId: SAVE.positionId }))?.id).toBe(ID);
    vi.setSystemTime(new Date('2026-06-03T08:00:00Z'));
    const updated = await send('watchlist.update', {
      id: ID,
      patch: { status: 'preparing', notes: 'CV ready' },
    });
    expect(updated?.history).toEqual([
      { status: 'saved', at: '2026-06-01T10:00:00.000Z' },
      { status: 'preparing', at: '2026-06-03T08:00:00.000Z' },
    ]);
    expect((await send('watchlist.list')).map((i) => [i.id, i.status, i.notes])).toEqual([
      [ID, 'preparing', 'CV ready'],
    ]);
    await send('watchlist.remove', { id: ID });
    expect(await send('watchlist.list')).toEqual([]);
  });

  it('saves a post without a published deadline, and schedules once the user sets one', async () => {
    const isd = await send('watchlist.save', {
      callId: isdCall().id,
      positionId: 'programmes-lead',
      url: 'https://strongcitiesnetwork.org/careers/programmes-lead/',
      fitAtSave: null,
    });
    expect(isd.deadline).toBeNull();
    expect(await alarms()).toEqual([]);
    await send('watchlist.update', {
      id: isd.id,
      patch: {
        deadline: {
          instant: '2026-07-01T16:00:00.000Z',
          zone: 'Europe/London',
          text: 'mine',
          source: 'user',
        },
      },
    });
    expect((await alarms()).map(([, at]) => at)).toEqual([
      '2026-06-24T16:00:00.000Z',
      '2026-06-29T16:00:00.000Z',
      '2026-06-30T16:00:00.000Z',
      '2026-07-01T13:00:00.000Z',
    ]);
  });

  it('saves the CILC post with the earliest candidate date and no reminders (it closed in 2023)', async () => {
    const item = await send('watchlist.save', {
      callId: cilcCall().id,
      positionId: 'international-advisor',
      url: 'https://cilc.nl/western-balkans-call-for-advisors/',
      fitAtSave: null,
    });
    expect(item.deadline?.instant).toBe('2023-08-25T21:59:00Z');
    expect(await alarms()).toEqual([]);
  });

  it('refuses unknown calls and positions with a clear error, writing nothing', async () => {
    await expect(send('watchlist.save', { ...SAVE, callId: 'nope' })).rejects.toThrow(
      'The call nope is not in the bundled data.',
    );
    await expect(send('watchlist.save', { ...SAVE, positionId: 'ek-99999' })).rejects.toThrow(
      'Call eulex-kosovo-2-2026 has no position ek-99999.',
    );
    expect(await send('watchlist.list')).toEqual([]);
  });

  it('imports items in one go and plans their reminders', async () => {
    const count = await send('watchlist.import', {
      items: [
        watchItem(),
        watchItem({ id: 'other/1', callId: 'other', positionId: '1', status: 'withdrawn' }),
      ],
    });
    expect(count).toBe(2);
    expect((await alarms()).map(([name]) => name.split('|')[2])).toEqual(Array(4).fill(ID));
  });

  it('saveVacancy saves a post of a call read from the annex text on the page', async () => {
    const text = readFileSync('tests/fixtures/sources/eubam-libya-minimal.txt', 'utf8');
    await sendFrom(LIBYA_PAGE, 'vacancyDetected', {
      match: { site: 'eeas', title: 'EUBAM Libya 3-2024', text },
    });
    const item = await sendFrom(LIBYA_FRAME, 'saveVacancy', { positionId: 'lib-1234' });
    expect(item).toMatchObject({
      id: 'eubam-libya-3-2024/lib-1234',
      callTitle: 'EUBAM Libya 3-2024 Call for Contributions',
      title: 'Border Management Adviser',
      fitAtSave: null,
    });
  });

  it('saveVacancy refuses a page that is neither bundled nor carries the annex text', async () => {
    await sendFrom(LIBYA_PAGE, 'vacancyDetected', {
      match: { site: 'eeas', title: 'EUBAM Libya 3-2024', text: 'Deadline: 12 September' },
    });
    await expect(sendFrom(LIBYA_FRAME, 'saveVacancy', { positionId: 'lib-1234' })).rejects.toThrow(
      'This page does not carry the requirements text, so nothing can be checked here.',
    );
    expect(await send('watchlist.list')).toEqual([]);
  });
});
