export interface Line {
  /** 1-based. */
  n: number;
  text: string;
}

/**
 * Splits a source into non-empty lines with their numbers. Text copied from a page's DOM
 * (textContent) loses tabs to runs of spaces and carries non-breaking spaces and CRLF: a run of
 * two or more spaces inside a line is read as a cell separator (a tab), like the tab it replaced.
 * Leading whitespace is kept, since an indented bullet is a sub-bullet.
 */
export function sourceLines(source: string): Line[] {
  return source
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .split('\n')
    .map((text, i) => {
      const indent = /^[ \t]*/.exec(text)![0];
      const body = text
        .slice(indent.length)
        // From the start of a run only: from every character of a long inner run it is quadratic.
        .replace(/(?<![ \t])[ \t]+$/g, '')
        .replace(/ {2,}/g, '\t');
      return { n: i + 1, text: indent + body };
    })
    .filter((line) => line.text.trim() !== '');
}

/** Cells of a table row: tab-separated, trimmed, empty ones dropped. */
export function cells(text: string): string[] {
  return text.split('\t').map(clean).filter(Boolean);
}

/**
 * One cell or paragraph as plain text: markup tags dropped, an autolink "<https://…>" kept as its
 * address (it is text, not a tag), "**" emphasis dropped, whitespace collapsed.
 */
export function clean(text: string): string {
  let out = text;
  if (out.includes('<')) out = withoutTags(out);
  if (out.includes('**')) out = out.replace(/\*\*/g, '');
  return out.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Tags removed up to the last ">" only: a "<" with no ">" after it starts no tag, and looking for
 * one from each of many such "<" would take time quadratic in the text.
 */
function withoutTags(text: string): string {
  const end = text.lastIndexOf('>') + 1;
  const tagged = text
    .slice(0, end)
    .replace(/<(https?:\/\/[^\s<>]+)>/g, '$1')
    .replace(/<[^>]+>/g, '');
  return tagged + text.slice(end);
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * "- text", "• text", "· text", "* text" (a sub-bullet when indented). "-" and "*" need a space
 * after them so that "-based" or "**bold**" are not read as bullets.
 */
export function bullet(text: string): { sub: boolean; text: string } | null {
  const m = /^([ \t]*)(?:[-*–]\s+|[•·▪●◦]\s*)(.*)$/.exec(text);
  if (!m) return null;
  return { sub: m[1]!.length > 0, text: m[2]! };
}

/** Lower-case content words of a requirement, for free-text matching. */
const STOP = new Set(
  'a an and or of the in on for to with within by as at be is are have has from their its this that which other any all both such including knowledge experience ability skills proven demonstrated good sound excellent strong relevant related able work working very high level'.split(
    ' ',
  ),
);
export function keywords(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9/ -]+/g, ' ')
    .split(/[\s/]+/)
    .filter((w) => w.length > 3 && !STOP.has(w));
  return [...new Set(words)].slice(0, 8);
}
