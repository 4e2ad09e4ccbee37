import type { Answers } from '../fit/answers';
import { assessPosition } from '../fit/assess';
import type { Profile } from '../profile/schema';
import type { Call } from '../schema/call';
import type { FitSnapshot, WatchItem } from './schema';

/** The item's fit for the profile as it is today; null for whole calls, unknown calls or no profile. */
export function fitNow(
  item: WatchItem,
  call: Call | null,
  profile: Profile | null,
  answers: Answers,
  now: Date,
): FitSnapshot | null {
  const position = call?.positions.find((p) => p.id === item.positionId);
  if (!call || !position || !profile) return null;
  const assessment = assessPosition(call, position, profile, answers, now);
  return { eligibility: assessment.eligibility, score: assessment.score?.value ?? null };
}
