/** Collapses runs of whitespace (including non-breaking spaces) to single spaces. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The page's main heading, falling back to the document title. */
export function pageTitle(doc: Document): string {
  const heading = doc.querySelector('h1');
  return normaliseSpace(heading?.textContent || doc.title || '');
}

// biome-ignore format: a word list reads best packed
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/**
 * The element's text laid out like the published annex text: one line per block, table cells
 * separated by tabs, list items prefixed with "- ". textContent would glue blocks together.
 */
export function blockText(root: Element): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'TD' || tag === 'TH') out.push('\t');
    const block = BLOCK.has(tag);
    if (block) out.push('\n');
    if (tag === 'LI') out.push('- ');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) out.push('\n');
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((line) =>
      line
        .replace(/ *\t */g, '\t')
        .replace(/^ +| +$/g, '')
        .replace(/^\t/, ''),
    )
    .filter((line) => line.trim() !== '')
    .join('\n');
}
