/**
 * `npm run data`: regenerates data/calls/, data/lookup.json and data/schema/ from data/sources/ and
 * prints the positions. `npm run data -- --check` only compares and exits 1 when anything differs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildBundle } from '../utils/parse/bundle';
import { SourceParseError } from '../utils/parse/errors';
import { readSources, SourceReadError } from './sources';

const DATA = join(import.meta.dirname, '..', 'data');
const check = process.argv.includes('--check');

let bundle: ReturnType<typeof buildBundle>;
try {
  bundle = buildBundle(await readSources(DATA));
} catch (error) {
  if (error instanceof SourceReadError) console.error(`Cannot read a source: ${error.message}`);
  else console.error(error instanceof SourceParseError ? `Cannot read a source: ${error.message}` : error);
  process.exit(1);
}

if (check) {
  const stale = Object.entries(bundle.files).filter(
    ([path, text]) => !existsSync(join(DATA, path)) || readFileSync(join(DATA, path), 'utf8') !== text,
  );
  const extra = readdirSync(join(DATA, 'calls')).filter((name) => !(`calls/${name}` in bundle.files));
  for (const [path] of stale) console.error(`data/${path} differs from a fresh regeneration`);
  for (const name of extra) console.error(`data/calls/${name} has no source`);
  process.exit(stale.length + extra.length > 0 ? 1 : 0);
}

rmSync(join(DATA, 'calls'), { recursive: true, force: true });
for (const [path, text] of Object.entries(bundle.files)) {
  mkdirSync(dirname(join(DATA, path)), { recursive: true });
  writeFileSync(join(DATA, path), text);
}
console.table(
  bundle.calls.flatMap((call) =>
    call.positions.map((p) => {
      const items = p.requirements.status === 'published' ? p.requirements.items : [];
      return {
        call: call.id,
        ref: p.ref ?? '',
        title: p.title.slice(0, 48),
        vacancies: p.vacancies.confirmed + p.vacancies.pending,
        essential:
          p.requirements.status === 'published'
            ? items.filter((r) => r.importance === 'essential').length
            : 'not published',
        desirable:
          p.requirements.status === 'published'
            ? items.filter((r) => r.importance === 'desirable').length
            : 'not published',
      };
    }),
  ),
);
console.log(`Wrote ${Object.keys(bundle.files).length} files to data/.`);
