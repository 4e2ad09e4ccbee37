import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../utils/fit/answers';
import { rankPositions } from '../../../utils/fit/rank';
import type { Profile } from '../../../utils/profile/schema';
import { bundleCalls } from './bundle';
import {
  balkanProgrammeManager,
  exampleLawyer,
  internalAuditor,
  NOW,
  nonEuLawyer,
  policeOfficer,
  UNRELATED_SKILLS,
  withSkills,
} from './personas';

const eulex = bundleCalls.find((c) => c.publisher === 'EEAS' && c.callCode === '2-2026')!;
const isd = bundleCalls.find((c) => c.publisher === 'ISD')!;

interface Case {
  name: string;
  profile: Profile;
  top3: string[];
  /** The post built for the persona, and its headline. */
  own: { ref: string; headline: string; open: string };
}

const cases: Case[] = [
  {
    name: 'the lawyer (examples/profile.example.json)',
    profile: exampleLawyer,
    top3: ['EK 60092', 'EK 60300', 'EK 60091'],
    own: {
      ref: 'EK 60092',
      headline: 'You meet all 6 requirements your profile can decide',
      open: '22 statements left for you to confirm (17 essential)',
    },
  },
  {
    name: 'an armed police officer with close-protection training and licence C',
    profile: policeOfficer,
    top3: ['EK 60265', 'EK 60267', 'EK 60251'],
    own: {
      ref: 'EK 60267',
      headline: 'You meet all 10 requirements your profile can decide',
      open: '14 statements left for you to confirm (10 essential)',
    },
  },
  {
    name: 'an internal auditor with a CIA',
    profile: internalAuditor,
    top3: ['EK 60029', 'EK 60030', 'EK 60205'],
    own: {
      ref: 'EK 60029',
      headline: 'You meet all 6 requirements your profile can decide',
      open: '22 statements left for you to confirm (14 essential)',
    },
  },
  {
    name: 'a non-EU lawyer',
    profile: nonEuLawyer,
    top3: ['EK 60092', 'EK 60300', 'EK 60097'],
    own: {
      ref: 'EK 60092',
      headline: 'Eligible if: your state (RS) seconds you as a Contributing Third State',
      open: '22 statements left for you to confirm (17 essential)',
    },
  },
];

describe('EULEX Kosovo 2-2026 ranking with no answers given', () => {
  for (const c of cases) {
    it(`${c.name}: top 3, the own post first or second, its headline`, () => {
      const ranked = rankPositions(eulex, c.profile, {}, NOW);
      expect(ranked.slice(0, 3).map((a) => a.ref)).toEqual(c.top3);
      expect(ranked.slice(0, 2).map((a) => a.ref)).toContain(c.own.ref);
      const own = ranked.find((a) => a.ref === c.own.ref)!;
      expect(own.headline.text).toBe(c.own.headline);
      expect(own.headline.openText).toBe(c.own.open);
      expect(own.eligibility).not.toBe('not-eligible');
    });
  }

  it('the P/CVE programme manager (BA, Bachelor): no EULEX post is open to her, the ISD post is', () => {
    const ranked = rankPositions(eulex, balkanProgrammeManager, {}, NOW);
    expect(ranked.slice(0, 3).map((a) => a.ref)).toEqual(['EK 60021', 'EK 60051', 'EK 60101']);
    expect(ranked.every((a) => a.headline.status === 'not-eligible')).toBe(true);
    expect(ranked[0]!.headline.text).toBe(
      'Not eligible: EU citizenship (this post is not open to Contributing Third States)',
    );
    const [programmesLead] = rankPositions(isd, balkanProgrammeManager, {}, NOW);
    expect(programmesLead!.headline.text).toBe('You meet all 3 requirements your profile can decide');
    expect(programmesLead!.headline.openText).toBe('19 statements left for you to confirm (15 essential)');
    expect(programmesLead!.relevance!.value).toBe(88);
    expect(programmesLead!.eligibility).toBe('incomplete');
  });

  it('the lawyer: the score separates what the profile decided from what she confirmed', () => {
    const jm = rankPositions(eulex, exampleLawyer, {}, NOW)[0]!;
    expect(jm.score!.explanation).toBe(
      'Requirements decided by your profile: 8 of 9 met · your answers: 0 of 22 confirmed',
    );
    expect(jm.score!.value).toBe(100);
  });

  for (const c of [...cases, { name: 'P/CVE manager', profile: balkanProgrammeManager }]) {
    it(`${c.name}: 50 unrelated skills change neither the order nor any score`, () => {
      const plain = rankPositions(eulex, c.profile, {}, NOW);
      const skilled = rankPositions(eulex, withSkills(c.profile, UNRELATED_SKILLS), {}, NOW);
      expect(skilled.map((a) => a.positionId)).toEqual(plain.map((a) => a.positionId));
      expect(skilled.map((a) => [a.score, a.relevance, a.headline])).toEqual(
        plain.map((a) => [a.score, a.relevance, a.headline]),
      );
    });
  }

  it('a tag a post does not ask for changes nothing about that post', () => {
    const tagged: Profile = {
      ...exampleLawyer,
      work: exampleLawyer.work.map((w) => ({ ...w, tags: [...w.tags, 'procurement'] })),
    };
    const before = rankPositions(eulex, exampleLawyer, {}, NOW);
    const after = new Map(rankPositions(eulex, tagged, {}, NOW).map((a) => [a.positionId, a]));
    const unasked = before.filter(
      (a) => !a.relevance!.asks.some((ask) => ask.domains.includes('procurement')),
    );
    expect(unasked.length).toBe(15);
    for (const a of unasked) {
      const b = after.get(a.positionId)!;
      expect([b.score, b.relevance, b.headline], a.ref ?? '').toEqual([a.score, a.relevance, a.headline]);
    }
  });

  it('answering every call-wide statement, met or not, never changes the order between posts', () => {
    const callWide = rankPositions(eulex, exampleLawyer, {}, NOW)[0]!.requirements.filter(
      (r) => r.callWide && r.decidedBy !== 'profile',
    );
    expect(callWide.length).toBe(11);
    const plain = rankPositions(eulex, exampleLawyer, {}, NOW).map((a) => a.positionId);
    for (const value of ['met', 'not-met'] as const) {
      const answers: Answers = Object.fromEntries(
        callWide.map((r) => [r.answerKey, { value, at: '2026-05-31T12:00:00Z' }]),
      );
      expect(rankPositions(eulex, exampleLawyer, answers, NOW).map((a) => a.positionId)).toEqual(plain);
    }
  });
});
