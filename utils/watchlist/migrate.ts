import type { z } from 'zod';
import { WATCHLIST_VERSION, type WatchItem, WatchItem as WatchItemSchema, WatchStatus } from './schema';

/** The first stored shape (version 1): a flat ISO deadline, a free status string, no history. */
export interface WatchItemV1 {
  id: string;
  callId: string;
  positionId: string | null;
  title: string;
  url: string;
  deadline: string | null;
  status: string;
  notes?: string;
  savedAt: string;
}

/** A stored record this build cannot read: kept as it is, skipped, and offered for export. */
export interface UnreadableRecord {
  /** The record's id when it has a usable one. */
  id: string | null;
  /** Why it cannot be read, in a sentence fragment: "it was saved by a newer version …". */
  reason: string;
  raw: unknown;
}

export type ReadRecord = { ok: true; item: WatchItem } | { ok: false; unreadable: UnreadableRecord };

/** The first few problems, by field: "status: Invalid option …; url: Invalid URL; and 3 more". */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  const more = error.issues.length - shown.length;
  return [...shown, ...(more > 0 ? [`and ${more} more`] : [])].join('; ');
}

/** Null for a version this build can read; otherwise why not. */
export function versionProblem(version: unknown, what: string): string | null {
  if (version === undefined || version === 1 || version === WATCHLIST_VERSION) return null;
  if (typeof version === 'number' && Number.isInteger(version) && version > WATCHLIST_VERSION)
    return `${what} was saved by a newer version of Vacancy Fit (version ${version}; this one reads up to version ${WATCHLIST_VERSION})`;
  return `${what} has version ${JSON.stringify(version) ?? String(version)}, which no version of Vacancy Fit wrote`;
}

/** A version-1 deadline string as an instant; "TBC" or any other text gives null. */
function v1Deadline(text: string): string | null {
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}

function upgradeV1(record: Partial<WatchItemV1>): unknown {
  const status = WatchStatus.safeParse(record.status);
  const deadlineText = typeof record.deadline === 'string' ? record.deadline : null;
  const instant = deadlineText ? v1Deadline(deadlineText) : null;
  return {
    version: WATCHLIST_VERSION,
    id: record.id,
    callId: record.callId,
    positionId: record.positionId ?? null,
    ref: null,
    title: record.title,
    callTitle: '',
    organisation: '',
    url: record.url,
    deadline:
      deadlineText && instant
        ? { instant, zone: 'Europe/Brussels', text: deadlineText, source: 'bundle' }
        : null,
    // A deadline that is not a date ("TBC") is kept as the reason there is none.
    deadlineNote: deadlineText && !instant ? `Deadline before the upgrade: ${deadlineText}` : null,
    status: status.success ? status.data : 'saved',
    history: [{ status: status.success ? status.data : 'saved', at: record.savedAt }],
    notes: [record.notes ?? '', status.success ? '' : `Status before the upgrade: ${String(record.status)}`]
      .filter(Boolean)
      .join('\n'),
    fitAtSave: null,
    fitNow: null,
    savedAt: record.savedAt,
  };
}

/** Reads one stored record of any known version on its own; never throws. */
export function readWatchRecord(raw: unknown): ReadRecord {
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : null;
  const id =
    record && typeof (record as { id?: unknown }).id === 'string' ? (record as { id: string }).id : null;
  const unreadable = (reason: string): ReadRecord => ({ ok: false, unreadable: { id, reason, raw } });
  if (!record) return unreadable('it is not a record');
  const version = (record as { version?: unknown }).version;
  const problem = versionProblem(version, 'it');
  if (problem) return unreadable(problem);
  try {
    const candidate = version === WATCHLIST_VERSION ? raw : upgradeV1(record as Partial<WatchItemV1>);
    const parsed = WatchItemSchema.safeParse(candidate);
    return parsed.success
      ? { ok: true, item: parsed.data }
      : unreadable(`it has invalid fields (${describeIssues(parsed.error)})`);
  } catch (error) {
    return unreadable(`it could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Upgrades a stored record of any known version; null when it cannot be read. */
export function migrateWatchItem(raw: unknown): WatchItem | null {
  const read = readWatchRecord(raw);
  return read.ok ? read.item : null;
}

/** An export of records that could not be read, exactly as stored. */
export function unreadableToJson(records: readonly UnreadableRecord[]): string {
  return `${JSON.stringify(
    {
      format: 'vacancy-fit-unreadable-records',
      records: records.map((r) => ({ reason: r.reason, raw: r.raw })),
    },
    null,
    2,
  )}\n`;
}
