import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockText } from '@/utils/detect/text';
import { buildBundle } from '@/utils/parse/bundle';
import { parseEeasAnnex } from '@/utils/parse/eeas-annex';
import { readSources } from '../../../scripts/sources';
import { ROOT } from './helpers';

const sources = await readSources(join(ROOT, 'data'));
const bundle = buildBundle(sources);
/** The bundled calls a new source (README: "Add a published call") leaves as they are. */
const SEEDED = [
  'cilc-western-balkans-advisors-2023',
  'eulex-kosovo-2-2026',
  'isd-programmes-lead-western-balkans',
];
const seeded = () => bundle.calls.filter((c) => SEEDED.includes(c.id));

describe('the committed data bundle', () => {
  it('equals a fresh regeneration from data/sources (run `npm run data` after changing a source or a parser)', () => {
    for (const [path, text] of Object.entries(bundle.files)) {
      expect(readFileSync(join(ROOT, 'data', path), 'utf8'), `data/${path}`).toBe(text);
    }
    expect(readdirSync(join(ROOT, 'data', 'calls')).sort()).toEqual(
      bundle.calls.map((c) => `${c.id}.json`).sort(),
    );
  });

  it('is the same when built from the text sources as file name → text', () => {
    const dir = join(ROOT, 'data', 'sources');
    const files = Object.fromEntries(
      readdirSync(dir)
        .filter((name) => /\.(?:txt|json)$/.test(name))
        .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
    );
    const texts = sources.filter((source) => source.file.endsWith('.txt'));
    expect(buildBundle(files).files).toEqual(buildBundle(texts).files);
  });

  it('has unique requirement ids within each position and records the original file names', () => {
    for (const call of bundle.calls) {
      for (const position of call.positions) {
        const ids =
          position.requirements.status === 'published' ? position.requirements.items.map((r) => r.id) : [];
        expect(new Set(ids).size).toBe(ids.length);
      }
    }
    expect(seeded().map((c) => [c.id, c.source.originalName])).toEqual([
      ['cilc-western-balkans-advisors-2023', '004_a6c7cc9250b1f7a8.txt'],
      ['eulex-kosovo-2-2026', '002_90651e81b0697c7b.txt'],
      ['isd-programmes-lead-western-balkans', '003_0d3dadf09b44c48d.txt'],
    ]);
  });

  it('records the vacancy page of each call from PAGES.json, and refuses one off the publisher hosts', () => {
    expect(seeded().map((c) => [c.id, c.source.page])).toEqual([
      [
        'cilc-western-balkans-advisors-2023',
        'https://cilc.nl/western-balkans-call-for-international-and-national-advisors/',
      ],
      [
        'eulex-kosovo-2-2026',
        'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en',
      ],
      [
        'isd-programmes-lead-western-balkans',
        'https://strongcitiesnetwork.org/careers/programmes-lead-western-balkans/',
      ],
    ]);
    const dir = join(ROOT, 'data', 'sources');
    const files = Object.fromEntries(
      readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
    );
    files['PAGES.json'] = JSON.stringify({ 'cilc-western-balkans-advisors-2023.txt': 'http://cilc.nl/x/' });
    expect(() => buildBundle(files)).toThrow('must be an https address on a publisher host');
  });
});

describe('annex text carried inline by a page', () => {
  const read = (file: string) => {
    const html = readFileSync(join(ROOT, 'tests/fixtures/pages/eeas', file), 'utf8');
    const article = new DOMParser().parseFromString(html, 'text/html').querySelector('article')!;
    return parseEeasAnnex(blockText(article), { file, originalName: file });
  };

  it('parses the page text the way the extension extracts it', () => {
    const libya = read('eubam-libya-3-2024-call-inline.html');
    expect(libya.positions.map((p) => [p.ref, p.title])).toEqual([
      ['LIB 0221', 'Border Management Adviser'],
      ['LIB 0234', 'Mission Security Officer'],
    ]);
    expect(libya.deadline.status === 'published' && libya.deadline.deadline.instant).toBe(
      '2024-09-12T15:00:00Z',
    );
    expect([libya.id, libya.mission, libya.callCode]).toEqual([
      'eubam-libya-3-2024',
      'EUBAM Libya',
      '3-2024',
    ]);
    const eulex = read('eulex-kosovo-2-2026-call-inline-annex.html');
    expect(eulex.positions).toHaveLength(17);
    expect(eulex.positions.reduce((n, p) => n + p.vacancies.confirmed + p.vacancies.pending, 0)).toBe(18);
  });

  it('reads the EULEX page text as the same call as the bundled annex (ids, facets, deadline)', () => {
    const eulex = read('eulex-kosovo-2-2026-call-inline-annex.html');
    const bundled = bundle.calls.find((c) => c.id === 'eulex-kosovo-2-2026')!;
    expect([eulex.id, eulex.mission, eulex.callCode]).toEqual([
      'eulex-kosovo-2-2026',
      'EULEX Kosovo',
      '2-2026',
    ]);
    expect(eulex.deadline).toEqual(bundled.deadline);
    expect(eulex.signals).toEqual(bundled.signals);
    eulex.positions.forEach((position, i) => {
      expect(position, position.ref ?? '').toEqual(bundled.positions[i]);
    });
  });
});
