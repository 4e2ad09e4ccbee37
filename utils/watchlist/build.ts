import type { Call, CallDeadline } from '../schema/call';
import { WATCHLIST_VERSION, type WatchDeadline, type WatchItem, WatchSaveInput, watchItemId } from './schema';

/**
 * The deadline a watch item carries: the published one; for several candidate dates the earliest
 * (a reminder too early beats a missed call); otherwise the user's own, if any.
 */
export function watchDeadline(
  deadline: CallDeadline,
  userDeadline: WatchDeadline | null,
): { deadline: WatchDeadline | null; note: string | null } {
  if (deadline.status === 'published')
    return { deadline: { ...deadline.deadline, source: 'bundle' }, note: null };
  if (userDeadline) return { deadline: { ...userDeadline, source: 'user' }, note: deadline.note };
  if (deadline.status === 'ambiguous') {
    const earliest = [...deadline.candidates].sort(
      (a, b) => Date.parse(a.instant) - Date.parse(b.instant),
    )[0];
    const dates = deadline.candidates.map((c) => c.text).join(' / ');
    return {
      deadline: earliest ? { ...earliest, source: 'bundle' } : null,
      note: `Earliest of the published dates (${dates}): ${deadline.note}`,
    };
  }
  return { deadline: null, note: deadline.note };
}

/** A new watch item for a post (or, with positionId null, the whole call) of `call`. */
export function buildWatchItem(call: Call, rawInput: WatchSaveInput, now: Date): WatchItem {
  const input = WatchSaveInput.parse(rawInput);
  if (input.callId !== call.id) throw new Error(`Call ${input.callId} was asked for, ${call.id} was given.`);
  const position = input.positionId === null ? null : call.positions.find((p) => p.id === input.positionId);
  if (position === undefined) throw new Error(`Call ${call.id} has no position ${input.positionId}.`);
  const { deadline, note } = watchDeadline(call.deadline, input.userDeadline);
  const at = now.toISOString();
  return {
    version: WATCHLIST_VERSION,
    id: watchItemId(call.id, position?.id ?? null),
    callId: call.id,
    positionId: position?.id ?? null,
    ref: position?.ref ?? null,
    title: position?.title ?? call.title,
    callTitle: call.title,
    organisation: call.organisation,
    url: input.url,
    deadline,
    deadlineNote: note,
    status: 'saved',
    history: [{ status: 'saved', at }],
    notes: '',
    fitAtSave: input.fitAtSave,
    fitNow: input.fitAtSave,
    savedAt: at,
  };
}
