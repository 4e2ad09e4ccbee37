import { describe, expect, it } from 'vitest';
import { formatCountdown, formatInUserZone, formatInZone, isClosed } from '@/utils/deadline-format';

const DEADLINE = '2026-06-25T15:00:00Z';

describe('deadline formatting', () => {
  it('shows the Brussels wall-clock time of the instant', () => {
    expect(formatInZone(DEADLINE, 'Europe/Brussels')).toBe('Thu 25 Jun 2026, 17:00 Brussels time');
    expect(formatInZone('2026-01-15T11:00:00Z', 'Europe/Brussels')).toBe(
      'Thu 15 Jan 2026, 12:00 Brussels time',
    );
  });

  it('shows the same instant in the user zone', () => {
    expect(formatInUserZone(DEADLINE, 'America/New_York')).toBe('Thu 25 Jun 2026, 11:00');
    expect(formatInUserZone(DEADLINE, 'Asia/Tokyo')).toBe('Fri 26 Jun 2026, 00:00');
  });

  it('counts down and marks closed deadlines', () => {
    expect(formatCountdown(DEADLINE, new Date('2026-06-22T11:00:00Z'))).toBe('closes in 3 days 4 h');
    expect(formatCountdown(DEADLINE, new Date('2026-06-24T15:00:00Z'))).toBe('closes in 1 day');
    expect(formatCountdown(DEADLINE, new Date('2026-06-25T14:15:00Z'))).toBe('closes in 45 min');
    expect(formatCountdown(DEADLINE, new Date('2026-06-27T15:00:00Z'))).toBe('closed 2 days ago');
    expect(isClosed(DEADLINE, new Date('2026-06-25T15:00:00Z'))).toBe(true);
    expect(isClosed(DEADLINE, new Date('2026-06-25T14:59:59Z'))).toBe(false);
  });
});
