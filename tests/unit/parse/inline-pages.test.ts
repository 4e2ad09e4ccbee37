import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEeasVacancy } from '@/utils/detect/eeas';
import { blockText } from '@/utils/detect/text';
import { parseSource } from '@/utils/parse/index';
import { Call } from '@/utils/schema/call';
import { ROOT } from './helpers';

const URL_OF_CALL = new URL(
  'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en',
);
const bundled = Call.parse(
  JSON.parse(readFileSync(join(ROOT, 'data/calls/eulex-kosovo-2-2026.json'), 'utf8')),
);

/** The page as the extension reads it: detection's page-text extraction, then the one parser. */
function readPage(file: string) {
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages/eeas', file), 'utf8');
  const match = detectEeasVacancy(URL_OF_CALL, new DOMParser().parseFromString(html, 'text/html'));
  if (!match) throw new Error(`${file} is not detected as an EEAS vacancy`);
  return { text: match.text, call: parseSource(match.text, { file, originalName: file }) };
}

describe.each([
  [
    'table markup (<table> rows and cells, <ul><li> bullets, <h2>-<h4> headings)',
    'eulex-kosovo-2-2026-inline.html',
  ],
  ['one <p> per line with tab-separated cells', 'eulex-kosovo-2-2026-inline-p-tabs.html'],
])('the EULEX Kosovo 2-2026 annex carried inline as %s', (_shape, file) => {
  const { text, call } = readPage(file);

  it('keeps the header table as tab-separated rows in the page text', () => {
    expect(text).toContain('EK 60021\tExecutive Officer\tPristina\tASAP');
    expect(text).toContain('EK 60097\tThematic Lead Monitor - Hate Crimes\tPristina\t01 Dec 2026');
  });

  it('parses to exactly the bundled call, field by field (source name aside)', () => {
    expect(Call.safeParse(call).success).toBe(true);
    const { source: _page, positions, ...rest } = call;
    const { source: _bundle, positions: bundledPositions, ...bundledRest } = bundled;
    expect(rest).toEqual(bundledRest);
    expect(positions.map((p) => p.ref)).toEqual(bundledPositions.map((p) => p.ref));
    positions.forEach((position, i) => {
      expect(position, position.ref ?? '').toEqual(bundledPositions[i]);
    });
  });

  it('has the 17 posts, 18 vacancies, their requirement counts and the deadline instant', () => {
    expect(call.positions).toHaveLength(17);
    expect(call.positions.reduce((n, p) => n + p.vacancies.confirmed + p.vacancies.pending, 0)).toBe(18);
    expect(call.deadline).toEqual({
      status: 'published',
      deadline: {
        instant: '2026-06-25T15:00:00Z',
        zone: 'Europe/Brussels',
        text: 'Thursday, 25 June 2026, at 17:00 (Brussels time)',
      },
    });
    const counts = (ref: string) => {
      const r = call.positions.find((p) => p.ref === ref)!.requirements;
      const all = r.status === 'published' ? r.items : [];
      return ['essential', 'desirable'].map(
        (importance) => all.filter((i) => i.importance === importance).length,
      );
    };
    expect(counts('EK 60021')).toEqual([16, 18]);
    expect(counts('EK 60092')).toEqual([23, 8]);
  });
});

describe.each([
  ['table markup', 'eumm-georgia-4-2026-inline.html'],
  ['one <p> per line with tabs', 'eumm-georgia-4-2026-inline-p-tabs.html'],
])('another call of the same format carried inline as %s: EUMM Georgia 4-2026', (_shape, file) => {
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages/eeas', file), 'utf8');
  const url = new URL('https://www.eeas.europa.eu/eumm-georgia/eumm-georgia-4-2026-call-contributions_en');
  const match = detectEeasVacancy(url, new DOMParser().parseFromString(html, 'text/html'));
  const annex = 'eumm-georgia-4-2026-annex1.txt';
  const fromText = parseSource(readFileSync(join(ROOT, 'tests/fixtures/annexes', annex), 'utf8'), {
    file: annex,
    originalName: annex,
  });

  it('parses to exactly the call of the annex text, field by field (source name aside)', () => {
    expect(match?.text).toContain('GEO OC 03a\tMonitor\tGori\tASAP');
    const { source: _page, positions, ...rest } = parseSource(match!.text, { file, originalName: file });
    const { source: _text, positions: textPositions, ...textRest } = fromText;
    expect(rest).toEqual(textRest);
    expect(positions.map((p) => p.ref)).toEqual([
      'GEO HO 19',
      'GEO OC 03a',
      'GEO FO 07',
      'GEO MS 12',
      'GEO AD 05',
      'GEO AD 22',
    ]);
    positions.forEach((position, i) => {
      expect(position, position.ref!).toEqual(textPositions[i]);
    });
  });
});

describe('page-text extraction keeps tabs typed inside a text node', () => {
  const doc = (body: string) => new DOMParser().parseFromString(`<article>${body}</article>`, 'text/html');

  it('as cell separators, but source indentation across a line break stays one space', () => {
    expect(
      blockText(
        doc(
          '<p>\tEK 60021\tExecutive Officer\tPristina\tASAP</p><p>Position:\n\t\tExecutive Officer</p>',
        ).querySelector('article')!,
      ),
    ).toBe('EK 60021\tExecutive Officer\tPristina\tASAP\nPosition: Executive Officer');
  });
});
