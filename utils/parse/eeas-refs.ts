/**
 * Post references as the missions write them: "EK 60021", "GEO HO 19", "GEO OC 03a", "SOM 094",
 * "NI 11", "AG 01", "LIB 0221", "UA08", "VN 001/2025". A letter prefix of one or two words, then a
 * number with an optional letter suffix or "/year".
 */
const ONE = String.raw`[A-Z]{2,5}(?: [A-Z]{2,3})?[ -]?\d{2,6}[a-z]?(?:\/\d{4})?`;
/** Further numbers sharing the first one's prefix: "UA08, 09", "UA19-24", "EK 60035/36". */
const MORE = String.raw`(?:\s*(?:,|&|and|-|–|\/)\s*\d{2,6}[a-z]?\b(?!\/))*`;

/** One reference, the whole text. */
export const REF = new RegExp(`^${ONE}$`);
/** One cell or value holding one or more references, the whole text. */
const REF_LIST = new RegExp(`^${ONE}${MORE}$`);

/** Words of the header that look like a prefix followed by a number but never are one. */
const NOT_A_PREFIX = /^(?:ASAP|CET|CEST|UTC|EU|EEAS|NO|YES|TBC|ST|OJ|PSC)$/;

/** The references a cell or value holds: "UA19-24" → UA19 … UA24, "UA08, 09" → UA08, UA09. */
export function refsOf(text: string): string[] | null {
  // Trailing "*" marks (and the space before them), matched from where a run begins: from every
  // "*" of a long run that does not end the text, \s*\*+$ is quadratic.
  const value = text.replace(/(?<!\s)\s*(?<!\*)\*+$/, '').trim();
  if (!REF_LIST.test(value)) return null;
  const first = new RegExp(`^${ONE}`).exec(value)![0];
  const head = /^(.*?)(\d{2,6})([a-z]?)((?:\/\d{4})?)$/.exec(first)!;
  const prefix = head[1]!;
  if (NOT_A_PREFIX.test(prefix.trim().split(' ')[0]!)) return null;
  const refs = [first];
  let last = head[2]!;
  for (const m of value.slice(first.length).matchAll(/\s*(,|&|and|-|–|\/)\s*(\d{2,6})([a-z]?)/g)) {
    const [, sep, digits, suffix] = m;
    if ((sep === '-' || sep === '–') && !suffix && !head[3]) {
      const from = Number(last);
      const to = Number(digits);
      if (!(to > from) || to - from > 50) return null;
      for (let n = from + 1; n <= to; n++) refs.push(`${prefix}${String(n).padStart(last.length, '0')}`);
    } else refs.push(`${prefix}${digits!.padStart(last.length, '0')}${suffix}`);
    last = digits!;
  }
  return refs;
}

/**
 * References written in running text (a header table flattened to one line), each with where it
 * starts: "GEO HO 19 Planning Officer Tbilisi ASAP GEO OC 03a * Operations Officer …". Only prefixes
 * the position blocks use count when they are known, so a date or a number in a title is not a ref.
 */
export function refsInText(
  text: string,
  prefixes: readonly string[] | null,
): { refs: string[]; index: number }[] {
  const pattern = new RegExp(`(?<![A-Za-z0-9])${ONE}${MORE}(?![A-Za-z0-9])`, 'g');
  const known = prefixes && new Set(prefixes);
  const out: { refs: string[]; index: number }[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const refs = refsOf(m[0]);
    if (refs && (!known || refs.every((r) => known.has(refPrefix(r))))) {
      out.push({ refs, index: m.index });
      continue;
    }
    // "ASAP EK 60029": the first word is not part of the ref; look again from the next word.
    const space = m[0].indexOf(' ');
    if (space > 0) pattern.lastIndex = m.index + space + 1;
  }
  return out;
}

/** "GEO OC 03a" → "GEO OC", "UA08" → "UA", "VN 001/2025" → "VN". */
export function refPrefix(ref: string): string {
  return /^(.*?)[ -]?\d/.exec(ref)![1]!;
}
