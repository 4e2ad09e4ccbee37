import { isOpenAt } from './countdown';
import { formatInUserZone } from './deadline-format';
import type { Answers } from './fit/answers';
import { assessPosition } from './fit/assess';
import { compareAssessments } from './fit/rank';
import type { Headline, PositionAssessment } from './fit/types';
import { isPublisherUrl } from './hosts';
import type { Profile } from './profile/schema';
import type { Call, Deadline } from './schema/call';
import type { CallSource } from './vacancy-view';

/*
 * "Posts for you": every post of every call the extension knows (bundled, or read from a page or
 * an annex document), in one list. Open posts first; among them the fit ordering of
 * utils/fit/rank.ts across calls (not excluded, relevance, score); then the nearer deadline.
 */

export interface KnownCall {
  call: Call;
  source: Exclude<CallSource, 'file'>;
}

export type PostDeadline =
  | { status: 'published'; instant: string; yourTime: string }
  | { status: 'unknown'; note: string };

export interface PostRow {
  callId: string;
  callTitle: string;
  organisation: string;
  source: KnownCall['source'];
  positionId: string;
  ref: string | null;
  title: string;
  location: string | null;
  /** The vacancy page (or the annex document): always https on a publisher host, else null. */
  link: string | null;
  /** Null while there is no profile. */
  headline: Pick<Headline, 'status' | 'text' | 'openText'> | null;
  relevance: number | null;
  deadline: PostDeadline;
  /** False once the deadline has passed; a post with no single published deadline counts as open. */
  open: boolean;
}

function postDeadline(call: Call, timeZone: string): PostDeadline {
  const { deadline } = call;
  const published = (d: Deadline, suffix = ''): PostDeadline => ({
    status: 'published',
    instant: d.instant,
    yourTime: `${formatInUserZone(d.instant, timeZone)}${suffix}`,
  });
  if (deadline.status === 'published') return published(deadline.deadline);
  if (deadline.status === 'ambiguous') {
    // The later candidate: a post is not called closed while one reading still has it open.
    const last = [...deadline.candidates].sort((a, b) => Date.parse(b.instant) - Date.parse(a.instant))[0];
    return last
      ? published(last, ' (the later of the dates given)')
      : { status: 'unknown', note: deadline.note };
  }
  return { status: 'unknown', note: deadline.note };
}

/** The call's page, else the document it was read from, when either is a publisher's https URL. */
function callLink(call: Call): string | null {
  for (const candidate of [call.source.page, call.source.file]) {
    if (candidate && isPublisherUrl(candidate)) return candidate;
  }
  return null;
}

export function postsForYou(
  calls: readonly KnownCall[],
  profile: Profile | null,
  answers: Answers,
  now: Date,
  timeZone: string,
): PostRow[] {
  const rows: { row: PostRow; assessment: PositionAssessment | null }[] = [];
  const seen = new Set<string>();
  for (const { call, source } of calls) {
    // A call read from an annex is also in the bundle once the bundle catches up: list it once.
    if (seen.has(call.id)) continue;
    seen.add(call.id);
    const deadline = postDeadline(call, timeZone);
    const open = isOpenAt(deadline, now);
    const link = callLink(call);
    for (const position of call.positions) {
      const assessment = profile ? assessPosition(call, position, profile, answers, now) : null;
      rows.push({
        assessment,
        row: {
          callId: call.id,
          callTitle: call.title,
          organisation: call.organisation,
          source,
          positionId: position.id,
          ref: position.ref,
          title: position.title,
          location: position.location,
          link,
          headline: assessment
            ? {
                status: assessment.headline.status,
                text: assessment.headline.text,
                openText: assessment.headline.openText,
              }
            : null,
          relevance: assessment?.relevance?.value ?? null,
          deadline,
          open,
        },
      });
    }
  }
  const closing = (row: PostRow) =>
    row.deadline.status === 'published' ? Date.parse(row.deadline.instant) : Number.POSITIVE_INFINITY;
  // Array sort is stable: equal posts keep the order of their calls.
  return rows
    .sort(
      (a, b) =>
        Number(b.row.open) - Number(a.row.open) ||
        (a.assessment && b.assessment ? compareAssessments(a.assessment, b.assessment) : 0) ||
        closing(a.row) - closing(b.row),
    )
    .map(({ row }) => row);
}
