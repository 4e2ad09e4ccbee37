import type { AnnexCall } from './annex-source';
import { formatInUserZone, formatInZone } from './deadline-format';
import type { PageMatch } from './detect/types';
import type { Answers } from './fit/answers';
import { positionRequirements } from './fit/assess';
import { rankPositions } from './fit/rank';
import type { PositionAssessment, RequirementAssessment } from './fit/types';
import { type LookupResult, normaliseRef } from './lookup';
import type { Profile } from './profile/schema';
import type { Call, Deadline, Position, Requirement } from './schema/call';

/*
 * The view crosses a message boundary on every vacancy page, so it carries only what is shown:
 * no task lists, no matcher facets or keywords. The whole call is ten times larger and its
 * serialisation alone would take the sidebar past its paint budget.
 */
export type RequirementLine = Pick<
  Requirement,
  'id' | 'text' | 'importance' | 'section' | 'callWide' | 'parentId'
>;
export type PositionLine = Pick<
  Position,
  'id' | 'ref' | 'title' | 'vacancies' | 'location' | 'country' | 'availability'
> & { requirements: { status: 'published' } | { status: 'not-published'; note: string } };
/**
 * A deadline with its wall-clock times already written out: the first date formatting in a page
 * costs 25-60 ms (ICU start-up), so the sidebar does none; the worker's Intl stays warm.
 */
export type DeadlineLine = Deadline & {
  /** "Thu 25 Jun 2026, 17:00" in the user's zone. */
  yourTime: string;
  /** "Thu 25 Jun 2026, 17:00 Brussels time". */
  publishedTime: string;
};
export type CallDeadlineLine =
  | { status: 'published'; deadline: DeadlineLine }
  | { status: 'ambiguous'; candidates: DeadlineLine[]; note: string }
  | { status: 'not-published'; note: string };
export type CallLine = Pick<Call, 'id' | 'title' | 'organisation' | 'callCode'> & {
  deadline: CallDeadlineLine;
  positions: PositionLine[];
};
/** A verdict without the requirement's text, which the view carries once per call. */
export type RequirementVerdictLine = Omit<
  RequirementAssessment,
  'facets' | 'text' | 'importance' | 'section' | 'callWide' | 'parentId' | 'derived' | 'gist'
>;
export type AssessmentLine = Omit<PositionAssessment, 'requirements' | 'conflicts'> & {
  requirements: RequirementVerdictLine[];
};

/** Everything the sidebar (and the popup, for a PDF annex) shows for one vacancy page. */
export type VacancyView =
  | { status: 'not-in-bundle'; title: string; reason: string }
  | {
      status: 'ready';
      call: CallLine;
      /**
       * "page": not in the bundle, read on the spot from the annex text the page carries;
       * "annex": read from the annex document (PDF/Word) the page links, or the PDF open in the tab.
       */
      source: CallSource;
      focusPositionId: string | null;
      /** Every requirement of the call by id, call-wide ones once. */
      requirements: Record<string, RequirementLine>;
      /** Per position id: the ids of what it is assessed against, listed even without a profile. */
      requirementIds: Record<string, string[]>;
      /** Ranked; null while there is no profile. */
      assessments: AssessmentLine[] | null;
      answers: Answers;
      savedPositionIds: string[];
    };

/** "file": read from a document the user chose in "Check a call from a file". */
export type CallSource = 'bundle' | 'page' | 'annex' | 'file';

export interface VacancyViewDeps {
  lookup(url: URL, match: PageMatch): Promise<LookupResult>;
  loadCall(callId: string): Promise<Call | null>;
  /** Parses annex text carried by the page; throws with a readable message when it cannot. */
  parseInline(text: string, url: URL): Call;
  /** Reads the annex document the page links (a GET on the page's host); absent: never read. */
  readAnnex?(annexUrl: string, pageUrl: URL): Promise<AnnexCall>;
  profile(): Promise<Profile | null>;
  answers(): Promise<Answers>;
  savedPositionIds(callId: string): Promise<string[]>;
  now(): Date;
  /** The user's IANA time zone. */
  timeZone(): string;
}

/** An EEAS page carries the annex inline when its text has the annex's position blocks. */
const INLINE_ANNEX = /^Position:/m;

type ResolvedCall =
  | { status: 'ready'; call: Call; source: CallSource; focusRef: string | null }
  | { status: 'not-in-bundle'; title: string; reason: string };

/** The call a vacancy page belongs to: from the bundle, else read from the annex text on the page. */
export async function resolveCall(
  url: URL,
  match: PageMatch,
  deps: Pick<VacancyViewDeps, 'lookup' | 'loadCall' | 'parseInline' | 'readAnnex'>,
): Promise<ResolvedCall> {
  const found = await deps.lookup(url, match);
  if (found.status === 'found') {
    const call = await deps.loadCall(found.callId);
    if (call) return { status: 'ready', call, source: 'bundle', focusRef: found.positionRef };
  }
  const inline = match.site === 'eeas' && INLINE_ANNEX.test(match.text);
  if (!inline && match.annexUrl && deps.readAnnex) {
    const read = await deps.readAnnex(match.annexUrl, url);
    return read.ok
      ? { status: 'ready', call: read.call, source: 'annex', focusRef: null }
      : { status: 'not-in-bundle', title: match.title, reason: read.reason };
  }
  if (!inline) {
    return {
      status: 'not-in-bundle',
      title: match.title,
      reason:
        "This page does not carry the requirements text, so nothing can be checked here. Open the call's annex, or add the call to the data bundle (see the README).",
    };
  }
  try {
    return { status: 'ready', call: deps.parseInline(match.text, url), source: 'page', focusRef: null };
  } catch (error) {
    return {
      status: 'not-in-bundle',
      title: match.title,
      reason: `The requirements text on this page could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

export async function buildVacancyView(
  url: URL,
  match: PageMatch,
  deps: VacancyViewDeps,
): Promise<VacancyView> {
  const resolved = await resolveCall(url, match, deps);
  if (resolved.status !== 'ready') return resolved;
  return viewOfCall(resolved, deps);
}

/** The view of a call however it was found (the bundle, a page, an annex, a file the user chose). */
export async function viewOfCall(
  { call, source, focusRef }: { call: Call; source: CallSource; focusRef: string | null },
  deps: Pick<VacancyViewDeps, 'profile' | 'answers' | 'savedPositionIds' | 'now' | 'timeZone'>,
): Promise<VacancyView> {
  const [profile, answers, savedPositionIds] = await Promise.all([
    deps.profile(),
    deps.answers(),
    deps.savedPositionIds(call.id),
  ]);
  const focus = focusRef
    ? (call.positions.find((p) => p.ref !== null && normaliseRef(p.ref) === normaliseRef(focusRef))?.id ??
      null)
    : null;
  const lists = call.positions.map((p) => positionRequirements(call, p));
  return {
    status: 'ready',
    source,
    focusPositionId: focus,
    call: callLine(call, deps.timeZone()),
    requirements: Object.fromEntries(lists.flat().map((r) => [r.id, requirementLine(r)])),
    requirementIds: Object.fromEntries(call.positions.map((p, i) => [p.id, lists[i]!.map((r) => r.id)])),
    assessments: profile ? rankPositions(call, profile, answers, deps.now()).map(assessmentLine) : null,
    answers,
    savedPositionIds,
  };
}

function callLine(
  { id, title, organisation, callCode, deadline, positions }: Call,
  timeZone: string,
): CallLine {
  const line = (d: Deadline): DeadlineLine => ({
    ...d,
    yourTime: formatInUserZone(d.instant, timeZone),
    publishedTime: formatInZone(d.instant, d.zone),
  });
  return {
    id,
    title,
    organisation,
    callCode,
    deadline:
      deadline.status === 'published'
        ? { status: 'published', deadline: line(deadline.deadline) }
        : deadline.status === 'ambiguous'
          ? { ...deadline, candidates: deadline.candidates.map(line) }
          : deadline,
    positions: positions.map(
      ({ id, ref, title, vacancies, location, country, availability, requirements }) => ({
        id,
        ref,
        title,
        vacancies,
        location,
        country,
        availability,
        requirements:
          requirements.status === 'published'
            ? { status: 'published' }
            : { status: 'not-published', note: requirements.note },
      }),
    ),
  };
}

function requirementLine({
  id,
  text,
  importance,
  section,
  callWide,
  parentId,
}: Requirement): RequirementLine {
  return parentId === undefined
    ? { id, text, importance, section, callWide }
    : { id, text, importance, section, callWide, parentId };
}

function assessmentLine({ requirements, conflicts: _, ...rest }: PositionAssessment): AssessmentLine {
  return {
    ...rest,
    requirements: requirements.map(
      ({ facets, text, importance, section, callWide, parentId, derived, gist, ...verdict }) => verdict,
    ),
  };
}
