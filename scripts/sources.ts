import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../utils/parse/bundle';

/** The sources in data/sources/, with their original names from ORIGINAL-NAMES.json. */
export function readSources(dataDir: string): SourceFile[] {
  const dir = join(dataDir, 'sources');
  const names = JSON.parse(readFileSync(join(dir, 'ORIGINAL-NAMES.json'), 'utf8')) as Record<string, string>;
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({
      file,
      text: readFileSync(join(dir, file), 'utf8'),
      originalName: names[file] ?? file,
    }));
}
