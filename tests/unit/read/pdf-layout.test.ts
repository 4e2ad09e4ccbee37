import { describe, expect, it } from 'vitest';
import { type GlyphRun, layoutPdfText, type PdfPageContent, type Rule } from '@/utils/read/pdf-layout';

/** A run of 10 pt text at (x, y) whose width is 5 pt a character. */
const run = (str: string, x: number, y: number, size = 10): GlyphRun => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
});
/** Body lines 12 pt apart (one paragraph) from y, left margin 50, right margin 550. */
const page = (runs: GlyphRun[], rules: Rule[] = []): PdfPageContent => ({ runs, rules });
const box = (left: number, right: number, top: number, bottom: number): Rule[] => [
  { x1: left, y1: top, x2: right, y2: top },
  { x1: left, y1: bottom, x2: right, y2: bottom },
  { x1: left, y1: bottom, x2: left, y2: top },
  { x1: right, y1: bottom, x2: right, y2: top },
];

describe('PDF text layout', () => {
  it('joins the wrapped lines of a paragraph and breaks at wider spacing', () => {
    const text = layoutPdfText([
      page([
        run('The mission bears a Non-', 50, 700),
        run('Family status and needs self-', 50, 688),
        run('discipline, computer hard-', 50, 676),
        run('and software and a Thematic Lead Monitor -', 50, 664),
        run('Hate Crimes.', 50, 652),
        run('A new paragraph.', 50, 630),
      ]),
    ]);
    expect(text).toBe(
      'The mission bears a Non-Family status and needs self-discipline, computer hard- and software and a Thematic Lead Monitor - Hate Crimes.\nA new paragraph.\n',
    );
  });

  it('reads Word bullets (U+F0B7, "o" indented) as "- " and "  - ", a wrapped bullet as one item', () => {
    const text = layoutPdfText([
      page([
        run('\uf0b7', 68, 700),
        run('A minimum of 6 years, out of which:', 86, 700),
        run('o', 104, 686),
        run('2 years at management level;', 122, 686),
        run('\uf0b7', 68, 670),
        run('Experience in legal research', 86, 670),
        run('and analysis.', 86, 658),
      ]),
    ]);
    expect(text).toBe(
      '- A minimum of 6 years, out of which:\n  - 2 years at management level;\n- Experience in legal research and analysis.\n',
    );
  });

  it('drops "N/M" page numbers, the Ref. Ares stamp and running headers, keeps a paragraph across the page break', () => {
    const header = (n: number) => run(`EULEX Kosovo 2-2026 annex, version ${n}`, 50, 800);
    const words = ['one', 'two', 'three'];
    const pages = [1, 2, 3].map((n) =>
      page([
        header(n),
        ...(n === 1 ? [run('Ref. Ares(2026)8546554 - 04/06/2026', 400, 815, 8)] : []),
        run(`Paragraph ${words[n - 1]} begins here and it runs all the way to the right margin of`, 50, 700),
        run(
          n === 3
            ? 'the end.'
            : `the page ${words[n - 1]}, it carries on over the page break and on to the far margin`,
          50,
          688,
        ),
        run(`${n}/3`, 290, 40),
      ]),
    );
    expect(layoutPdfText(pages)).toBe(
      'Paragraph one begins here and it runs all the way to the right margin of the page one, it carries on over the page break and on to the far margin Paragraph two begins here and it runs all the way to the right margin of the page two, it carries on over the page break and on to the far margin Paragraph three begins here and it runs all the way to the right margin of the end.\n',
    );
  });

  it('keeps the lines under a table that opens each page: with a job description per page they are not running headers', () => {
    const tasks = ['drafting', 'planning', 'reporting', 'training'];
    const pages = [1, 2, 3, 4].map((n) =>
      page(
        [
          run(`Position: Officer ${n}`, 52, 760),
          run(`Ref. Number: GEO AD ${n}`, 52, 740),
          run('1. Reporting Line:', 50, 700),
          run('The Officer reports to the Head of Unit.', 50, 680),
          run(`To lead the ${tasks[n - 1]}.`, 50, 660),
          run(`${n}/4`, 290, 40),
        ],
        [...box(50, 300, 775, 750), ...box(50, 300, 750, 730)],
      ),
    );
    expect(layoutPdfText(pages)).toBe(
      [1, 2, 3, 4]
        .map(
          (n) =>
            `Position: Officer ${n}\nRef. Number: GEO AD ${n}\n1. Reporting Line:\nThe Officer reports to the Head of Unit.\nTo lead the ${tasks[n - 1]}.\n`,
        )
        .join(''),
    );
  });

  it('starts a new paragraph on the next page after a line that ends a sentence', () => {
    const pages = [1, 2].map((n) =>
      page([
        run(`Paragraph ${n} runs to the margin and ends a sentence here on the line.`, 50, 700),
        run(`${n}/2`, 290, 40),
      ]),
    );
    expect(layoutPdfText(pages)).toBe(
      'Paragraph 1 runs to the margin and ends a sentence here on the line.\nParagraph 2 runs to the margin and ends a sentence here on the line.\n',
    );
  });

  it('rebuilds ruled table rows: a row per line, cells tab-separated, a cell on several lines joined, a merged cell in its first row', () => {
    const rules = [
      ...box(50, 150, 700, 650),
      ...box(150, 250, 700, 670),
      ...box(250, 400, 700, 670),
      ...box(150, 250, 670, 650),
      ...box(250, 400, 670, 650),
      // An underline inside a cell is not a row border.
      { x1: 152, y1: 686, x2: 200, y2: 686 },
    ];
    const text = layoutPdfText([
      page(
        [
          run('Job titles/', 52, 690),
          run('notice:', 52, 678),
          run('EK 60021', 152, 690),
          run('Head of Press and', 252, 690),
          run('Public Information', 252, 678),
          run('EK 60031', 152, 656),
          run('Justice Monitor', 252, 656),
          run('Below the table.', 50, 620),
        ],
        rules,
      ),
    ]);
    expect(text).toBe(
      'Job titles/ notice:\tEK 60021\tHead of Press and Public Information\nEK 60031\tJustice Monitor\nBelow the table.\n',
    );
  });

  it('joins a word broken without a hyphen where a narrow cell ends ("Availabilit" / "y:"), not a word wrapped with room left', () => {
    const rules = [...box(50, 110, 700, 660), ...box(110, 200, 700, 660)];
    const text = layoutPdfText([
      page(
        [
          run('Availabilit', 54.3, 690),
          run('y:', 54.3, 678),
          run('Employment', 114.3, 690),
          run('regime:', 114.3, 678),
        ],
        rules,
      ),
    ]);
    expect(text).toBe('Availability:\tEmployment regime:\n');
  });

  it('splits unruled columns at wide gaps and joins runs of one line with word spaces', () => {
    const text = layoutPdfText([
      page([
        run('Location:', 50, 700),
        run('Pristina', 200, 700),
        run('Head', 50, 680),
        run('of Unit', 73, 680),
      ]),
    ]);
    expect(text).toBe('Location:\tPristina\nHead of Unit\n');
  });
});
