/** EU driving licence categories (Directive 2006/126/EC). */
export const LICENCE_CATEGORIES = [
  'AM',
  'A1',
  'A2',
  'A',
  'B1',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
] as const;
export type LicenceCategory = (typeof LICENCE_CATEGORIES)[number];

/**
 * What a category also entitles its holder to drive. A C licence covers C1 and needs B first,
 * so a C holder meets "C1" and "B" requirements; a C1 holder does not meet "C".
 */
const IMPLIES: Record<LicenceCategory, readonly LicenceCategory[]> = {
  AM: [],
  A1: ['AM'],
  A2: ['A1'],
  A: ['A2'],
  B1: ['AM'],
  B: ['AM', 'B1'],
  BE: ['B'],
  C1: ['B'],
  C1E: ['C1', 'BE'],
  C: ['C1'],
  CE: ['C', 'C1E'],
  D1: ['B'],
  D1E: ['D1', 'BE'],
  D: ['D1'],
  DE: ['D', 'D1E'],
};

function isCategory(value: string): value is LicenceCategory {
  return (LICENCE_CATEGORIES as readonly string[]).includes(value);
}

/** Every category the held licences cover, including implied ones. */
export function coveredCategories(held: readonly string[]): Set<string> {
  const covered = new Set<string>();
  const queue = held.map((c) => c.trim().toUpperCase());
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (covered.has(next)) continue;
    covered.add(next);
    if (isCategory(next)) queue.push(...IMPLIES[next]);
  }
  return covered;
}
