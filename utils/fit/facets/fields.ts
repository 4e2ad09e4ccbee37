const STOP_WORDS = new Set([
  'of',
  'and',
  'the',
  'in',
  'or',
  'for',
  'with',
  'studies',
  'study',
  'degree',
  'field',
]);

function tokens(field: string): Set<string> {
  return new Set(
    field
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0 && !STOP_WORDS.has(word))
      .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word)),
  );
}

function isSubset(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0) return false;
  for (const word of a) if (!b.has(word)) return false;
  return true;
}

/**
 * A profile field matches a requirement field when all the significant words of one appear in the
 * other: "International Law" matches "Law", "Political Sciences" matches "Political Science", but
 * "International Law" does not match "International Relations".
 */
export function fieldMatches(profileField: string, requiredField: string): boolean {
  const have = tokens(profileField);
  const want = tokens(requiredField);
  return isSubset(want, have) || isSubset(have, want);
}

export function anyFieldMatches(profileFields: readonly string[], required: readonly string[]): boolean {
  return profileFields.some((have) => required.some((want) => fieldMatches(have, want)));
}

/** "Law", "Law or Political Science", "Law, Audit or Finance". */
export function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
