import { z } from 'zod';

export const WATCHLIST_VERSION = 2;

export const STATUSES = [
  'saved',
  'preparing',
  'applied',
  'interview',
  'offer',
  'rejected',
  'withdrawn',
] as const;
export const WatchStatus = z.enum(STATUSES);
export type WatchStatus = z.infer<typeof WatchStatus>;

/** Statuses after which no reminder is useful. */
export const DONE_STATUSES: ReadonlySet<WatchStatus> = new Set([
  'applied',
  'interview',
  'offer',
  'rejected',
  'withdrawn',
]);

export const FitSnapshot = z.object({
  eligibility: z.enum(['eligible', 'eligible-if', 'incomplete', 'not-eligible', 'unknown']),
  score: z.number().int().min(0).max(100).nullable(),
});
export type FitSnapshot = z.infer<typeof FitSnapshot>;

export const WatchDeadline = z.object({
  instant: z.iso.datetime(),
  zone: z.string().min(1),
  text: z.string(),
  /** "bundle": published; "user": set by the user where none is published. */
  source: z.enum(['bundle', 'user']),
});
export type WatchDeadline = z.infer<typeof WatchDeadline>;

export const WatchItem = z.object({
  version: z.literal(WATCHLIST_VERSION),
  id: z.string().min(1),
  callId: z.string().min(1),
  /** Null when the whole call is watched. */
  positionId: z.string().nullable(),
  ref: z.string().nullable(),
  title: z.string().min(1),
  callTitle: z.string(),
  organisation: z.string(),
  url: z.url(),
  deadline: WatchDeadline.nullable(),
  /** Why the deadline is missing or uncertain (not published; several dates without saying which). */
  deadlineNote: z.string().nullable().default(null),
  status: WatchStatus,
  history: z.array(z.object({ status: WatchStatus, at: z.iso.datetime() })).min(1),
  notes: z.string().max(10_000),
  fitAtSave: FitSnapshot.nullable(),
  fitNow: FitSnapshot.nullable(),
  savedAt: z.iso.datetime(),
});
export type WatchItem = z.infer<typeof WatchItem>;

/** What a caller supplies to save a post; the background fills in the rest from the call. */
export const WatchSaveInput = z.object({
  callId: z.string().min(1),
  positionId: z.string().nullable(),
  url: z.url(),
  fitAtSave: FitSnapshot.nullable(),
  /** A deadline the user sets where none is published (e.g. ISD); ignored when the call has one. */
  userDeadline: WatchDeadline.nullable().default(null),
});
export type WatchSaveInput = z.input<typeof WatchSaveInput>;

export function watchItemId(callId: string, positionId: string | null): string {
  return `${callId}/${positionId ?? '*'}`;
}
