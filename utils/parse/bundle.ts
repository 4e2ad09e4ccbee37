import { z } from 'zod';
import { BUNDLE_SCHEMA_VERSION, Call, LookupIndex } from '../schema/call';
import { parseSource } from './index';

export interface SourceFile {
  /** Name under data/sources/. */
  file: string;
  text: string;
  /** The name the source was published or seeded as. */
  originalName: string;
}

export interface Bundle {
  calls: Call[];
  lookup: LookupIndex;
  /** Path under data/ → file content (pretty JSON with a trailing newline). */
  files: Record<string, string>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Builds every bundle file from the sources; throws SourceParseError or a zod error on bad data. */
export function buildBundle(sources: readonly SourceFile[]): Bundle {
  const calls = [...sources]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((source) =>
      Call.parse(parseSource(source.text, { file: source.file, originalName: source.originalName })),
    );
  const ids = calls.map((call) => call.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`Two sources produce the call id "${duplicate}"`);
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
