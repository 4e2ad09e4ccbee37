export interface Line {
  /** 1-based. */
  n: number;
  text: string;
}

/** Splits a source into trimmed, non-empty lines with their numbers; tabs are kept as cell separators. */
export function sourceLines(source: string): Line[] {
  return source
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((text, i) => ({ n: i + 1, text: text.replace(/ {2,}/g, ' ').replace(/[ \t]+$/g, '') }))
    .filter((line) => line.text.trim() !== '');
}

export function clean(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "- text", "• text", " - text" (a sub-bullet when indented). */
export function bullet(text: string): { sub: boolean; text: string } | null {
  const m = /^(\s*)([-•·*])\s+(.*)$/.exec(text);
  if (!m) return null;
  return { sub: m[1]!.length > 0, text: m[3]! };
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
