import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../utils/parse/bundle';
import { readDocument } from '../utils/read/index';

/** Source documents npm run data reads: annex texts, and the PDF and Word files they are published as. */
export const SOURCE_EXTENSIONS = /\.(?:txt|pdf|docx)$/i;

/** A source document that cannot be read; the message names the file. */
export class SourceReadError extends Error {
  override name = 'SourceReadError';
}

/** The sources in data/sources/ (.txt, .pdf, .docx), with their original names from ORIGINAL-NAMES.json. */
export async function readSources(dataDir: string): Promise<SourceFile[]> {
  const dir = join(dataDir, 'sources');
  const names = JSON.parse(readFileSync(join(dir, 'ORIGINAL-NAMES.json'), 'utf8')) as Record<string, string>;
  const sources: SourceFile[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => SOURCE_EXTENSIONS.test(f))
    .sort()) {
    const read = await readDocument(new Uint8Array(readFileSync(join(dir, file))), { name: file });
    if (!read.ok)
      throw new SourceReadError(read.error.replace(/^Cannot read "(.*?)": /, 'data/sources/$1: '));
    sources.push({ file, text: read.text, originalName: names[file] ?? file });
  }
  return sources;
}
