import { z } from 'zod';
import { unreadableText, withoutBom } from '../text-file';
import { describeIssues, readWatchRecord, versionProblem } from './migrate';
import { WATCHLIST_VERSION, WatchItem, WatchStatus } from './schema';

const MAX_BYTES = 5_000_000;
const MAX_ITEMS = 5000;

export type WatchlistImport = { ok: true; items: WatchItem[] } | { ok: false; errors: string[] };

/** The watchlist as JSON: the stored records, versioned. */
export function watchlistToJson(items: readonly WatchItem[]): string {
  return `${JSON.stringify({ format: 'vacancy-fit-watchlist', version: WATCHLIST_VERSION, items }, null, 2)}\n`;
}

const JsonFile = z.object({
  format: z.literal('vacancy-fit-watchlist'),
  version: z.unknown().optional(),
  items: z.array(z.unknown()).max(MAX_ITEMS),
});

/** Two items with one id would silently overwrite each other: refuse the file instead. */
function duplicateErrors(
  items: readonly { item: WatchItem; index: number }[],
  where: (index: number) => string,
): string[] {
  const seen = new Map<string, number>();
  const errors: string[] = [];
  for (const { item, index } of items) {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else errors.push(`${where(index)} has the same id as ${where(first).toLowerCase()} (${item.id}).`);
  }
  return errors;
}

/** Reads an exported JSON watchlist; any invalid item rejects the whole file, so nothing half-imports. */
export function parseWatchlistJson(text: string): WatchlistImport {
  if (text.length > MAX_BYTES) return { ok: false, errors: ['The file is larger than 5 MB.'] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`],
    };
  }
  const file = JsonFile.safeParse(raw);
  if (!file.success)
    return {
      ok: false,
      errors: ['This is not a Vacancy Fit watchlist export ("format": "vacancy-fit-watchlist").'],
    };
  const fileVersion = versionProblem(file.data.version, 'This file');
  if (fileVersion) return { ok: false, errors: [`${fileVersion}.`] };
  const items: { item: WatchItem; index: number }[] = [];
  const errors: string[] = [];
  file.data.items.forEach((value, index) => {
    const read = readWatchRecord(value);
    if (read.ok) {
      items.push({ item: read.item, index });
      return;
    }
    const version = versionProblem((value as { version?: unknown } | null)?.version, `Item ${index + 1}`);
    if (version) {
      errors.push(`${version}.`);
      return;
    }
    const detail = WatchItem.safeParse(value);
    errors.push(
      `Item ${index + 1} is not a valid watchlist item${detail.success ? '' : ` (${describeIssues(detail.error)})`}.`,
    );
  });
  errors.push(...duplicateErrors(items, (i) => `Item ${i + 1}`));
  return errors.length ? { ok: false, errors } : { ok: true, items: items.map((i) => i.item) };
}

// ---- CSV ----

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
  'deadlineText',
  'deadlineSource',
  'deadlineNote',
  'status',
  'history',
  'notes',
  'fitAtSaveEligibility',
  'fitAtSaveScore',
  'savedAt',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Text a spreadsheet would run as a formula: a leading = + - @, tab or CR. Leading apostrophes
 * count too, so a value that really starts with "'=" gets its own prefix and survives the import.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** One exported cell: formula-like text prefixed with ', quoted when it holds , ; " or a line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  // Quoted on ";" too: spreadsheets in many locales split on it.
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** "saved 2026-06-01T10:00:00.000Z; applied 2026-06-05T09:00:00.000Z" */
function historyCell(history: WatchItem['history']): string {
  return history.map((h) => `${h.status} ${h.at}`).join('; ');
}

/** One row per item, for spreadsheets and for import; the deadline as an exact UTC instant. */
export function watchlistToCsv(items: readonly WatchItem[]): string {
  const rows = items.map((item) => {
    const cells: Record<CsvColumn, string> = {
      id: item.id,
      callId: item.callId,
      positionId: item.positionId ?? '',
      ref: item.ref ?? '',
      title: item.title,
      callTitle: item.callTitle,
      organisation: item.organisation,
      url: item.url,
      deadline: item.deadline?.instant ?? '',
      deadlineZone: item.deadline?.zone ?? '',
      deadlineText: item.deadline?.text ?? '',
      deadlineSource: item.deadline?.source ?? '',
      deadlineNote: item.deadlineNote ?? '',
      status: item.status,
      history: historyCell(item.history),
      notes: item.notes,
      fitAtSaveEligibility: item.fitAtSave?.eligibility ?? '',
      fitAtSaveScore: item.fitAtSave?.score === null || !item.fitAtSave ? '' : String(item.fitAtSave.score),
      savedAt: item.savedAt,
    };
    return CSV_COLUMNS.map((column) => csvCell(cells[column])).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** RFC 4180 records; null when a quoted field is never closed. */
export function parseCsvRecords(text: string): string[][] | null {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const input = text.replace(/^\uFEFF/, '');
  while (i < input.length) {
    const char = input[i] as string;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (char === '\r' && input[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (quoted) return null;
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Removes exactly the prefix `csvCell` added, nothing else. */
export function unformula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function parseHistory(cell: string): unknown {
  return cell
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [status = '', at = ''] = part.split(/\s+/);
      return { status, at };
    });
}

function rowToItem(row: Record<CsvColumn, string>): unknown {
  const opt = (value: string) => (value === '' ? null : value);
  return {
    version: WATCHLIST_VERSION,
    id: row.id,
    callId: row.callId,
    positionId: opt(row.positionId),
    ref: opt(row.ref),
    title: row.title,
    callTitle: row.callTitle,
    organisation: row.organisation,
    url: row.url,
    deadline:
      row.deadline === ''
        ? null
        : {
            instant: row.deadline,
            zone: row.deadlineZone,
            text: row.deadlineText,
            source: row.deadlineSource,
          },
    deadlineNote: opt(row.deadlineNote),
    status: row.status,
    history: row.history === '' ? [{ status: row.status, at: row.savedAt }] : parseHistory(row.history),
    notes: row.notes,
    fitAtSave:
      row.fitAtSaveEligibility === ''
        ? null
        : {
            eligibility: row.fitAtSaveEligibility,
            score: row.fitAtSaveScore === '' ? null : Number(row.fitAtSaveScore),
          },
    fitNow: null,
    savedAt: row.savedAt,
  };
}

/** Reads a CSV written by `watchlistToCsv`; any invalid row rejects the whole file with row-level errors. */
export function parseWatchlistCsv(text: string): WatchlistImport {
  if (text.length > MAX_BYTES) return { ok: false, errors: ['The file is larger than 5 MB.'] };
  const records = parseCsvRecords(text);
  if (!records) return { ok: false, errors: ['The CSV file ends inside a quoted field.'] };
  const [header, ...rows] = records;
  const missing = CSV_COLUMNS.filter((column) => !header?.includes(column));
  if (!header || missing.length)
    return {
      ok: false,
      errors: [`This is not a Vacancy Fit watchlist CSV: missing column(s) ${missing.join(', ')}.`],
    };
  if (rows.length > MAX_ITEMS) return { ok: false, errors: [`More than ${MAX_ITEMS} rows.`] };
  const items: { item: WatchItem; index: number }[] = [];
  const errors: string[] = [];
  rows.forEach((cells, index) => {
    const line = `Row ${index + 2}`;
    if (cells.length !== header.length) {
      errors.push(`${line} has ${cells.length} cells; the header has ${header.length}.`);
      return;
    }
    const row = Object.fromEntries(
      CSV_COLUMNS.map((column) => [column, unformula(cells[header.indexOf(column)] ?? '')]),
    ) as Record<CsvColumn, string>;
    const status = WatchStatus.safeParse(row.status);
    const parsed = WatchItem.safeParse(rowToItem(row));
    if (parsed.success) items.push({ item: parsed.data, index });
    else
      errors.push(
        `${line}${status.success ? '' : ` (status "${row.status}")`}: ${describeIssues(parsed.error)}.`,
      );
  });
  errors.push(...duplicateErrors(items, (i) => `Row ${i + 2}`));
  return errors.length ? { ok: false, errors } : { ok: true, items: items.map((i) => i.item) };
}

/** JSON or CSV, told apart by the content. */
export function parseWatchlistFile(file: string): WatchlistImport {
  const text = withoutBom(file);
  const unreadable = unreadableText(text);
  if (unreadable) return { ok: false, errors: [unreadable] };
  return text.trimStart().startsWith('{') ? parseWatchlistJson(text) : parseWatchlistCsv(text);
}
