import type { PageMatch } from './detect/types';
import type { Answers } from './fit/answers';
import { positionRequirements } from './fit/assess';
import { rankPositions } from './fit/rank';
import type { PositionAssessment } from './fit/types';
import { type LookupResult, normaliseRef } from './lookup';
import type { Profile } from './profile/schema';
import type { Call, Requirement } from './schema/call';

/** Everything the sidebar (and the popup, for a PDF annex) shows for one vacancy page. */
export type VacancyView =
  | { status: 'not-in-bundle'; title: string; reason: string }
  | {
      status: 'ready';
      call: Call;
      /** "page": not in the bundle, read on the spot from the annex text the page carries. */
      source: 'bundle' | 'page';
      focusPositionId: string | null;
      /** Per position id: what it is assessed against, listed even without a profile. */
      requirements: Record<string, Requirement[]>;
      /** Ranked; null while there is no profile. */
      assessments: PositionAssessment[] | null;
      answers: Answers;
      savedPositionIds: string[];
    };

export interface VacancyViewDeps {
  lookup(url: URL, match: PageMatch): Promise<LookupResult>;
  loadCall(callId: string): Promise<Call | null>;
  /** Parses annex text carried by the page; throws with a readable message when it cannot. */
  parseInline(text: string, url: URL): Call;
  profile(): Promise<Profile | null>;
  answers(): Promise<Answers>;
  savedPositionIds(callId: string): Promise<string[]>;
  now(): Date;
}

/** An EEAS page carries the annex inline when its text has the annex's position blocks. */
const INLINE_ANNEX = /^Position:/m;

export async function buildVacancyView(
  url: URL,
  match: PageMatch,
  deps: VacancyViewDeps,
): Promise<VacancyView> {
  const found = await deps.lookup(url, match);
  let call: Call | null = null;
  let source: 'bundle' | 'page' = 'bundle';
  let focusRef: string | null = null;
  if (found.status === 'found') {
    call = await deps.loadCall(found.callId);
    focusRef = found.positionRef;
  }
  if (!call) {
    if (match.site !== 'eeas' || !INLINE_ANNEX.test(match.text)) {
      return {
        status: 'not-in-bundle',
        title: match.title,
        reason:
          "This page does not carry the requirements text, so nothing can be checked here. Open the call's annex, or add the call to the data bundle (see the README).",
      };
    }
    try {
      call = deps.parseInline(match.text, url);
      source = 'page';
    } catch (error) {
      return {
        status: 'not-in-bundle',
        title: match.title,
        reason: `The requirements text on this page could not be read: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
  const [profile, answers, savedPositionIds] = await Promise.all([
    deps.profile(),
    deps.answers(),
    deps.savedPositionIds(call.id),
  ]);
  const focus = focusRef
    ? (call.positions.find((p) => p.ref !== null && normaliseRef(p.ref) === normaliseRef(focusRef))?.id ??
      null)
    : null;
  return {
    status: 'ready',
    call,
    source,
    focusPositionId: focus,
    requirements: Object.fromEntries(call.positions.map((p) => [p.id, positionRequirements(call, p)])),
    assessments: profile ? rankPositions(call, profile, answers, deps.now()) : null,
    answers,
    savedPositionIds,
  };
}
