import { describe, expect, it } from 'vitest';
import { type Answers, answerKey, findAnswer, normaliseStatement } from '../../../utils/fit/answers';
import { assessPosition } from '../../../utils/fit/assess';
import type { RequirementAssessment } from '../../../utils/fit/types';
import { bundleCalls } from './bundle';
import { COMMUNICATION_RETYPED, HEALTH, INTEGRITY, MISSION_AREA, secondCall } from './fixtures/second-call';
import { exampleLawyer, NOW } from './personas';

const eulex = bundleCalls.find((c) => c.publisher === 'EEAS' && c.callCode === '2-2026')!;
const AT = '2026-05-31T12:00:00Z';

function assessAll(call = eulex, answers: Answers = {}) {
  return call.positions.map((p) => assessPosition(call, p, exampleLawyer, answers, NOW));
}

/** The call-wide statements of the first post, each answered once, "met". */
function answerCallWideOnce(): { answers: Answers; statements: RequirementAssessment[] } {
  const statements = assessAll()[0]!.requirements.filter((r) => r.callWide && r.decidedBy !== 'profile');
  return {
    statements,
    answers: Object.fromEntries(statements.map((r) => [r.answerKey, { value: 'met' as const, at: AT }])),
  };
}

describe('answers given once', () => {
  it('a call-wide statement answered once is answered on all 17 EULEX posts', () => {
    const { answers, statements } = answerCallWideOnce();
    expect(statements.map((r) => r.text.split(' – ')[0])).toEqual([
      'Integrity',
      'Flexibility and adaptability',
      'Availability',
      'Physical and mental health',
      'Knowledge',
      'Communication and interpersonal skills',
      'Organisational skills',
      'Digital skills',
      'Knowledge of the Mission area',
      'Knowledge and experience of Security Sector Reform',
      'Language',
    ]);
    const after = assessAll(eulex, answers);
    expect(after).toHaveLength(17);
    for (const a of after) {
      const callWide = a.requirements.filter((r) => r.callWide && r.decidedBy !== 'profile');
      expect(
        callWide.map((r) => [r.decidedBy, r.verdict]),
        a.ref ?? '',
      ).toEqual(statements.map(() => ['answer', 'met']));
    }
  });

  it('the same statement in a second call is answered there too; a place-bound one is not', () => {
    const { answers } = answerCallWideOnce();
    const [legal] = assessAll(secondCall, answers);
    const byText = new Map(legal!.requirements.map((r) => [r.text, r]));
    expect(byText.get(INTEGRITY)!.decidedBy).toBe('answer');
    expect(byText.get(HEALTH)!.decidedBy).toBe('answer');
    expect(byText.get(COMMUNICATION_RETYPED)!.decidedBy).toBe('answer');
    // "the Mission area" is Kosovo in one call and Somalia in the other.
    expect(byText.get(MISSION_AREA)!.decidedBy).toBe('nothing');
    expect(byText.get(MISSION_AREA)!.answerKey).toMatch(/^eucap-somalia-1-2026:text:/);
    expect(legal!.requirements.filter((r) => r.decidedBy === 'nothing').map((r) => r.text)).toEqual([
      'Computer literacy – Candidates must have good computer skills, including the MS Office suite.',
      MISSION_AREA,
      'Report writing skills;',
    ]);
  });

  it('keys: profile-decided requirements by id, statements by normalised text', () => {
    expect(normaliseStatement('Report  writing skills;')).toBe('report writing skills');
    const decided = { id: 'c:p:eqe-1', text: 'Master', facets: [{ kind: 'weapon-authorisation' as const }] };
    expect(answerKey(eulex, decided)).toBe('c:p:eqe-1');
    const a = answerKey(eulex, { id: 'x:1', text: 'Report writing skills;', facets: [] });
    expect(answerKey(secondCall, { id: 'y:2', text: 'report writing skills', facets: [] })).toBe(a);
    expect(a).toMatch(/^text:[0-9a-z]+$/);
  });

  it('an answer stored under the requirement id (older versions) is still read, and says where it came from', () => {
    const jm = eulex.positions.find((p) => p.ref === 'EK 60092')!;
    const integrity = jm.requirements.status === 'published' ? jm.requirements.items[1]! : undefined;
    expect(integrity!.id).toBe('eulex-kosovo-2-2026:call:i-2');
    const legacy: Answers = { [integrity!.id]: { value: 'met', at: AT } };
    const found = findAnswer(legacy, eulex, integrity!);
    expect(found).toEqual({
      answer: { value: 'met', at: AT },
      key: answerKey(eulex, integrity!),
      legacyKey: integrity!.id,
    });
    const r = assessPosition(eulex, jm, exampleLawyer, legacy, NOW).requirements[1]!;
    expect([r.decidedBy, r.verdict, r.legacyAnswerKey]).toEqual(['answer', 'met', integrity!.id]);
    // A newer answer under the key wins over the legacy one.
    const both: Answers = { ...legacy, [answerKey(eulex, integrity!)]: { value: 'not-met', at: AT } };
    expect(assessPosition(eulex, jm, exampleLawyer, both, NOW).requirements[1]!.verdict).toBe('not-met');
  });

  it('a withdrawn answer leaves the statement open again', () => {
    const { answers, statements } = answerCallWideOnce();
    const { [statements[0]!.answerKey]: _withdrawn, ...rest } = answers;
    const first = assessAll(eulex, rest)[5]!.requirements.find((r) => r.id === statements[0]!.id)!;
    expect([first.decidedBy, first.verdict]).toEqual(['nothing', 'needs-answer']);
  });
});
