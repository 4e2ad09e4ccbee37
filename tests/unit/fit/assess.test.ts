import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../utils/fit/answers';
import { assessPosition } from '../../../utils/fit/assess';
import { rankAssessments, rankPositions } from '../../../utils/fit/rank';
import { call, master, position, req, years } from './build';
import { euLawyer, NOW, nonEuLawyer, UNRELATED_SKILLS, withSkills } from './personas';

const AT = '2026-05-30T10:00:00Z';
const yes = { value: 'met', at: AT } as const;
const no = { value: 'not-met', at: AT } as const;

describe('assessPosition', () => {
  it('gives reasons with the numbers, counted after the qualification', () => {
    const post = position([req([master(['Law'], 'should')]), req([years(6)]), req([years(5, 'management')])]);
    const result = assessPosition(call([post]), post, euLawyer, {}, NOW);
    expect(result.requirements.map((r) => r.verdict)).toEqual(['met', 'met', 'not-met']);
    expect(result.requirements[1]!.reason).toBe(
      "You have 10 y 0 m of professional experience after your Master's in Law (2014); 6 y required.",
    );
    expect(result.requirements[2]!.reason).toBe(
      "You have 3 y 0 m at management level after your Master's in Law (2014); 5 y required.",
    );
    expect(result.requirements[2]!.flip).toBe('+2 years at management level');
    expect(result.eligibility).toBe('not-eligible');
  });

  it('a requirement with several facets is met only when all are', () => {
    const post = position([req([years(6), years(4, 'management')])]);
    const r = assessPosition(call([post]), post, euLawyer, {}, NOW).requirements[0]!;
    expect(r.verdict).toBe('not-met');
    expect(r.facets.map((f) => f.verdict)).toEqual(['met', 'not-met']);
    expect(r.flip).toBe('+1 year at management level');
  });

  it('requirements without facets need an answer; answers settle them', () => {
    const free = req([], { id: 'test:free', text: 'Knowledge of audit principles', keywords: ['audit'] });
    const post = position([req([master()]), free]);
    const before = assessPosition(call([post]), post, euLawyer, {}, NOW);
    expect(before.requirements[1]!.verdict).toBe('needs-answer');
    expect(before.eligibility).toBe('incomplete');
    expect(before.missingEssentialAnswers).toBe(1);
    const after = assessPosition(
      call([post]),
      post,
      euLawyer,
      { 'test:free': { ...yes, note: 'ACCA module' } },
      NOW,
    );
    expect(after.requirements[1]).toMatchObject({ verdict: 'met', decidedBy: 'answer' });
    expect(after.eligibility).toBe('eligible');
    const answeredNo = assessPosition(call([post]), post, euLawyer, { 'test:free': no }, NOW);
    expect(answeredNo.eligibility).toBe('not-eligible');
  });

  it('answers never silently override a verdict computed from profile facts', () => {
    const post = position([req([years(5, 'management')], { id: 'test:mgmt' })]);
    const answers: Answers = { 'test:mgmt': yes };
    const result = assessPosition(call([post]), post, euLawyer, answers, NOW);
    expect(result.requirements[0]!.verdict).toBe('not-met');
    expect(result.requirements[0]!.userAnswerIgnored?.answer).toBe('met');
    expect(result.conflicts.map((c) => c.id)).toEqual(['test:mgmt']);
    const agreeing = assessPosition(call([post]), post, euLawyer, { 'test:mgmt': no }, NOW);
    expect(agreeing.conflicts).toEqual([]);
  });

  it('answers settle a "must be in … or related" field question', () => {
    const facet = master(['Finance'], 'must', true);
    const post = position([req([facet], { id: 'test:edu' })]);
    expect(assessPosition(call([post]), post, euLawyer, {}, NOW).requirements[0]!.verdict).toBe(
      'needs-answer',
    );
    const answered = assessPosition(call([post]), post, euLawyer, { 'test:edu': yes }, NOW);
    expect(answered.requirements[0]).toMatchObject({ verdict: 'met', decidedBy: 'answer' });
  });

  it('derives citizenship and clearance requirements from the position header', () => {
    const post = position([req([master()])], {
      openToContributingThirdStates: true,
      securityClearance: 'EU SECRET',
    });
    const result = assessPosition(call([post]), post, nonEuLawyer, {}, NOW);
    expect(result.requirements.map((r) => [r.id, r.verdict])).toEqual([
      [post.requirements.status === 'published' ? post.requirements.items[0]!.id : '', 'met'],
      ['test-call:test-post:header:citizenship', 'eligible-if'],
      ['test-call:test-post:header:security-clearance', 'eligible-if'],
    ]);
    expect(result.eligibility).toBe('eligible-if');
    expect(result.conditions).toHaveLength(2);
  });

  it('reports a post without published requirements as unknown, with no score and nothing met', () => {
    const post = position([], {
      requirements: { status: 'not-published', note: 'The post lists no requirements.' },
    });
    const result = assessPosition(call([post]), post, euLawyer, {}, NOW);
    expect(result).toMatchObject({
      requirementsStatus: 'not-published',
      eligibility: 'unknown',
      score: null,
      requirements: [],
    });
    expect(result.summary).toContain('nothing is marked met');
  });
});

describe('fit score', () => {
  const post = position([
    req([master()]),
    req([years(6)]),
    req([years(5, 'management')]),
    req([], { importance: 'desirable', keywords: ['basket'] }),
    req([{ kind: 'driving-licence', anyOf: ['C'], armouredVehiclesAlternative: false }], {
      importance: 'desirable',
    }),
    req([{ kind: 'security-clearance', level: 'EU SECRET' }], { importance: 'desirable' }),
  ]);

  it('scores what is known, leaves unanswered statements out, and says what decided it', () => {
    const score = assessPosition(call([post]), post, euLawyer, {}, NOW).score!;
    expect(score.essentials).toEqual({ met: 2, known: 3, total: 3 });
    expect(score.desirables).toEqual({ met: 1, known: 2, total: 3 });
    expect(score.value).toBe(Math.round(100 * (0.7 * (2 / 3) + 0.3 * (1 / 2))));
    expect(score.explanation).toBe(
      'Requirements decided by your profile: 3 of 5 met · your answers: 0 of 1 confirmed',
    );
    expect(score.formula).toBe(
      "Essentials met 2 of 3 known, desirables met 1 of 2 known (this post's own): 0.7 × 67% + 0.3 × 50% = 62",
    );
    const answered = assessPosition(
      call([post]),
      post,
      euLawyer,
      { [post.requirements.status === 'published' ? post.requirements.items[3]!.id : '']: yes },
      NOW,
    ).score!;
    expect(answered.desirables).toEqual({ met: 2, known: 3, total: 3 });
    expect(answered.explanation).toBe(
      'Requirements decided by your profile: 3 of 5 met · your answers: 1 of 1 confirmed',
    );
  });

  it('counts an empty group as fully met', () => {
    const only = position([req([master()])]);
    expect(assessPosition(call([only]), only, euLawyer, {}, NOW).score!.value).toBe(100);
  });

  it('cannot rise by adding 50 unrelated skills', () => {
    const plain = assessPosition(call([post]), post, euLawyer, {}, NOW);
    const skilled = assessPosition(call([post]), post, withSkills(euLawyer, UNRELATED_SKILLS), {}, NOW);
    expect(skilled.score).toEqual(plain.score);
    expect(skilled.requirements.map((r) => r.verdict)).toEqual(plain.requirements.map((r) => r.verdict));
  });
});

describe('ranking', () => {
  it('puts posts not excluded first (cleared before conditional), then unknown, then excluded; then score; ties in call order', () => {
    const eligible = position([req([master()])], { id: 'a' });
    const eligibleIf = position(
      [req([master()]), req([{ kind: 'security-clearance', level: 'EU SECRET' }])],
      { id: 'b' },
    );
    const incomplete = position([req([master()]), req([])], { id: 'c' });
    const notEligible = position([req([years(20)])], { id: 'd' });
    const notEligibleHigher = position([req([years(20)]), req([master()])], { id: 'e' });
    const eligibleToo = position([req([master()])], { id: 'f' });
    const unknown = position([], { id: 'g', requirements: { status: 'not-published', note: 'none' } });
    const c = call([unknown, notEligible, notEligibleHigher, incomplete, eligibleIf, eligible, eligibleToo]);
    expect(rankPositions(c, euLawyer, {}, NOW).map((r) => r.positionId)).toEqual([
      'c',
      'a',
      'f',
      'b',
      'g',
      'e',
      'd',
    ]);
    expect(rankAssessments([])).toEqual([]);
  });
});
