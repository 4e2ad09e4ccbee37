import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background, { scheduleReminders } from '@/entrypoints/background';
import { openWatchlist, putItem } from '@/utils/watchlist/store';
import { watchItem } from '../reminders/fixtures';

// The message handlers are not under test here, and the messaging library allows one registration per context.
vi.mock('@/utils/messages', () => ({ onMessage: vi.fn(), sendMessage: vi.fn() }));

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-01T10:00:00Z'));
});

async function alarms() {
  return (await fakeBrowser.alarms.getAll())
    .map((a) => [a.name, new Date(a.scheduledTime).toISOString()])
    .sort();
}

describe('background', () => {
  it('schedules exactly the reminder alarms of a saved item', async () => {
    background.main();
    await putItem(await openWatchlist(), watchItem());
    await scheduleReminders();
    expect(await alarms()).toEqual([
      ['reminder|10080|eulex-kosovo-2-2026/ek-60092', '2026-06-18T15:00:00.000Z'],
      ['reminder|1440|eulex-kosovo-2-2026/ek-60092', '2026-06-24T15:00:00.000Z'],
      ['reminder|180|eulex-kosovo-2-2026/ek-60092', '2026-06-25T12:00:00.000Z'],
      ['reminder|2880|eulex-kosovo-2-2026/ek-60092', '2026-06-23T15:00:00.000Z'],
    ]);
  });

  it('re-creates missing alarms and clears stale ones on browser start', async () => {
    background.main();
    await putItem(await openWatchlist(), watchItem());
    await fakeBrowser.alarms.create('reminder|180|removed-item', {
      when: Date.parse('2026-06-20T00:00:00Z'),
    });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect((await alarms()).length).toBe(4));
    expect((await alarms()).map(([name]) => name)).not.toContain('reminder|180|removed-item');
  });

  it('turns an alarm into a notification and opens the vacancy when it is clicked', async () => {
    background.main();
    await putItem(await openWatchlist(), watchItem());
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.setSystemTime(new Date('2026-06-23T15:00:00Z'));
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'reminder|2880|eulex-kosovo-2-2026/ek-60092',
      scheduledTime: Date.parse('2026-06-23T15:00:00Z'),
    });
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]?.[0]).toBe('eulex-kosovo-2-2026/ek-60092');
    expect((create.mock.calls[0] as unknown[])?.[1]).toMatchObject({
      type: 'basic',
      title: 'Justice Monitor (EK 60092)',
      message:
        'EULEX Kosovo 2-2026 Call for Contributions closes in 2 days, Thu 25 Jun 2026, 17:00 Brussels time',
    });
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('eulex-kosovo-2-2026/ek-60092');
    await vi.waitFor(() =>
      expect(open).toHaveBeenCalledWith({
        url: 'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en',
      }),
    );
  });
});
