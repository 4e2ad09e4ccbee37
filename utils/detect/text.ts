/**
 * Invisible format characters that pasted text carries inside words and references ("EK\u200b60092",
 * "2\u200b-2026"): zero-width space, non-joiner and joiner, word joiner, zero-width no-break space
 * (BOM) and soft hyphen. The page shows none of them, so detection drops them.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Collapses runs of whitespace (including non-breaking spaces) to single spaces. */
export function normaliseSpace(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** The page's main heading, falling back to the document title. */
export function pageTitle(doc: Document): string {
  return normaliseSpace(doc.querySelector('h1')?.textContent ?? '') || normaliseSpace(doc.title ?? '');
}

/**
 * A cheap first test on the raw text: false means `pattern`, written with `\s+` between words,
 * cannot match blockText(root) either, so the slow layout walk is skipped. Pages of the hosts that
 * are not vacancies, and pages that keep changing, are mostly decided here.
 */
export function mayContain(root: Element, pattern: RegExp): boolean {
  return pattern.test((root.textContent ?? '').replace(INVISIBLE, ''));
}

// biome-ignore format: a word list reads best packed
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/**
 * A run of whitespace inside a text node: a tab typed inside a line (an annex pasted as one `<p>`
 * per line, cells tab-separated) separates cells; any other run, including source indentation
 * that spans a line break, is one space.
 */
const cellBreak = (run: string) => (run.includes('\t') && !/[\n\r]/.test(run) ? '\t' : ' ');

/**
 * The element's text laid out like the published annex text: one line per block, table cells
 * separated by tabs, list items prefixed with "- ". textContent would glue blocks together.
 */
export function blockText(root: Element): string {
  const out: string[] = [];
  // An explicit stack, not recursion: a page can nest elements deeper than the call stack goes.
  // A string on the stack is output that follows an element's children (a block's closing newline).
  const stack: (Node | string)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      out.push(node);
      continue;
    }
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(INVISIBLE, '');
      const spaced = /[\s\u00a0]+/g;
      out.push(value.includes('\t') ? value.replace(spaced, cellBreak) : value.replace(spaced, ' '));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'TD' || tag === 'TH') out.push('\t');
    const block = BLOCK.has(tag);
    if (block) {
      out.push('\n');
      stack.push('\n');
    }
    if (tag === 'LI') out.push('- ');
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out
    .join('')
    .split('\n')
    .map((line) =>
      // A run of spaces is matched from where it begins only ((?<! )): tried from every space of a
      // long run that no tab ends, ` *\t` and ` +$` take time quadratic in the run.
      line
        .replace(/(?<! ) *\t */g, '\t')
        .replace(/^ +|(?<! ) +$/g, '')
        .replace(/^\t/, ''),
    )
    .filter((line) => line.trim() !== '')
    .join('\n');
}
