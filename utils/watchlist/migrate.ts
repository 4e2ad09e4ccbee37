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

/** Upgrades a stored record of any known version; null when it cannot be read at all. */
export function migrateWatchItem(raw: unknown): WatchItem | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Partial<WatchItemV1> & { version?: number };
  if (record.version === WATCHLIST_VERSION) {
    const parsed = WatchItemSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  }
  if (!record.id || !record.callId || !record.title || !record.url || !record.savedAt) return null;
  const status = WatchStatus.safeParse(record.status);
  const item = {
    version: WATCHLIST_VERSION,
    id: record.id,
    callId: record.callId,
    positionId: record.positionId ?? null,
    ref: null,
    title: record.title,
    callTitle: '',
    organisation: '',
    url: record.url,
    deadline: record.deadline
      ? {
          instant: new Date(record.deadline).toISOString(),
          zone: 'Europe/Brussels',
          text: record.deadline,
          source: 'bundle',
        }
      : null,
    deadlineNote: null,
    status: status.success ? status.data : 'saved',
    history: [{ status: status.success ? status.data : 'saved', at: record.savedAt }],
    notes: [record.notes ?? '', status.success ? '' : `Status before the upgrade: ${record.status}`]
      .filter(Boolean)
      .join('\n'),
    fitAtSave: null,
    fitNow: null,
    savedAt: record.savedAt,
  };
  const parsed = WatchItemSchema.safeParse(item);
  return parsed.success ? parsed.data : null;
}
