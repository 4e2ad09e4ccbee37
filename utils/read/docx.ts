import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { DocumentReadError } from './errors';

/*
 * A .docx as the source-text model: one line per paragraph, table rows as tab-separated cells
 * (a cell's paragraphs joined by spaces), list items as "- " with deeper levels indented and
 * numbered items with their number. Headers and footers (page numbers, stamps) are not read.
 */

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  processEntities: true,
});

const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@') ?? '';
const childrenOf = (node: XmlNode) => (node[tagOf(node)] as XmlNode[] | undefined) ?? [];
const attr = (node: XmlNode, name: string) => node[':@']?.[name];
const child = (node: XmlNode, tag: string) => childrenOf(node).find((c) => tagOf(c) === tag);

const MAX_LIST_LEVEL = 8;

interface ListLevel {
  format: string;
  text: string;
  start: number;
}

/** numId → level → format, from word/numbering.xml. */
function numberingOf(xml: string | undefined): Map<string, ListLevel[]> {
  const out = new Map<string, ListLevel[]>();
  if (!xml) return out;
  const root = (parser.parse(xml) as XmlNode[]).find((n) => tagOf(n) === 'w:numbering');
  if (!root) return out;
  const abstract = new Map<string, ListLevel[]>();
  for (const node of childrenOf(root)) {
    if (tagOf(node) !== 'w:abstractNum') continue;
    const levels: ListLevel[] = [];
    for (const lvl of childrenOf(node)) {
      if (tagOf(lvl) !== 'w:lvl') continue;
      const at = Number(attr(lvl, 'w:ilvl') ?? 0);
      levels[at] = {
        format: attr(child(lvl, 'w:numFmt') ?? {}, 'w:val') ?? 'bullet',
        text: attr(child(lvl, 'w:lvlText') ?? {}, 'w:val') ?? '',
        start: Number(attr(child(lvl, 'w:start') ?? {}, 'w:val') ?? 1),
      };
    }
    abstract.set(attr(node, 'w:abstractNumId') ?? '', levels);
  }
  for (const node of childrenOf(root)) {
    if (tagOf(node) !== 'w:num') continue;
    const ref = attr(child(node, 'w:abstractNumId') ?? {}, 'w:val') ?? '';
    out.set(attr(node, 'w:numId') ?? '', abstract.get(ref) ?? []);
  }
  return out;
}

/** Paragraph style → its list (numId, level), from word/styles.xml. */
function styleListsOf(xml: string | undefined): Map<string, { numId: string; level: number }> {
  const out = new Map<string, { numId: string; level: number }>();
  if (!xml) return out;
  const root = (parser.parse(xml) as XmlNode[]).find((n) => tagOf(n) === 'w:styles');
  for (const style of root ? childrenOf(root) : []) {
    if (tagOf(style) !== 'w:style') continue;
    const numPr = child(child(style, 'w:pPr') ?? {}, 'w:numPr');
    const numId = numPr && attr(child(numPr, 'w:numId') ?? {}, 'w:val');
    if (numId) {
      const level = Number(attr(child(numPr!, 'w:ilvl') ?? {}, 'w:val') ?? 0);
      out.set(attr(style, 'w:styleId') ?? '', { numId, level });
    }
  }
  return out;
}

function label(level: ListLevel, counters: number[], depth: number): string {
  if (level.format === 'bullet' || level.format === 'none') return '-';
  return level.text.replace(/%(\d)/g, (_, d: string) => {
    const i = Number(d) - 1;
    const n = counters[i] ?? 1;
    switch (i === depth ? level.format : 'decimal') {
      case 'lowerLetter':
        return String.fromCharCode(96 + n);
      case 'upperLetter':
        return String.fromCharCode(64 + n);
      case 'lowerRoman':
        return roman(n).toLowerCase();
      case 'upperRoman':
        return roman(n);
      default:
        return String(n);
    }
  });
}

function roman(n: number): string {
  // A list can declare any start value: past the largest roman numeral, the number in digits (the
  // loop below would take n / 10 steps and build a string as long).
  if (n > 3999) return String(n);
  const digits: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, text] of digits) {
    while (n >= value) {
      out += text;
      n -= value;
    }
  }
  return out;
}

/** The text of runs, hyperlinks, insertions and content controls in document order. */
function runText(nodes: XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:t')
      out += childrenOf(node)
        .map((t) => String(t['#text'] ?? ''))
        .join('');
    else if (tag === 'w:tab') out += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') out += ' ';
    else if (tag === 'w:noBreakHyphen') out += '-';
    else if (tag === 'w:del' || tag === 'w:pPr' || tag === 'w:rPr' || tag === 'w:instrText') continue;
    else if (tag.startsWith('w:')) out += runText(childrenOf(node));
  }
  return out;
}

export function readDocxXml(files: Record<string, string>): string {
  const documentXml = files['word/document.xml'];
  if (documentXml === undefined) throw new DocumentReadError('it is a zip archive without word/document.xml');
  const numbering = numberingOf(files['word/numbering.xml']);
  const styleLists = styleListsOf(files['word/styles.xml']);
  const counters = new Map<string, number[]>();
  const lines: string[] = [];

  const paragraph = (p: XmlNode): string => {
    const pPr = child(p, 'w:pPr');
    const numPr = pPr && child(pPr, 'w:numPr');
    const style = pPr && attr(child(pPr, 'w:pStyle') ?? {}, 'w:val');
    const fromStyle = style ? styleLists.get(style) : undefined;
    const numId = (numPr && attr(child(numPr, 'w:numId') ?? {}, 'w:val')) ?? fromStyle?.numId;
    // Word has 9 list levels (0-8); a larger one would indent by as many spaces.
    const depth = Math.min(
      MAX_LIST_LEVEL,
      Number((numPr && attr(child(numPr, 'w:ilvl') ?? {}, 'w:val')) ?? fromStyle?.level ?? 0),
    );
    const text = runText(childrenOf(p)).replace(/\u00ad/g, '');
    if (!numId || numId === '0' || text.trim() === '') return text;
    const level = numbering.get(numId)?.[depth] ?? { format: 'bullet', text: '', start: 1 };
    const count = counters.get(numId) ?? [];
    count[depth] = (count[depth] ?? level.start - 1) + 1;
    count.length = depth + 1;
    counters.set(numId, count);
    return `${'  '.repeat(depth)}${label(level, count, depth)} ${text.trim()}`;
  };

  const cellText = (tc: XmlNode): string =>
    childrenOf(tc)
      .flatMap((node) => {
        const tag = tagOf(node);
        if (tag === 'w:p') return [paragraph(node).trim()];
        if (tag === 'w:tbl') return rowsOf(node);
        return [];
      })
      .filter(Boolean)
      .join(' ')
      .replace(/\s+/g, ' ');

  const rowsOf = (tbl: XmlNode): string[] =>
    childrenOf(tbl)
      .filter((n) => tagOf(n) === 'w:tr')
      .map((tr) =>
        childrenOf(tr)
          .filter((n) => tagOf(n) === 'w:tc' || tagOf(n) === 'w:sdt')
          .map((tc) => cellText(tagOf(tc) === 'w:sdt' ? (child(tc, 'w:sdtContent') ?? tc) : tc))
          .join('\t'),
      );

  const block = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:p') lines.push(paragraph(node));
      else if (tag === 'w:tbl') lines.push(...rowsOf(node));
      else if (tag === 'w:sdt') block(childrenOf(child(node, 'w:sdtContent') ?? {}));
    }
  };
  const root = (parser.parse(documentXml) as XmlNode[]).find((n) => tagOf(n) === 'w:document');
  const body = root && child(root, 'w:body');
  if (!body) throw new DocumentReadError('its word/document.xml has no document body');
  block(childrenOf(body));
  // trimEnd, not replace(/\s+$/): that is quadratic in a long run of spaces inside a paragraph.
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

const WORD_PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];

/** Unzips a .docx and reads its text; throws DocumentReadError when it cannot. */
export function readDocx(bytes: Uint8Array): string {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => WORD_PARTS.includes(file.name) });
  } catch (error) {
    throw new DocumentReadError(
      `its zip archive is damaged (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const decoder = new TextDecoder('utf-8');
  const files = Object.fromEntries(
    Object.entries(entries).map(([name, data]) => [name, decoder.decode(data)]),
  );
  return readDocxXml(files);
}
