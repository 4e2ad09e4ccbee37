import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceParseError } from '@/utils/parse/errors';
import { parseSource } from '@/utils/parse/index';
import { Call } from '@/utils/schema/call';
import { ROOT } from './helpers';

const name = { file: 'flat.txt', originalName: 'flat.txt' };
const fixture = (file: string) => readFileSync(join(ROOT, 'tests/fixtures/sources', file), 'utf8');
/** The EULEX annex as a PDF-to-text tool renders it: one line per page (29), cells in reading order, no tabs, "N/29" page numbers, an Ares stamp. */
const flat = fixture('eeas-eulex-kosovo-2-2026-flattened.txt');
const pages = flat.trimEnd().split('\n');
const bundled = Call.parse(
  JSON.parse(readFileSync(join(ROOT, 'data/calls/eulex-kosovo-2-2026.json'), 'utf8')),
);

function errorOf(text: string): SourceParseError {
  try {
    parseSource(text, name);
  } catch (error) {
    if (error instanceof SourceParseError) return error;
    throw error;
  }
  throw new Error('expected a SourceParseError');
}

function expectBundled(call: Call) {
  const { source: _a, ...rest } = call;
  const { source: _b, ...expected } = bundled;
  expect(rest.positions.map((p) => p.ref)).toEqual(expected.positions.map((p) => p.ref));
  rest.positions.forEach((position, i) => {
    expect(position, position.ref ?? '').toEqual(expected.positions[i]);
  });
  expect(rest).toEqual(expected);
}

describe('the EULEX annex flattened to one line per page', () => {
  it('has no tabs and no line starting a position block: it really is flattened', () => {
    expect(pages).toHaveLength(29);
    expect(flat).not.toContain('\t');
    expect(pages.some((p) => p.startsWith('Position:'))).toBe(false);
    expect(pages[0]).toMatch(
      /^Ref\. Ares\(2026\)2718345 - 04\/06\/2026 EUROPEAN EXTERNAL ACTION SERVICE Annex 1 /,
    );
  });

  it('parses to exactly the bundled call, field by field (source name aside)', () => {
    expectBundled(parseSource(flat, name));
  });

  it('reads Word bullets as pdftotext shows them (U+F0B7, "•") the same way', () => {
    expectBundled(parseSource(flat.replace(/ - (?=[A-Z]|[a-z][.)] )/g, ' \uf0b7 '), name));
    expectBundled(parseSource(flat.replace(/ - (?=[A-Z]|[a-z][.)] )/g, ' • '), name));
  });

  it('reads the same when the page breaks fall elsewhere (one line per 3 source lines, CRLF)', () => {
    const seed = readFileSync(join(ROOT, 'data/sources/eeas-eulex-kosovo-2-2026-annex1.txt'), 'utf8');
    const plain = seed
      .split('\n')
      .map((l) =>
        l
          .replace(/<(https?:\/\/[^\s<>]+)>/g, '$1')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\*\*/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter(Boolean);
    const rePaged: string[] = [];
    for (let i = 0; i < plain.length; i += 97) rePaged.push(plain.slice(i, i + 97).join(' '));
    expectBundled(parseSource(rePaged.join('\r\n'), name));
  });
});

describe('texts cut off, never shown as complete', () => {
  it('cut before its position blocks (the first 2 pages): refused, naming the posts the header lists', () => {
    const error = errorOf(pages.slice(0, 2).join('\n'));
    expect(error.message).toBe(
      'flat.txt:2: expected a "Position:" block for each of the 17 posts the header lists (EK 60021, EK 60029, EK 60030, EK 60031, EK 60035, … (17)) (the text ends at line 2 before the first one: it is cut off before its position blocks, so no post can be read)',
    );
  });

  it('the lined annex cut before its blocks says the same', () => {
    const seed = readFileSync(join(ROOT, 'data/sources/eeas-eulex-kosovo-2-2026-annex1.txt'), 'utf8');
    const error = errorOf(seed.split('\n').slice(0, 150).join('\n'));
    expect([error.line, error.expected]).toEqual([
      149,
      'a "Position:" block for each of the 17 posts the header lists (EK 60021, EK 60029, EK 60030, EK 60031, EK 60035, … (17))',
    ]);
  });

  it('cut inside a block (5 pages): the block that stops short is named with where the text ends', () => {
    expect(errorOf(pages.slice(0, 5).join('\n')).message).toBe(
      'flat.txt:5: expected a "Essential Qualifications and Experience" section for EK 60029 (the text ends at line 5, inside this block: it may be cut off)',
    );
  });

  it('cut between blocks: the first post the header lists without a block is named with both sides', () => {
    const at = flat.indexOf('Position: Verification Officer');
    const error = errorOf(flat.slice(0, at));
    expect(error.message).toBe(
      'flat.txt:1: expected a "Position:" block for EK 60030 (the header lists it, but the blocks (EK 60021, EK 60029) end at line 7 without it: the text is cut off or the block is missing)',
    );
  });

  it('cut in the last block before its desirable sections, which every other block has', () => {
    const at = flat.indexOf(
      '6. Desirable Qualifications and Experience',
      flat.indexOf('Position: Head of Communication'),
    );
    expect(errorOf(flat.slice(0, at)).message).toBe(
      'flat.txt:29: expected the "desirable qualifications and experience" section of the last position (Position: Head of Communication and Information Systems Unit Employment Regime: ), as every other position has (the text ends before it: it is cut off)',
    );
  });
});

describe('documents that are not an annex', () => {
  it.each([
    [
      'a press release mentioning a call',
      'EEAS press release\nThe EU launched a Call for Contributions for its mission in Kosovo today.',
    ],
    [
      'a vacancies listing page',
      'Vacancies\nEULEX Kosovo 2-2026\nDeadline 25 June 2026\nEUMM Georgia 1-2026',
    ],
    ['an empty document', ''],
  ])('%s is refused with what was expected', (_label, text) => {
    expect(errorOf(text).message).toBe(
      'flat.txt:1: expected an EEAS "Requirements and Job Descriptions" annex, an ISD job description or a CILC call post',
    );
  });
});
