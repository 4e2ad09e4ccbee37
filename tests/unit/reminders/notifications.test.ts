import { describe, expect, it } from 'vitest';
import { digestNotification, reminderNotification } from '@/utils/reminders';
import { watchItem } from './fixtures';

describe('reminderNotification', () => {
  it('names the post, the call and the time left with the Brussels time', () => {
    expect(reminderNotification(watchItem(), new Date('2026-06-23T15:00:00Z'))).toEqual({
      title: 'Justice Monitor (EK 60092)',
      message:
        'EULEX Kosovo 2-2026 Call for Contributions closes in 2 days, Thu 25 Jun 2026, 17:00 Brussels time',
    });
    expect(reminderNotification(watchItem(), new Date('2026-06-25T12:00:00Z'))?.message).toBe(
      'EULEX Kosovo 2-2026 Call for Contributions closes in 3 h, Thu 25 Jun 2026, 17:00 Brussels time',
    );
  });

  it('names the organisation for a whole call and shows a user-set deadline in its zone', () => {
    const item = watchItem({
      id: 'isd/*',
      positionId: null,
      ref: null,
      title: 'Programmes Lead, Western Balkans',
      organisation: 'Institute for Strategic Dialogue',
      deadline: {
        instant: '2026-07-01T16:00:00.000Z',
        zone: 'Europe/London',
        text: 'set by you',
        source: 'user',
      },
    });
    expect(reminderNotification(item, new Date('2026-06-30T16:00:00Z'))).toEqual({
      title: 'Programmes Lead, Western Balkans',
      message: 'Institute for Strategic Dialogue closes in 1 day, Wed 1 Jul 2026, 17:00 London time',
    });
    expect(reminderNotification(watchItem({ deadline: null }), new Date())).toBeNull();
  });
});

describe('daily digest', () => {
  it('lists open items closing within a week, soonest first', () => {
    const now = new Date('2026-06-20T08:00:00Z');
    const items = [
      watchItem(),
      watchItem({
        id: 'x',
        ref: null,
        title: 'Close Protection Operator',
        deadline: { ...watchItem().deadline!, instant: '2026-06-22T15:00:00.000Z' },
      }),
      watchItem({ id: 'y', title: 'Applied already', status: 'applied' }),
      watchItem({
        id: 'z',
        title: 'Far away',
        deadline: { ...watchItem().deadline!, instant: '2026-08-01T15:00:00.000Z' },
      }),
      watchItem({
        id: 'w',
        title: 'Closed',
        deadline: { ...watchItem().deadline!, instant: '2026-06-19T15:00:00.000Z' },
      }),
    ];
    expect(digestNotification(items, now)).toEqual({
      title: '2 saved posts close within a week',
      message:
        'Close Protection Operator: closes in 2 days 7 h\nJustice Monitor (EK 60092): closes in 5 days 7 h',
    });
    expect(digestNotification([watchItem()], now)?.title).toBe('1 saved post closes within a week');
    expect(digestNotification([], now)).toBeNull();
  });
});
