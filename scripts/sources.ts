import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORIGINAL_NAMES_FILE, PAGES_FILE, type SourceFile, withPage } from '../utils/parse/bundle';
import { readDocument } from '../utils/read/index';

/** Source documents npm run data reads: annex texts, and the PDF and Word files they are published as. */
export const SOURCE_EXTENSIONS = /\.(?:txt|pdf|docx)$/i;

/** A source document that cannot be read; the message names the file. */
export class SourceReadError extends Error {
  override name = 'SourceReadError';
}

/**
 * The sources in data/sources/ (.txt, .pdf, .docx), with their original names from
 * ORIGINAL-NAMES.json and their vacancy pages from PAGES.json (either file may be absent).
 */
export async function readSources(dataDir: string): Promise<SourceFile[]> {
  const dir = join(dataDir, 'sources');
  const map = (name: string) =>
    existsSync(join(dir, name))
      ? (JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, string>)
      : {};
  const names = map(ORIGINAL_NAMES_FILE);
  const pages = map(PAGES_FILE);
  const sources: SourceFile[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => SOURCE_EXTENSIONS.test(f))
    .sort()) {
    const read = await readDocument(new Uint8Array(readFileSync(join(dir, file))), { name: file });
    if (!read.ok)
      throw new SourceReadError(read.error.replace(/^Cannot read "(.*?)": /, 'data/sources/$1: '));
    sources.push(withPage({ file, text: read.text, originalName: names[file] ?? file }, pages[file]));
  }
  return sources;
}
