import { describe, expect, it } from 'vitest';
import {
  alarmName,
  DEFAULT_REMINDER_OFFSETS,
  nextDigestTime,
  parseAlarmName,
  plannedAlarms,
  reconcileAlarms,
} from '@/utils/reminders';
import { watchItem } from './fixtures';
import { useProcessTimeZone, ZONES } from './zones';

const NOW = new Date('2026-06-01T10:00:00Z');
const ID = 'eulex-kosovo-2-2026/ek-60092';

describe.each(ZONES)('with the process time zone set to %s', (zone) => {
  useProcessTimeZone(zone);

  it('plans 7 days, 2 days, 1 day and 3 hours before the deadline instant, whatever the zone', () => {
    expect(plannedAlarms([watchItem()], DEFAULT_REMINDER_OFFSETS, NOW)).toEqual([
      { name: `reminder|10080|${ID}`, when: Date.parse('2026-06-18T15:00:00Z') },
      { name: `reminder|2880|${ID}`, when: Date.parse('2026-06-23T15:00:00Z') },
      { name: `reminder|1440|${ID}`, when: Date.parse('2026-06-24T15:00:00Z') },
      { name: `reminder|180|${ID}`, when: Date.parse('2026-06-25T12:00:00Z') },
    ]);
  });

  it('counts exact durations across the 29 March 2026 DST change', () => {
    // Monday 30 March 2026 09:00 Brussels is CEST (UTC+2) = 07:00Z; 7 and 2 days before are CET days.
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
      '2026-03-23T07:00:00.000Z', // 08:00 CET in Brussels: exactly 168 h before, not "09:00 a week before"
      '2026-03-28T07:00:00.000Z', // 08:00 CET
      '2026-03-29T07:00:00.000Z', // 09:00 CEST, hours after the switch
      '2026-03-30T04:00:00.000Z',
    ]);
    expect(alarms.map((a) => Date.parse('2026-03-30T07:00:00Z') - a.when)).toEqual(
      DEFAULT_REMINDER_OFFSETS.map((minutes) => minutes * 60_000),
    );
  });

  it('plans the digest at the local hour of the process zone, across DST too', () => {
    const at8 = new Date(nextDigestTime(8, NOW));
    expect([at8.getHours(), at8.getMinutes()]).toEqual([8, 0]);
    expect(at8.getTime()).toBeGreaterThan(NOW.getTime());
    expect(at8.getTime() - NOW.getTime()).toBeLessThanOrEqual(24 * 3600_000);
  });
});

describe('plannedAlarms', () => {
  it('plans only future reminders', () => {
    expect(plannedAlarms([watchItem()], DEFAULT_REMINDER_OFFSETS, new Date('2026-06-24T16:00:00Z'))).toEqual([
      { name: `reminder|180|${ID}`, when: Date.parse('2026-06-25T12:00:00Z') },
    ]);
    expect(plannedAlarms([watchItem()], DEFAULT_REMINDER_OFFSETS, new Date('2026-06-26T00:00:00Z'))).toEqual(
      [],
    );
  });

  it.each(['applied', 'interview', 'offer', 'rejected', 'withdrawn'] as const)(
    'plans none for an item marked %s',
    (status) => {
      expect(plannedAlarms([watchItem({ status })], DEFAULT_REMINDER_OFFSETS, NOW)).toEqual([]);
    },
  );

  it('plans none without a deadline, and follows custom offsets', () => {
    expect(plannedAlarms([watchItem({ deadline: null })], DEFAULT_REMINDER_OFFSETS, NOW)).toEqual([]);
    expect(plannedAlarms([watchItem({ status: 'preparing' })], [60, 14 * 24 * 60, 60], NOW)).toEqual([
      { name: `reminder|20160|${ID}`, when: Date.parse('2026-06-11T15:00:00Z') },
      { name: `reminder|60|${ID}`, when: Date.parse('2026-06-25T14:00:00Z') },
    ]);
  });
});

describe('alarm names and reconciliation', () => {
  it('round-trips item id and offset through the alarm name', () => {
    expect(alarmName('call/pos', 180)).toBe('reminder|180|call/pos');
    expect(parseAlarmName(alarmName('call/pos|x', 180))).toEqual({
      itemId: 'call/pos|x',
      offsetMinutes: 180,
    });
    expect(parseAlarmName('digest')).toBeNull();
    expect(parseAlarmName('reminder|soon|x')).toBeNull();
    expect(parseAlarmName('reminder|180|')).toBeNull();
  });

  it('creates missing alarms, moves changed ones, clears stale ones and leaves others alone', () => {
    const planned = [
      { name: 'reminder|180|a', when: 1000 },
      { name: 'reminder|1440|a', when: 500 },
      { name: 'reminder|2880|a', when: 300 },
    ];
    const existing = [
      { name: 'reminder|180|a', scheduledTime: 1000 },
      { name: 'reminder|2880|a', scheduledTime: 299 },
      { name: 'reminder|180|gone', scheduledTime: 10 },
      { name: 'digest', scheduledTime: 5 },
    ];
    expect(reconcileAlarms(existing, planned)).toEqual({
      create: [
        { name: 'reminder|1440|a', when: 500 },
        { name: 'reminder|2880|a', when: 300 },
      ],
      clear: ['reminder|180|gone'],
    });
  });
});
