import type { Position } from '../schema/call';
import { SourceParseError } from './errors';
import { cells, type Line } from './text';

/** EK 60021, GEO 123, SOM 012, LIB 1234, VN 001/2025. */
export const REF = /^[A-Z]{2,5}[ -]?\d{2,6}(?:\/\d{4})?$/;

export interface HeaderPost {
  ref: string;
  title: string;
  location: string;
  availability: string;
  group: string | null;
  line: number;
}

const GROUP = /^([A-Za-z][A-Za-z/ ]*?)\s*\((\d+)\)$/;

/** The header's list of posts, grouped by regime ("Seconded (15)"); each group's count is checked. */
export function headerPosts(lines: Line[], file: string): HeaderPost[] {
  const posts: HeaderPost[] = [];
  const groups: { name: string; count: number; line: number; found: number }[] = [];
  for (const line of lines) {
    const row = cells(line.text);
    const group = row.length <= 2 ? row.map((c) => GROUP.exec(c)).find(Boolean) : undefined;
    if (group) groups.push({ name: group[1]!, count: Number(group[2]), line: line.n, found: 0 });
    const refIndex = row.findIndex((c) => REF.test(c));
    if (refIndex >= 0 && row.length >= refIndex + 3) {
      const current = groups.at(-1);
      if (current) current.found++;
      posts.push({
        ref: row[refIndex]!,
        title: row[refIndex + 1]!,
        location: row[refIndex + 2]!,
        availability: row[refIndex + 3] ?? '',
        group: current?.name ?? null,
        line: line.n,
      });
    }
  }
  for (const group of groups) {
    if (group.found !== group.count) {
      throw new SourceParseError(
        file,
        group.line,
        `${group.count} posts listed under "${group.name} (${group.count})"`,
        `found ${group.found}`,
      );
    }
  }
  return posts;
}

export function regimeOf(text: string): Position['regime'] {
  if (/seconded\s*\/\s*contracted/i.test(text)) return 'seconded-contracted';
  if (/contracted/i.test(text)) return 'contracted';
  if (/seconded/i.test(text)) return 'seconded';
  return null;
}
