import { describe, expect, it, vi } from 'vitest';
import { emptyProfile } from '@/utils/profile/schema';
import { fitNow } from '@/utils/watchlist/fit-now';
import { testCall, watchItem } from '../reminders/fixtures';

// The fit engine is tested on its own; here only what the watchlist keeps of its verdict.
vi.mock('@/utils/fit/assess', () => ({
  assessPosition: vi.fn(() => ({ eligibility: 'eligible-if', score: { value: 64 } })),
}));

const NOW = new Date('2026-06-01T00:00:00Z');

describe('fitNow', () => {
  it('keeps the eligibility and the score of today’s assessment', () => {
    expect(fitNow(watchItem(), testCall(), emptyProfile(), {}, NOW)).toEqual({
      eligibility: 'eligible-if',
      score: 64,
    });
  });

  it('is null without a profile, a position or a known call', () => {
    expect(fitNow(watchItem(), testCall(), null, {}, NOW)).toBeNull();
    expect(fitNow(watchItem({ positionId: null }), testCall(), emptyProfile(), {}, NOW)).toBeNull();
    expect(fitNow(watchItem(), null, emptyProfile(), {}, NOW)).toBeNull();
  });
});
