import { describe, expect, it } from 'vitest';
import { readDocxXml } from '@/utils/read/docx';
import { DocumentReadError } from '@/utils/read/errors';
import { type GlyphRun, layoutPdfText, MAX_CELL_LOOKUPS } from '@/utils/read/pdf-layout';

/*
 * A linked annex is the publisher's document, or a hostile page's: one worker reads it for every
 * tab. Each document below took the code before the fix tens of seconds, gigabytes, or both.
 */

const run = (str: string, x: number, y: number, size = 10): GlyphRun => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
});

const document = (body: string, numbering?: string) =>
  readDocxXml({
    'word/document.xml': `<w:document><w:body>${body}</w:body></w:document>`,
    ...(numbering ? { 'word/numbering.xml': `<w:numbering>${numbering}</w:numbering>` } : {}),
  });
const listItem = (level: string, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('Word documents', () => {
  it('keeps a paragraph with 300,000 spaces inside it', () => {
    expect(document(`<w:p><w:r><w:t>a${' '.repeat(300_000)}b</w:t></w:r></w:p>`)).toBe(
      `a${' '.repeat(300_000)}b\n`,
    );
  });

  it('indents a list item of level 50,000,000 as the deepest Word level (8)', () => {
    expect(document(listItem('50000000', 'x'))).toBe(`${'  '.repeat(8)}- x\n`);
  });

  it('numbers a roman list that starts at 2,000,000,000 in digits', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2000000000"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    expect(document(listItem('0', 'x') + listItem('0', 'y'), numbering)).toBe(
      '2000000000. x\n2000000001. y\n',
    );
  });
});

describe('PDF text layout', () => {
  it('reads a run of 300,000 spaces as one', () => {
    expect(layoutPdfText([{ runs: [run(`a${' '.repeat(300_000)}b`, 50, 700)], rules: [] }])).toBe('a b\n');
  });

  it('joins 60,000 wrapped lines into one paragraph', () => {
    const runs = Array.from({ length: 60_000 }, (_, i) => run('ab', 50, 1_000_000 - i * 12));
    expect(layoutPdfText([{ runs, rules: [] }])).toBe(`${Array(60_000).fill('ab').join(' ')}\n`);
  });

  it('reads three pages of 25,000 lines each, one line apiece', () => {
    // Letters, not digits: lines that differ only in their numbers would be running headers; the
    // full stop keeps a page's last line from running on into the next page.
    const word = (i: number) =>
      Array.from(i.toString(26), (c) => String.fromCharCode(97 + Number.parseInt(c, 26))).join('');
    const page = (n: number) => ({
      runs: Array.from({ length: 25_000 }, (_, i) =>
        run(`page${word(n)} ${word(i)}.`, 50, 1_000_000 - i * 20),
      ),
      rules: [],
    });
    const lines = layoutPdfText([page(1), page(2), page(3)]).split('\n');
    expect(lines).toHaveLength(75_001);
    expect([lines[0], lines[24_999], lines[25_000], lines[74_999]]).toEqual([
      'pageb a.',
      `pageb ${word(24_999)}.`,
      'pagec a.',
      `paged ${word(24_999)}.`,
    ]);
  });

  it('refuses a document with more text runs against table lines than MAX_CELL_LOOKUPS', () => {
    const runs = Array.from({ length: 3000 }, (_, i) =>
      run('ab', 50 + (i % 50) * 10, 700 - Math.floor(i / 50) * 10),
    );
    const rules = Array.from({ length: 3000 }, (_, i) => ({ x1: 10 + i, y1: 0, x2: 10 + i, y2: 1000 }));
    expect(MAX_CELL_LOOKUPS).toBeLessThan(3000 * 3000);
    expect(() => layoutPdfText([{ runs, rules }])).toThrow(DocumentReadError);
    expect(() => layoutPdfText([{ runs, rules }])).toThrow(
      'its pages hold more text runs and table lines than any annex (9,000,000 to match, at most 5,000,000)',
    );
  });
});
