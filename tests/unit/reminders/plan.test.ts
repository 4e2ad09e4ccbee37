import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  alarmName,
  DEFAULT_REMINDER_OFFSETS,
  parseAlarmName,
  plannedAlarms,
  reconcileAlarms,
  reminderNotification,
} from '@/utils/reminders';
import { watchItem } from './fixtures';

const NOW = new Date('2026-06-01T10:00:00Z');

describe('plannedAlarms', () => {
  it('plans 7 days, 2 days, 1 day and 3 hours before the deadline instant', () => {
    expect(plannedAlarms([watchItem()], DEFAULT_REMINDER_OFFSETS, NOW)).toEqual([
      { name: 'reminder|10080|eulex-kosovo-2-2026/ek-60092', when: Date.parse('2026-06-18T15:00:00Z') },
      { name: 'reminder|2880|eulex-kosovo-2-2026/ek-60092', when: Date.parse('2026-06-23T15:00:00Z') },
      { name: 'reminder|1440|eulex-kosovo-2-2026/ek-60092', when: Date.parse('2026-06-24T15:00:00Z') },
      { name: 'reminder|180|eulex-kosovo-2-2026/ek-60092', when: Date.parse('2026-06-25T12:00:00Z') },
    ]);
  });

  it('counts exact durations across the March DST change', () => {
    // Monday 30 March 2026 09:00 Brussels (CEST, UTC+2) = 07:00Z; the clocks changed on 29 March.
    const item = watchItem({
      deadline: {
        instant: '2026-03-30T07:00:00.000Z',
        zone: 'Europe/Brussels',
        text: '30/03/2026 09:00',
        source: 'bundle',
      },
    });
    const alarms = plannedAlarms([item], DEFAULT_REMINDER_OFFSETS, new Date('2026-03-01T00:00:00Z'));
    expect(alarms.map((a) => new Date(a.when).toISOString())).toEqual([
      '2026-03-23T07:00:00.000Z',
      '2026-03-28T07:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T04:00:00.000Z',
    ]);
  });

  it('plans only future reminders and none for closed, applied or withdrawn items', () => {
    expect(plannedAlarms([watchItem()], DEFAULT_REMINDER_OFFSETS, new Date('2026-06-24T16:00:00Z'))).toEqual([
      { name: 'reminder|180|eulex-kosovo-2-2026/ek-60092', when: Date.parse('2026-06-25T12:00:00Z') },
    ]);
    for (const status of ['applied', 'withdrawn', 'rejected'] as const) {
      expect(plannedAlarms([watchItem({ status })], DEFAULT_REMINDER_OFFSETS, NOW)).toEqual([]);
    }
    expect(plannedAlarms([watchItem({ deadline: null })], DEFAULT_REMINDER_OFFSETS, NOW)).toEqual([]);
    expect(plannedAlarms([watchItem()], DEFAULT_REMINDER_OFFSETS, new Date('2026-06-26T00:00:00Z'))).toEqual(
      [],
    );
  });

  it.each(['Europe/Brussels', 'America/New_York', 'Asia/Tokyo'])(
    'schedules the same instants with the process time zone set to %s',
    (tz) => {
      const script = `import { plannedAlarms, DEFAULT_REMINDER_OFFSETS } from './utils/reminders.ts';
const item = ${JSON.stringify(watchItem())};
console.log(JSON.stringify(plannedAlarms([item], DEFAULT_REMINDER_OFFSETS, new Date('2026-06-01T10:00:00Z')).map((a) => new Date(a.when).toISOString())));`;
      const out = execFileSync('npx', ['tsx', '--eval', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual([
        '2026-06-18T15:00:00.000Z',
        '2026-06-23T15:00:00.000Z',
        '2026-06-24T15:00:00.000Z',
        '2026-06-25T12:00:00.000Z',
      ]);
    },
    30_000,
  );
});

describe('alarm names and reconciliation', () => {
  it('round-trips item id and offset through the alarm name', () => {
    expect(parseAlarmName(alarmName('call/pos|x', 180))).toEqual({
      itemId: 'call/pos|x',
      offsetMinutes: 180,
    });
    expect(parseAlarmName('digest')).toBeNull();
  });

  it('creates missing alarms and clears stale ones, leaving correct ones alone', () => {
    const planned = [
      { name: 'reminder|180|a', when: 1000 },
      { name: 'reminder|1440|a', when: 500 },
    ];
    const existing = [
      { name: 'reminder|180|a', scheduledTime: 1000 },
      { name: 'reminder|180|gone', scheduledTime: 10 },
      { name: 'other-alarm', scheduledTime: 5 },
    ];
    expect(reconcileAlarms(existing, planned)).toEqual({
      create: [{ name: 'reminder|1440|a', when: 500 }],
      clear: ['reminder|180|gone'],
    });
  });
});

describe('reminderNotification', () => {
  it('names the post, the call and the time left with the Brussels time', () => {
    expect(reminderNotification(watchItem(), new Date('2026-06-23T15:00:00Z'))).toEqual({
      title: 'Justice Monitor (EK 60092)',
      message:
        'EULEX Kosovo 2-2026 Call for Contributions closes in 2 days, Thu 25 Jun 2026, 17:00 Brussels time',
    });
  });
});

describe('daily digest', () => {
  it('lists open items closing within a week, soonest first', async () => {
    const { digestNotification } = await import('@/utils/reminders');
    const now = new Date('2026-06-20T08:00:00Z');
    const items = [
      watchItem(),
      watchItem({
        id: 'x',
        title: 'Close Protection Operator',
        deadline: { ...watchItem().deadline!, instant: '2026-06-22T15:00:00.000Z' },
      }),
      watchItem({ id: 'y', title: 'Applied already', status: 'applied' }),
      watchItem({
        id: 'z',
        title: 'Far away',
        deadline: { ...watchItem().deadline!, instant: '2026-08-01T15:00:00.000Z' },
      }),
    ];
    expect(digestNotification(items, now)).toEqual({
      title: '2 saved posts close within a week',
      message: 'Close Protection Operator: closes in 2 days 7 h\nJustice Monitor: closes in 5 days 7 h',
    });
    expect(digestNotification([], now)).toBeNull();
  });
});
