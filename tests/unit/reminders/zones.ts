import { afterAll, beforeAll, expect } from 'vitest';

export const ZONES = ['Europe/Brussels', 'America/New_York', 'Asia/Tokyo'] as const;

/** UTC offset of the process zone on 1 June 2026, in minutes east of UTC. */
const OFFSETS: Record<(typeof ZONES)[number], number> = {
  'Europe/Brussels': 120,
  'America/New_York': -240,
  'Asia/Tokyo': 540,
};

/**
 * Runs the enclosing describe block with the process time zone set to `zone` (Node applies a
 * change of process.env.TZ at once), and checks that it really took effect.
 */
export function useProcessTimeZone(zone: (typeof ZONES)[number]): void {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
    expect(-new Date(Date.UTC(2026, 5, 1)).getTimezoneOffset()).toBe(OFFSETS[zone]);
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
