import { describe, expect, it } from 'vitest';
import { type KnownCall, type PostRow, postsForYou } from '@/utils/posts';
import type { Call } from '@/utils/schema/call';
import { bundleCalls } from '../fit/bundle';
import { exampleLawyer, NOW } from '../fit/personas';

/** The seed calls (a call added to the bundle later would change every count here). */
const SEEDS = [
  'cilc-western-balkans-advisors-2023',
  'eulex-kosovo-2-2026',
  'isd-programmes-lead-western-balkans',
];
const bundled: KnownCall[] = bundleCalls
  .filter((call) => SEEDS.includes(call.id))
  .map((call) => ({ call, source: 'bundle' }));
const eulex = bundleCalls.find((c) => c.id === 'eulex-kosovo-2-2026')!;
const ANNEX = 'https://www.eeas.europa.eu/sites/default/files/EULEX%20Kosovo%209-2026%20Annex%201.pdf';
const PAGE = 'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-9-2026-call-contributions_en';
/** A later call read from its linked annex: the same posts, a deadline in December. */
const later: Call = {
  ...eulex,
  id: 'eulex-kosovo-9-2026',
  callCode: '9-2026',
  title: 'EULEX Kosovo 9-2026 Call for Contributions',
  source: { file: ANNEX, originalName: 'EULEX Kosovo 9-2026 Annex 1.pdf', page: PAGE },
  deadline: {
    status: 'published',
    deadline: { instant: '2026-12-10T16:00:00Z', zone: 'Europe/Brussels', text: '10 December 2026, 17:00' },
  },
  positions: eulex.positions.slice(0, 3),
};
const brief = (rows: PostRow[]) =>
  rows.map(
    (r) => `${r.callId} ${r.ref ?? r.positionId} ${r.open ? 'open' : 'closed'} ${r.headline?.status ?? '-'}`,
  );

describe('Posts for you', () => {
  it('lists every post of the bundled calls, open ones first, in the fit order across calls', () => {
    const rows = postsForYou(bundled, exampleLawyer, {}, NOW, 'Europe/Brussels');
    expect(rows).toHaveLength(25);
    expect(brief(rows).slice(0, 4)).toEqual([
      'eulex-kosovo-2-2026 EK 60092 open meets',
      'eulex-kosovo-2-2026 EK 60300 open meets',
      'eulex-kosovo-2-2026 EK 60091 open meets',
      'eulex-kosovo-2-2026 EK 60097 open meets',
    ]);
    // The CILC call of 2023 closed; its seven posts come last.
    expect(rows.slice(-7).every((r) => r.callId === 'cilc-western-balkans-advisors-2023' && !r.open)).toBe(
      true,
    );
    expect(rows.filter((r) => !r.open)).toHaveLength(7);
    expect(rows[0]).toEqual({
      callId: 'eulex-kosovo-2-2026',
      callTitle: 'EULEX Kosovo 2-2026 Call for Contributions',
      organisation: 'European Union Rule of Law Mission in Kosovo',
      source: 'bundle',
      positionId: 'ek-60092',
      ref: 'EK 60092',
      title: 'Justice Monitor',
      location: 'Western Balkans Region (Kosovo)',
      link: 'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en',
      headline: {
        status: 'meets',
        text: 'You meet all 6 requirements your profile can decide',
        openText: '22 statements left for you to confirm (17 essential)',
      },
      relevance: 81,
      deadline: { status: 'published', instant: '2026-06-25T15:00:00Z', yourTime: 'Thu 25 Jun 2026, 17:00' },
      open: true,
    });
    const isd = rows.find((r) => r.callId === 'isd-programmes-lead-western-balkans')!;
    expect([isd.open, isd.deadline, isd.link]).toEqual([
      true,
      { status: 'unknown', note: 'The job description does not give an application deadline.' },
      'https://strongcitiesnetwork.org/careers/programmes-lead-western-balkans/',
    ]);
  });

  it('after the EULEX deadline: the call read from an annex and the post with no deadline come first', () => {
    const now = new Date('2026-12-02T15:00:00Z');
    const rows = postsForYou(
      [...bundled, { call: later, source: 'annex' }],
      exampleLawyer,
      {},
      now,
      'America/New_York',
    );
    expect(brief(rows).slice(0, 5)).toEqual([
      'eulex-kosovo-9-2026 EK 60021 open meets',
      'eulex-kosovo-9-2026 EK 60029 open meets',
      'eulex-kosovo-9-2026 EK 60030 open meets',
      'isd-programmes-lead-western-balkans programmes-lead-western-balkans open not-eligible',
      'eulex-kosovo-2-2026 EK 60092 closed meets',
    ]);
    expect(rows.filter((r) => r.open)).toHaveLength(4);
    expect(rows[0]!.deadline).toEqual({
      status: 'published',
      instant: '2026-12-10T16:00:00Z',
      yourTime: 'Thu 10 Dec 2026, 11:00',
    });
    expect([rows[0]!.source, rows[0]!.link]).toEqual(['annex', PAGE]);
  });

  it('without a profile: nothing is judged, open posts first, the nearer deadline first', () => {
    const rows = postsForYou(bundled, null, {}, NOW, 'Europe/Brussels');
    expect(rows.every((r) => r.headline === null && r.relevance === null)).toBe(true);
    expect(brief(rows).slice(0, 3)).toEqual([
      'eulex-kosovo-2-2026 EK 60021 open -',
      'eulex-kosovo-2-2026 EK 60029 open -',
      'eulex-kosovo-2-2026 EK 60030 open -',
    ]);
    // EULEX (25 June) before ISD (no deadline): 17 then 1, then the closed CILC call.
    expect(rows[17]!.callId).toBe('isd-programmes-lead-western-balkans');
  });

  it('links only https pages of the publishers, and lists a call found twice once', () => {
    const offHost: Call = {
      ...later,
      id: 'elsewhere',
      source: { file: 'annex.pdf', originalName: 'annex.pdf' },
    };
    const rows = postsForYou(
      [
        { call: later, source: 'annex' },
        { call: later, source: 'annex' },
        { call: offHost, source: 'annex' },
      ],
      null,
      {},
      NOW,
      'Europe/Brussels',
    );
    expect(rows.map((r) => [r.callId, r.link])).toEqual([
      ['eulex-kosovo-9-2026', PAGE],
      ['eulex-kosovo-9-2026', PAGE],
      ['eulex-kosovo-9-2026', PAGE],
      ['elsewhere', null],
      ['elsewhere', null],
      ['elsewhere', null],
    ]);
  });
});
