import { describe, expect, it } from 'vitest';
import { buildWatchItem } from '@/utils/watchlist/build';
import { orderWatchlist } from '@/utils/watchlist/order';
import { cilcCall, EULEX_URL, isdCall, testCall, watchItem } from '../reminders/fixtures';

const NOW = new Date('2026-06-01T10:00:00Z');

describe('buildWatchItem', () => {
  it('takes the title, ref, call and published deadline from the call', () => {
    const fit = { eligibility: 'eligible-if' as const, score: 64 };
    expect(
      buildWatchItem(
        testCall(),
        { callId: 'eulex-kosovo-2-2026', positionId: 'ek-60092', url: EULEX_URL, fitAtSave: fit },
        NOW,
      ),
    ).toEqual(
      watchItem({
        fitAtSave: fit,
        fitNow: fit,
        deadline: { ...watchItem().deadline!, instant: '2026-06-25T15:00:00Z' },
      }),
    );
  });

  it('watches a whole call with positionId null', () => {
    const item = buildWatchItem(
      testCall(),
      { callId: 'eulex-kosovo-2-2026', positionId: null, url: EULEX_URL, fitAtSave: null },
      NOW,
    );
    expect(item).toMatchObject({
      id: 'eulex-kosovo-2-2026/*',
      title: 'EULEX Kosovo 2-2026 Call for Contributions',
      ref: null,
    });
  });

  it('has no deadline where none is published, unless the user sets one', () => {
    const input = {
      callId: isdCall().id,
      positionId: 'programmes-lead',
      url: 'https://strongcitiesnetwork.org/x/',
      fitAtSave: null,
    };
    expect(buildWatchItem(isdCall(), input, NOW)).toMatchObject({
      deadline: null,
      deadlineNote: 'The job description gives no closing date.',
    });
    const userDeadline = {
      instant: '2026-07-01T16:00:00.000Z',
      zone: 'Europe/London',
      text: 'from the ad',
      source: 'user' as const,
    };
    expect(buildWatchItem(isdCall(), { ...input, userDeadline }, NOW).deadline).toEqual(userDeadline);
  });

  it('takes the earliest of ambiguous candidate dates and says so', () => {
    const item = buildWatchItem(
      cilcCall(),
      {
        callId: cilcCall().id,
        positionId: 'international-advisor',
        url: 'https://cilc.nl/x/',
        fitAtSave: null,
      },
      NOW,
    );
    expect(item.deadline).toEqual({
      instant: '2023-08-25T21:59:00Z',
      zone: 'Europe/Amsterdam',
      text: '25 August 2023',
      source: 'bundle',
    });
    expect(item.deadlineNote).toBe(
      'Earliest of the published dates (30 August 2023 / 25 August 2023): Deadline for applications are 25 and 30 August 2023 (which date belongs to which post is not said).',
    );
  });

  it('refuses an unknown position or a different call', () => {
    expect(() =>
      buildWatchItem(
        testCall(),
        { callId: 'eulex-kosovo-2-2026', positionId: 'nope', url: EULEX_URL, fitAtSave: null },
        NOW,
      ),
    ).toThrow('Call eulex-kosovo-2-2026 has no position nope.');
    expect(() =>
      buildWatchItem(testCall(), { callId: 'other', positionId: null, url: EULEX_URL, fitAtSave: null }, NOW),
    ).toThrow();
  });
});

describe('orderWatchlist', () => {
  it('puts upcoming deadlines first, then no deadline, and closed ones apart (latest first)', () => {
    const at = (id: string, instant: string | null) =>
      watchItem({ id, title: id, deadline: instant ? { ...watchItem().deadline!, instant } : null });
    const { upcoming, closed } = orderWatchlist(
      [
        at('later', '2026-07-01T10:00:00.000Z'),
        at('none', null),
        at('closed-long-ago', '2026-05-01T10:00:00.000Z'),
        at('soon', '2026-06-02T10:00:00.000Z'),
        at('just-closed', '2026-06-01T09:00:00.000Z'),
      ],
      NOW,
    );
    expect(upcoming.map((i) => i.id)).toEqual(['soon', 'later', 'none']);
    expect(closed.map((i) => i.id)).toEqual(['just-closed', 'closed-long-ago']);
  });
});
