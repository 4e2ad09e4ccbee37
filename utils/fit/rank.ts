import type { Profile } from '../profile/schema';
import type { Call } from '../schema/call';
import type { Answers } from './answers';
import { assessPosition } from './assess';
import type { Eligibility, PositionAssessment } from './types';

const ORDER: Record<Eligibility, number> = {
  eligible: 0,
  'eligible-if': 1,
  incomplete: 2,
  'not-eligible': 3,
  unknown: 4,
};

/** Orders assessments: eligible, eligible-if, incomplete, not-eligible, unknown; score descending; ties keep input order. */
export function rankAssessments(assessments: readonly PositionAssessment[]): PositionAssessment[] {
  return assessments
    .map((assessment, index) => ({ assessment, index }))
    .sort(
      (a, b) =>
        ORDER[a.assessment.eligibility] - ORDER[b.assessment.eligibility] ||
        (b.assessment.score?.value ?? -1) - (a.assessment.score?.value ?? -1) ||
        a.index - b.index,
    )
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
