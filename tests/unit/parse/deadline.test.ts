import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '@/utils/parse/deadline';
import { availabilityOf } from '@/utils/parse/eeas-annex';

describe('parseDeadlines (Europe/Brussels wall-clock time)', () => {
  it.each([
    ['Thursday, 25 June 2026, at 17:00 (Brussels time)', null, ['2026-06-25T15:00:00Z']],
    // "(CET)" is what the EEAS writes all year: Brussels local time, so UTC+2 in summer.
    ['09/07/2025 at 12.00 noon (CET)', null, ['2025-07-09T10:00:00Z']],
    ['15 January 2026 at 17h00 (CET)', null, ['2026-01-15T16:00:00Z']],
    ['12 September at 1700 (CET)', 2024, ['2024-09-12T15:00:00Z']],
    ['3 March at 12 noon (Brussels time)', 2025, ['2025-03-03T11:00:00Z']],
    ['June 25, 2026 at 5 pm', null, ['2026-06-25T15:00:00Z']],
    ['09.12.2025 at 17:00 (CET)', null, ['2025-12-09T16:00:00Z']],
    // The last Sunday of March: 17:00 is already summer time.
    ['29 March 2026 at 17:00', null, ['2026-03-29T15:00:00Z']],
    [
      'Deadline for applications are 25 and 30 August 2023.',
      null,
      ['2023-08-25T21:59:00Z', '2023-08-30T21:59:00Z'],
    ],
    [
      'either 1 May 2024 at 10:00 or 5 May 2024 at 10:00',
      null,
      ['2024-05-01T08:00:00Z', '2024-05-05T08:00:00Z'],
    ],
  ] as const)('%s', (text, year, instants) => {
    expect(parseDeadlines(text, 'Europe/Brussels', year).map((d) => d.instant)).toEqual(instants);
  });

  it('keeps the zone and the verbatim text', () => {
    expect(parseDeadlines('25 June 2026 at 17:00 (Brussels time)', 'Europe/Brussels', null)).toEqual([
      {
        instant: '2026-06-25T15:00:00Z',
        zone: 'Europe/Brussels',
        text: '25 June 2026 at 17:00 (Brussels time)',
      },
    ]);
  });

  it('gives nothing for a missing year without a fallback, or an impossible date', () => {
    expect(parseDeadlines('12 September at 17:00', 'Europe/Brussels', null)).toEqual([]);
    expect(parseDeadlines('31 February 2026 at 17:00', 'Europe/Brussels', null)).toEqual([]);
  });

  it('reads the end of the day in another zone (CILC: Europe/Amsterdam)', () => {
    expect(parseDeadlines('30 August 2023', 'Europe/Amsterdam', null)[0]!.instant).toBe(
      '2023-08-30T21:59:00Z',
    );
    expect(parseDeadlines('30 January 2023', 'Europe/Amsterdam', null)[0]!.instant).toBe(
      '2023-01-30T22:59:00Z',
    );
  });
});

describe('availabilityOf', () => {
  it.each([
    ['ASAP', { kind: 'asap', text: 'ASAP' }],
    ['01 Sept 2026', { kind: 'date', date: '2026-09-01', text: '01 Sept 2026' }],
    ['01 December 2026', { kind: 'date', date: '2026-12-01', text: '01 December 2026' }],
    ['03 Aug', { kind: 'date', date: '2026-08-03', text: '03 Aug' }],
    ['to be confirmed', { kind: 'unknown', text: 'to be confirmed' }],
  ] as const)('%s', (text, expected) => {
    expect(availabilityOf(text, 2026)).toEqual(expected);
  });
});
