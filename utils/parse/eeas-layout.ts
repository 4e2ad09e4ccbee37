import type { Line } from './text';

/**
 * A PDF-to-text rendering of an annex has no line structure left: one line per page, table cells
 * and paragraphs in reading order, no tabs. It is recognised by having no tab (no cell) anywhere
 * while a position block starts inside a line, or whole pages run together.
 */
export function isFlattened(lines: readonly Line[]): boolean {
  if (lines.some((l) => l.text.includes('\t'))) return false;
  return lines.some((l) => /\S\s+Position:\s/.test(l.text) || l.text.length > 2000);
}

/** Repeated page furniture: "Ref. Ares(2020)3319428 - 25/06/2020" stamps and "12 / 37" page numbers. */
function withoutFurniture(text: string): string {
  return text
    .replace(/\bRef\.\s*Ares\(\d{4}\)\d+\s*-\s*\d{2}\/\d{2}\/\d{4}/g, ' ')
    .replace(/^\s*(\d{1,3})\s?\/\s?(\d{1,3})(?=\s)/, (m, n, of) => (Number(n) <= Number(of) ? ' ' : m))
    .replace(/(?<=\s)(\d{1,3})\s?\/\s?(\d{1,3})\s*$/, (m, n, of) => (Number(n) <= Number(of) ? ' ' : m))
    .replace(/^\s*EUROPEAN EXTERNAL ACTION SERVICE\b/, ' ');
}

const SECTION_NAMES = `Reporting Line|(?:Main |General |Core |Specific |Additional |Operational )?(?:Tasks and Responsibilities|[A-Z][a-z]+ Tasks and Responsibilities)|(?:Essential|Desirable) (?:Qualifications and Experience|Knowledge, Skills and Abilities)`;
/** "1. Reporting Line:", "3.2 Core Responsive Tasks and Responsibilities", "4 Essential …" inside a line. */
const SECTION = new RegExp(String.raw`(?<=^|\s)(\d(?:\.\d)?\.?\s+(?:${SECTION_NAMES}):?)(?=\s|$)`, 'gi');
/** Roman-numbered parts and the call-wide headings. */
const PART =
  /(?<=^|\s)((?:I|II|III|IV|V|VI)\.\s+(?:GENERAL CONDITIONS|REQUIREMENTS|ESSENTIAL DOCUMENTS AND EQUIPMENT FOR SELECTED CANDIDATES|ADDITIONAL INFORMATION|JOB DESCRIPTIONS)|II\.A\s+Essential requirements|II\.B\s+Desirable requirements|(?:SECONDED|CONTRACTED|SECONDED\/ ?CONTRACTED) POSITIONS)(?=\s|$)/g;
/*
 * The patterns below that begin with a run of whitespace begin it where the run does ((?<!\s)):
 * tried from every character of a long run (a flattened page can hold one of any length) that the
 * rest does not follow, they would take time quadratic in the run.
 */
/** Word bullets as text tools render them ("•", U+F0B7); a "-" bullet only after a sentence ends. */
const BULLET = /(?<!\s)\s*[•\uf0b7▪●◦·]\s*|(?<=[;.:!?])\s+-\s+/g;
/**
 * Inside a task or requirement list, a "-" bullet also follows an item without end punctuation
 * ("… trustworthiness - Sound knowledge …"); a hyphen in a title ("Monitor - Hate Crimes") stays
 * in the block header or the reporting line, where lines are joined again anyway.
 */
const LIST_BULLET = /(?<!\s)\s+-\s+(?=[A-Z]|[a-z][.)]\s)/g;
/** Boilerplate sentences that close a call-wide list and belong to no requirement. */
const CLOSING =
  /(?<!\s)\s+(?=Serious deficiencies in any of|The following are (?:essential|desirable) requirements)/g;
/** Word's second-level bullet "o" (indented, a sub-bullet). */
const SUB_BULLET = /(?<=[;.:])\s+o\s+(?=[A-Z])/g;
/** A lone "AND" / "OR" between two bullets is a connector line of its own. */
const CONNECTOR = /(?<!\s)\s+(AND|OR)\s+(?=[-•\uf0b7▪●◦·]\s)/g;
/** A call-wide paragraph "Citizenship – Candidates must …" begins after a sentence ends. */
const LABELLED = /(?<=[.:)])\s+(?=[A-Z][A-Za-z,/()'-]*(?:\s+[A-Za-z,/()'-]+){0,9}\s+–\s+[A-Z])/g;

function pieces(text: string): string[] {
  return text.split('\n').filter((piece) => piece.trim() !== '');
}

/**
 * Rebuilds the annex's lines from a flattened rendering: each position block starts a line, each
 * numbered section heading and roman-numbered part is a line of its own, so is each call-wide
 * labelled paragraph, each bullet starts a line ("- ", sub-bullets indented) and "AND" between
 * bullets stands alone. Every piece keeps the number of the source line it came from, so errors
 * still point into the text as given.
 */
export function relayout(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let inBlocks = false;
  let inList = false;
  for (const line of lines) {
    const text = withoutFurniture(line.text)
      .replace(/(?<!\s)\s+(?=Position:\s)/g, '\n')
      .replace(SECTION, '\n$1\n')
      .replace(PART, '\n$1\n')
      .replace(/(?<=^|\s)(Skills and abilities)(?=\s+[A-Z][a-z]+ skills\s+–)/g, '\n$1\n');
    for (const piece of pieces(text)) {
      if (/^\s*Position:/.test(piece)) {
        inBlocks = true;
        inList = false;
      }
      const heading = new RegExp(`^\\d(?:\\.\\d)?\\.?\\s+(?:${SECTION_NAMES}):?$`, 'i').exec(piece.trim());
      if (heading) inList = !/Reporting Line/i.test(heading[0]);
      const split = (inBlocks ? piece : piece.replace(CLOSING, '\n').replace(LABELLED, '\n'))
        .replace(inList ? LIST_BULLET : /$^/g, '\n- ')
        .replace(CONNECTOR, '\n$1\n')
        .replace(SUB_BULLET, '\n  - ')
        .replace(BULLET, '\n- ');
      for (const part of pieces(split)) {
        out.push({ n: line.n, text: /^\s+- /.test(part) ? part.trimEnd() : part.trim() });
      }
    }
  }
  return out;
}
