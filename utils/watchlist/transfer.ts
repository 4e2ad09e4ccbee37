import { z } from 'zod';
import { migrateWatchItem } from './migrate';
import type { WatchItem } from './schema';

const CSV_COLUMNS = [
  'id',
  'callId',
  'positionId',
  'ref',
  'title',
  'callTitle',
  'organisation',
  'url',
  'deadline',
  'deadlineZone',
  'status',
  'notes',
  'savedAt',
] as const;

/** The watchlist as JSON: the stored records, versioned. */
export function watchlistToJson(items: readonly WatchItem[]): string {
  return `${JSON.stringify({ format: 'vacancy-fit-watchlist', items }, null, 2)}\n`;
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One row per item for spreadsheets; the deadline as an exact UTC instant. Not re-importable: use JSON. */
export function watchlistToCsv(items: readonly WatchItem[]): string {
  const rows = items.map((item) =>
    [
      item.id,
      item.callId,
      item.positionId ?? '',
      item.ref ?? '',
      item.title,
      item.callTitle,
      item.organisation,
      item.url,
      item.deadline?.instant ?? '',
      item.deadline?.zone ?? '',
      item.status,
      item.notes,
      item.savedAt,
    ].map(csvCell),
  );
  return `${[CSV_COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\r\n')}\r\n`;
}

export type WatchlistImport = { ok: true; items: WatchItem[] } | { ok: false; errors: string[] };

const File = z.object({ format: z.literal('vacancy-fit-watchlist'), items: z.array(z.unknown()).max(5000) });

/** Reads an exported JSON watchlist; any invalid item rejects the whole file, so nothing half-imports. */
export function parseWatchlistJson(text: string): WatchlistImport {
  if (text.length > 5_000_000) return { ok: false, errors: ['The file is larger than 5 MB.'] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`],
    };
  }
  const file = File.safeParse(raw);
  if (!file.success)
    return {
      ok: false,
      errors: ['This is not a Vacancy Fit watchlist export ("format": "vacancy-fit-watchlist").'],
    };
  const items: WatchItem[] = [];
  const errors: string[] = [];
  file.data.items.forEach((value, index) => {
    const item = migrateWatchItem(value);
    if (item) items.push(item);
    else errors.push(`Item ${index + 1} is not a valid watchlist item.`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, items };
}
