import { describe, expect, it } from 'vitest';
import eulex from '@/data/calls/eulex-kosovo-2-2026.json';
import { emptyProfile } from '@/utils/profile/schema';
import type { Call } from '@/utils/schema/call';
import { fitNow } from '@/utils/watchlist/fit-now';
import { watchItem } from './reminders/fixtures';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('fitNow', () => {
  it('assesses the saved position with today’s profile', () => {
    const profile = { ...emptyProfile(), citizenships: ['DE'] };
    expect(fitNow(watchItem(), eulex as Call, profile, {}, NOW)).toEqual({
      eligibility: 'not-eligible',
      score: 3, // 0.7 × 1/23: citizenship only
    });
  });

  it('is null without a profile, a position or a known call', () => {
    expect(fitNow(watchItem(), eulex as Call, null, {}, NOW)).toBeNull();
    expect(fitNow(watchItem({ positionId: null }), eulex as Call, emptyProfile(), {}, NOW)).toBeNull();
    expect(fitNow(watchItem(), null, emptyProfile(), {}, NOW)).toBeNull();
  });
});
