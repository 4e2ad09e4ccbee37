import { z } from 'zod';
import { BUNDLE_SCHEMA_VERSION, Call, LookupIndex } from '../schema/call';
import { parseSource } from './index';

export interface SourceFile {
  /** Name under data/sources/. */
  file: string;
  text: string;
  /** The name the source was published or seeded as. */
  originalName: string;
  /** The vacancy page that publishes the call, from PAGES.json. */
  page?: string;
}

export interface Bundle {
  calls: Call[];
  lookup: LookupIndex;
  /** Path under data/ → file content (pretty JSON with a trailing newline). */
  files: Record<string, string>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** data/sources/ keeps the published/seeded name of each source here. */
export const ORIGINAL_NAMES_FILE = 'ORIGINAL-NAMES.json';
/** ...and the address of the vacancy page that publishes it here (file name → URL). */
export const PAGES_FILE = 'PAGES.json';

/**
 * The contents of data/sources/ (file name → text) as source files: every `.txt` is a source,
 * ORIGINAL-NAMES.json (file name → original name) supplies the names it was published as and
 * PAGES.json (file name → URL) the vacancy pages.
 */
export function sourceFiles(files: Readonly<Record<string, string>>): SourceFile[] {
  const map = (name: string) => (files[name] ? (JSON.parse(files[name]) as Record<string, string>) : {});
  const names = map(ORIGINAL_NAMES_FILE);
  const pages = map(PAGES_FILE);
  return Object.entries(files)
    .filter(([file]) => file.endsWith('.txt'))
    .map(([file, text]) => withPage({ file, text, originalName: names[file] ?? file }, pages[file]));
}

/** A source with its vacancy page, when one is known. */
export function withPage(source: SourceFile, page: string | undefined): SourceFile {
  return page === undefined ? source : { ...source, page };
}

/**
 * Builds every bundle file from the sources (a list, or data/sources/ as file name → text);
 * throws SourceParseError or a zod error on bad data.
 */
export function buildBundle(input: readonly SourceFile[] | Readonly<Record<string, string>>): Bundle {
  const sources = Array.isArray(input)
    ? (input as readonly SourceFile[])
    : sourceFiles(input as Readonly<Record<string, string>>);
  const calls = [...sources]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((source) => {
      const call = parseSource(source.text, { file: source.file, originalName: source.originalName });
      return Call.parse(source.page ? { ...call, source: { ...call.source, page: source.page } } : call);
    });
  const ids = calls.map((call) => call.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) {
    const files = calls.filter((call) => call.id === duplicate).map((call) => call.source.file);
    throw new Error(`Two sources produce the call id "${duplicate}": ${files.join(', ')}`);
  }
  const lookup = LookupIndex.parse({
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    calls: calls.map((call) => ({
      ...call.signals,
      callId: call.id,
      file: `calls/${call.id}.json`,
      publisher: call.publisher,
      title: call.title,
      positionCount: call.positions.length,
    })),
  });
  const files: Record<string, string> = {
    'lookup.json': json(lookup),
    'schema/call.schema.json': json(z.toJSONSchema(Call)),
    'schema/lookup.schema.json': json(z.toJSONSchema(LookupIndex)),
  };
  for (const call of calls) files[`calls/${call.id}.json`] = json(call);
  return { calls, lookup, files };
}
