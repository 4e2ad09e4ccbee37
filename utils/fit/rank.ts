import type { Profile } from '../profile/schema';
import type { Call } from '../schema/call';
import type { Answers } from './answers';
import { assessPosition } from './assess';
import type { PositionAssessment, RequirementAssessment } from './types';

/** Your answer to a call-wide statement is the same on every post of the call, so it never orders them. */
function counted(r: RequirementAssessment): boolean {
  return r.importance === 'essential' && !(r.callWide && r.decidedBy === 'answer');
}

/**
 * 0: not excluded (no essential requirement is not met: hard gates cleared or eligible-if, the
 * rest still to confirm); 1: nothing published, so nothing can be checked; 2: excluded.
 */
export function rankGroup(a: PositionAssessment): number {
  if (a.requirementsStatus === 'not-published') return 1;
  return a.requirements.some((r) => counted(r) && r.verdict === 'not-met') ? 2 : 0;
}

/** At equal relevance a post you clear outright comes before one with a condition. */
function conditional(a: PositionAssessment): number {
  return a.requirements.some((r) => counted(r) && r.verdict === 'eligible-if') ? 1 : 0;
}

/**
 * The one ordering of posts: group (not excluded, unknown, excluded), then relevance (how much of
 * the post's own domain asks your tagged work covers, by years), then months of tagged work in
 * them, then a post you clear outright before one with a condition, then the score; ties keep
 * the input order. Call-wide statements take no part, so answering them never reorders a call.
 */
export function compareAssessments(a: PositionAssessment, b: PositionAssessment): number {
  return (
    rankGroup(a) - rankGroup(b) ||
    (b.relevance?.value ?? -1) - (a.relevance?.value ?? -1) ||
    (b.relevance?.months ?? -1) - (a.relevance?.months ?? -1) ||
    conditional(a) - conditional(b) ||
    (b.score?.value ?? -1) - (a.score?.value ?? -1)
  );
}

export function rankAssessments(assessments: readonly PositionAssessment[]): PositionAssessment[] {
  return assessments
    .map((assessment, index) => ({ assessment, index }))
    .sort((a, b) => compareAssessments(a.assessment, b.assessment) || a.index - b.index)
    .map(({ assessment }) => assessment);
}

/** Every position of a call, assessed and ranked for the profile. */
export function rankPositions(
  call: Call,
  profile: Profile,
  answers: Answers,
  now: Date,
): PositionAssessment[] {
  return rankAssessments(
    call.positions.map((position) => assessPosition(call, position, profile, answers, now)),
  );
}
