import { describe, expect, it } from 'vitest';
import { formatCountdown, isClosed } from '@/utils/countdown';
import { formatInUserZone, formatInZone, zoneLabel } from '@/utils/deadline-format';

const DEADLINE = '2026-06-25T15:00:00Z';

describe('deadline formatting', () => {
  it('shows the Brussels wall-clock time of the instant, summer and winter', () => {
    expect(formatInZone(DEADLINE, 'Europe/Brussels')).toBe('Thu 25 Jun 2026, 17:00 Brussels time');
    expect(formatInZone('2026-01-15T11:00:00Z', 'Europe/Brussels')).toBe(
      'Thu 15 Jan 2026, 12:00 Brussels time',
    );
    expect(formatInZone('2023-08-25T21:59:00Z', 'Europe/Amsterdam')).toBe(
      'Fri 25 Aug 2023, 23:59 Amsterdam time',
    );
  });

  it('names zones for people', () => {
    expect(zoneLabel('America/New_York')).toBe('New York time');
    expect(zoneLabel('UTC')).toBe('UTC');
  });

  it('shows the same instant in the user zone', () => {
    expect(formatInUserZone(DEADLINE, 'Europe/Brussels')).toBe('Thu 25 Jun 2026, 17:00');
    expect(formatInUserZone(DEADLINE, 'America/New_York')).toBe('Thu 25 Jun 2026, 11:00');
    expect(formatInUserZone(DEADLINE, 'Asia/Tokyo')).toBe('Fri 26 Jun 2026, 00:00');
  });

  it.each([
    ['2026-06-22T11:00:00Z', 'closes in 3 days 4 h'],
    ['2026-06-23T15:00:00Z', 'closes in 2 days'],
    ['2026-06-24T15:00:00Z', 'closes in 1 day'],
    ['2026-06-24T09:00:00Z', 'closes in 1 day 6 h'],
    ['2026-06-25T09:40:00Z', 'closes in 5 h 20 min'],
    ['2026-06-25T12:00:00Z', 'closes in 3 h'],
    ['2026-06-25T14:15:00Z', 'closes in 45 min'],
    ['2026-06-25T14:59:50Z', 'closes in 1 min'],
    ['2026-06-25T15:00:00Z', 'closed just now'],
    ['2026-06-25T15:00:40Z', 'closed 1 min ago'],
    ['2026-06-25T15:30:00Z', 'closed 30 min ago'],
    ['2026-06-27T15:00:00Z', 'closed 2 days ago'],
    ['2026-06-23T14:59:59.990Z', 'closes in 2 days'],
  ])('at %s says "%s"', (now, text) => {
    expect(formatCountdown(DEADLINE, new Date(now))).toBe(text);
  });

  it('marks a deadline closed from its instant on', () => {
    expect(isClosed(DEADLINE, new Date('2026-06-25T15:00:00Z'))).toBe(true);
    expect(isClosed(DEADLINE, new Date('2026-06-25T14:59:59Z'))).toBe(false);
  });
});
