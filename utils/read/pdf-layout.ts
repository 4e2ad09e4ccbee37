import { DocumentReadError } from './errors';

/*
 * Rebuilds the source-text model from glyph positions of a PDF's text layer: table cells from the
 * ruling lines drawn around them (one line per row, cells tab-separated, a cell's lines joined),
 * paragraphs from line spacing (wrapped lines joined, words broken at a line end's hyphen kept
 * whole), Word bullets as "- " (deeper levels indented), page furniture dropped.
 * Pure: the pdf.js side (utils/read/pdf.ts) only collects glyph runs and rules per page.
 */

/** A run of text as pdf.js reports it: baseline origin in page space (y up), advance width. */
export interface GlyphRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A stroked or filled thin line (a table border), in page space. */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPageContent {
  runs: GlyphRun[];
  rules: Rule[];
}

interface Line {
  runs: GlyphRun[];
  y: number;
  size: number;
  left: number;
  right: number;
  text: string;
}

const BULLET_GLYPH =
  /^[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7o\uf02d\u2013-]$/;
const SUB_BULLET_GLYPH = /^[o\u25e6\uf0a7\u25aa]$/;
const ARES_STAMP = /^Ref\.\s*Ares\(\d{4}\)\d+\s*-\s*\d{1,2}\/\d{1,2}\/\d{4}$/i;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}\s*(?:\/|of)\s*\d{1,4}$|^-?\s*\d{1,4}\s*-?$/i;

/** Joins runs on one baseline into text: a space where the gap is a word gap, a tab where it is a column gap. */
function lineText(runs: GlyphRun[]): string {
  let out = '';
  let end: number | null = null;
  for (const run of runs) {
    if (run.str === '') continue;
    if (end !== null && run.str.trim() !== '') {
      const gap = run.x - end;
      if (gap > 3 * run.size && !/\s$/.test(out)) out += '\t';
      else if (gap > 0.15 * run.size && !/\s$/.test(out) && !/^\s/.test(run.str)) out += ' ';
    }
    out += run.str;
    end = run.x + run.width;
  }
  // Spaces before a tab matched from where their run begins: from every space of a long run that
  // no tab ends, the search is quadratic.
  return out.replace(/(?<![ \u00a0])[ \u00a0]+\t|\t[ \u00a0]+/g, '\t').replace(/ {2,}/g, ' ');
}

/**
 * The first line whose baseline is within reach of the run's, or -1. Lines are made top down, so
 * their baselines only fall and those within reach (none above the run) come last: the first of
 * them is found by bisection, where trying every line for every run is quadratic on a page of many.
 */
function firstNear(lines: GlyphRun[][], run: GlyphRun): number {
  const reach = Math.max(1.5, run.size * 0.2);
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]![0]!.y - run.y < reach) hi = mid;
    else lo = mid + 1;
  }
  return lo < lines.length && Math.abs(lines[lo]![0]!.y - run.y) < reach ? lo : -1;
}

/** Groups runs into lines by baseline, top of the page first. */
function linesOf(runs: GlyphRun[]): Line[] {
  const sorted = runs.filter((r) => r.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: GlyphRun[][] = [];
  for (const run of sorted) {
    const line = lines[firstNear(lines, run)];
    if (line) line.push(run);
    else lines.push([run]);
  }
  return lines
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      const visible = line.filter((r) => r.str.trim() !== '');
      return {
        runs: line,
        y: line[0]!.y,
        size: Math.max(...line.map((r) => r.size)),
        left: visible[0]?.x ?? line[0]!.x,
        right: Math.max(...visible.map((r) => r.x + r.width)),
        text: lineText(line).trim(),
      };
    })
    .filter((line) => line.text !== '')
    .sort((a, b) => b.y - a.y);
}

/**
 * Joins two wrapped lines of one paragraph. A line that ends in a word's hyphen continues that
 * word ("Non-" + "Family"), unless a conjunction follows ("hard-" + "and software" is a suspended
 * hyphen); a dash after a space, a slash or anything else is followed by a space. `end` is the
 * last line joined into `a` (the paragraph so far, built by concatenation): testing the end of `a`
 * itself would make it one string again each time, quadratic in a paragraph of many lines.
 */
function joinWrapped(a: string, b: string, end: string): string {
  if (a === '') return b;
  if (/\u00ad$/.test(end)) return a.slice(0, -1) + b;
  if (/[\p{L}\d]-$/u.test(end) && /^[\p{L}\d]/u.test(b) && !SUSPENDED_HYPHEN.test(b)) return a + b;
  return `${a} ${b}`;
}
const SUSPENDED_HYPHEN = /^(?:and|or|nor|to|as well as)\b/;

interface Segment {
  at: number;
  from: number;
  to: number;
}

/** Collinear pieces of one border (drawn cell by cell) merged into one segment. */
function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && Math.abs(last.at - s.at) < 1 && s.from <= last.to + 2) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

interface Cell {
  left: number;
  right: number;
  top: number;
}

/** The innermost ruled box around a point, or null outside every table. */
function cellAt(x: number, y: number, horizontal: Segment[], vertical: Segment[]): Cell | null {
  let left = -Infinity;
  let right = Infinity;
  for (const v of vertical) {
    if (v.from - 1 > y || v.to + 1 < y) continue;
    if (v.at <= x && v.at > left) left = v.at;
    if (v.at > x && v.at < right) right = v.at;
  }
  if (left === -Infinity || right === Infinity) return null;
  // A border spans its cell; an underline or a rule inside the cell does not.
  let top = Infinity;
  let bottom = -Infinity;
  for (const h of horizontal) {
    if (h.from > left + 3 || h.to < right - 3) continue;
    if (h.at >= y && h.at < top) top = h.at;
    if (h.at < y && h.at > bottom) bottom = h.at;
  }
  if (top === Infinity || bottom === -Infinity) return null;
  return { left, right, top };
}

/**
 * A word wider than its cell is broken where the cell ends, with no hyphen ("Availabilit" / "y:"
 * in a narrow column): the piece alone fills the line up to the cell's padding and the line
 * after it goes on in lower case.
 */
function breaksWord(line: Line, next: Line, cell: Cell, padding: number): boolean {
  return (
    !/\s/.test(line.text) &&
    cell.right - line.right < padding + 0.6 * line.size &&
    /^[\p{Ll}\d.,:;)/-]/u.test(next.text)
  );
}

type Unit =
  | { kind: 'line'; top: number; line: Line }
  | { kind: 'row'; top: number; cells: { left: number; text: string }[] };

function pageUnits(page: PdfPageContent): Unit[] {
  const horizontal = mergeSegments(
    page.rules
      .filter((r) => Math.abs(r.y2 - r.y1) <= 2.5 && Math.abs(r.x2 - r.x1) > 2.5)
      .map((r) => ({ at: (r.y1 + r.y2) / 2, from: Math.min(r.x1, r.x2), to: Math.max(r.x1, r.x2) })),
  );
  const vertical = mergeSegments(
    page.rules
      .filter((r) => Math.abs(r.x2 - r.x1) <= 2.5 && Math.abs(r.y2 - r.y1) > 2.5)
      .map((r) => ({ at: (r.x1 + r.x2) / 2, from: Math.min(r.y1, r.y2), to: Math.max(r.y1, r.y2) })),
  );
  const cells = new Map<string, { cell: Cell; runs: GlyphRun[] }>();
  const body: GlyphRun[] = [];
  for (const run of page.runs) {
    const cell = cellAt(run.x + 0.5, run.y + run.size * 0.3, horizontal, vertical);
    if (!cell) {
      body.push(run);
      continue;
    }
    const key = `${cell.left.toFixed(1)}:${cell.right.toFixed(1)}:${cell.top.toFixed(1)}`;
    const entry = cells.get(key) ?? { cell, runs: [] };
    entry.runs.push(run);
    cells.set(key, entry);
  }
  const units: Unit[] = linesOf(body).map((line) => ({ kind: 'line', top: line.y + line.size * 0.8, line }));
  const rows = new Map<string, { left: number; text: string }[]>();
  for (const { cell, runs } of cells.values()) {
    const lines = linesOf(runs);
    const padding = Math.min(...lines.map((l) => l.left - cell.left));
    let text = '';
    let end = '';
    lines.forEach((line, i) => {
      const piece = line.text.replace(/\t/g, ' ');
      const previous = lines[i - 1];
      text =
        previous && breaksWord(previous, line, cell, padding) ? text + piece : joinWrapped(text, piece, end);
      end = piece;
    });
    text = text.trim();
    if (text === '') continue;
    const key = cell.top.toFixed(0);
    const row = rows.get(key) ?? [];
    row.push({ left: cell.left, text });
    rows.set(key, row);
  }
  for (const [key, row] of rows)
    units.push({ kind: 'row', top: Number(key), cells: row.sort((a, b) => a.left - b.left) });
  return units.sort((a, b) => b.top - a.top);
}

const furnitureKey = (text: string) => text.replace(/\d+/g, '#');

/**
 * Whether the unit at `i` is among the two first or two last of its page (by index: looking the
 * unit up in its page is quadratic on a page of many). Table rows count: the first line
 * after a table that opens the page ("1. Reporting Line:" when each job description starts a
 * page) is not at the page's edge.
 */
const atEdge = (units: Unit[], i: number) => i < 2 || i >= units.length - 2;

/** Lines repeated at the top or bottom of most pages (running headers and footers). */
function runningLines(pages: Unit[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const units of pages) {
    const edge = new Set(
      units.flatMap((u, i) => (u.kind === 'line' && atEdge(units, i) ? [furnitureKey(u.line.text)] : [])),
    );
    for (const key of edge) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const min = Math.max(3, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, n]) => n >= min).map(([key]) => key));
}

/**
 * Each text run is placed in its table cell by looking at every ruling line of its page: the work
 * is runs × lines, page by page. The annexes read so far need under 50,000; a document made of
 * tens of thousands of both would take minutes, and is refused instead.
 */
export const MAX_CELL_LOOKUPS = 5_000_000;

/** The whole document as source text; throws DocumentReadError for a document past MAX_CELL_LOOKUPS. */
export function layoutPdfText(pages: PdfPageContent[]): string {
  const lookups = pages.reduce((n, page) => n + page.runs.length * page.rules.length, 0);
  if (lookups > MAX_CELL_LOOKUPS)
    throw new DocumentReadError(
      `its pages hold more text runs and table lines than any annex (${lookups.toLocaleString('en')} to match, at most ${MAX_CELL_LOOKUPS.toLocaleString('en')})`,
    );
  const perPage = pages.map(pageUnits);
  const running = pages.length >= 3 ? runningLines(perPage) : new Set<string>();
  const bulletXs = perPage
    .flat()
    .flatMap((u) => (u.kind === 'line' && bulletOf(u.line) ? [u.line.left] : []));
  const firstLevelX = bulletXs.length ? Math.min(...bulletXs) : 0;

  const rightMargin = Math.max(
    0,
    ...perPage
      .flat()
      .flatMap((u) => (u.kind === 'line' && !ARES_STAMP.test(u.line.text) ? [u.line.right] : [])),
  );

  const out: string[] = [];
  let paragraph: { text: string; last: Line } | null = null;
  const flush = () => {
    if (paragraph) out.push(paragraph.text);
    paragraph = null;
  };
  for (const units of perPage) {
    const lines = units.filter((u) => u.kind === 'line');
    const edges = new Set([lines[0], lines.at(-1)]);
    // A paragraph runs on over the page break when its last line is full and does not end a sentence.
    let carried: Line | null =
      paragraph && isFull(paragraph.last, rightMargin) && !/[.;:!?]$/.test(paragraph.last.text)
        ? paragraph.last
        : null;
    for (const [i, unit] of units.entries()) {
      if (unit.kind === 'row') {
        flush();
        carried = null;
        out.push(unit.cells.map((c) => c.text).join('\t'));
        continue;
      }
      const { line } = unit;
      if (ARES_STAMP.test(line.text)) continue;
      if (edges.has(unit) && PAGE_NUMBER.test(line.text)) continue;
      if (running.has(furnitureKey(line.text)) && atEdge(units, i)) continue;
      const bullet = bulletOf(line);
      if (bullet) {
        flush();
        const depth = SUB_BULLET_GLYPH.test(bullet.glyph) || line.left > firstLevelX + 9 ? 1 : 0;
        paragraph = { text: `${'  '.repeat(depth)}- ${bullet.text}`, last: line };
        continue;
      }
      const previous: Line | undefined = paragraph?.last;
      if (carried && paragraph) {
        const runsOn =
          Math.abs(carried.size - line.size) < 0.6 && !bulletOf(line) && !line.text.includes('\t');
        carried = null;
        if (runsOn) {
          paragraph.text = joinWrapped(paragraph.text, line.text, paragraph.last.text);
          paragraph.last = line;
          continue;
        }
      }
      carried = null;
      const continues =
        previous !== undefined &&
        Math.abs(previous.size - line.size) < 0.6 &&
        previous.y - line.y > 0 &&
        previous.y - line.y < line.size * 1.5 &&
        !line.text.includes('\t') &&
        !previous.text.includes('\t');
      if (continues && paragraph) {
        paragraph.text = joinWrapped(paragraph.text, line.text, paragraph.last.text);
        paragraph.last = line;
      } else {
        flush();
        paragraph = { text: line.text, last: line };
      }
    }
  }
  flush();
  return `${out.join('\n')}\n`;
}

const isFull = (line: Line, rightMargin: number) => line.right >= rightMargin - 1.5 * line.size;

/** A line that starts with a list glyph set apart from its text. */
function bulletOf(line: Line): { glyph: string; text: string } | null {
  const visible = line.runs.filter((r) => r.str.trim() !== '');
  const first = visible[0];
  const next = visible[1];
  if (!first || !next) return null;
  const glyph = first.str.trim();
  if (!BULLET_GLYPH.test(glyph)) return null;
  if (next.x - (first.x + first.width) < first.size * 0.5) return null;
  return { glyph, text: lineText(line.runs.slice(line.runs.indexOf(first) + 1)).trim() };
}
