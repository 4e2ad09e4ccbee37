import type { Position } from '../schema/call';
import { REF, refPrefix, refsInText, refsOf } from './eeas-refs';
import { SourceParseError } from './errors';
import { cells, clean, type Line } from './text';

export { REF };

export interface HeaderPost {
  ref: string;
  /** Empty where a flattened header's cells cannot be told apart: the position block has them. */
  title: string;
  location: string;
  availability: string;
  group: string | null;
  line: number;
}

const COUNT = String.raw`\((\d+)(?:\s+(?:positions?|posts?|vacanc(?:y|ies)))?\)`;
/** "Seconded (15)", "Seconded/ Contracted (3)", "Seconded (13 positions)", or a bare "Seconded". */
const GROUP = new RegExp(String.raw`^([A-Za-z][A-Za-z/ ]*?)\s*${COUNT}$`);
const BARE_GROUP = /^(Seconded\s*\/\s*Contracted|Seconded|Contracted)$/i;
const GROUP_IN_TEXT = new RegExp(
  String.raw`(?<![A-Za-z])(Seconded\s*\/\s*Contracted|Seconded|Contracted)(?:\s*${COUNT})?(?![A-Za-z])`,
  'g',
);

interface Group {
  name: string;
  /** The group row as written: "Seconded (13 positions)". */
  text: string;
  count: number | null;
  line: number;
  found: number;
}

/** The refs a cell holds: one ("EK 60021"), a list or range ("UA08, 09", "UA19-24") or several ("MA 47 MA 48"). */
function cellRefs(cell: string): string[] | null {
  const listed = refsOf(cell);
  if (listed) return listed;
  const found = refsInText(cell, null);
  if (found.length < 2) return null;
  const rest = found.reduceRight((text, f) => text.slice(0, f.index), cell);
  return rest.trim() === '' && cell.replace(/\s+/g, ' ').length < 60 ? found.flatMap((f) => f.refs) : null;
}

function checkGroups(groups: Group[], file: string): void {
  for (const group of groups) {
    if (group.count !== null && group.found !== group.count) {
      throw new SourceParseError(
        file,
        group.line,
        `${group.count} posts listed under "${group.text}"`,
        `found ${group.found}`,
      );
    }
  }
}

/** The header's list of posts, grouped by regime ("Seconded (15)"); each group's count is checked. */
export function headerPosts(lines: Line[], file: string): HeaderPost[] {
  const posts: HeaderPost[] = [];
  const groups: Group[] = [];
  for (const line of lines) {
    const row = cells(line.text);
    const group =
      row.length <= 2 ? row.map((c) => GROUP.exec(c) ?? BARE_GROUP.exec(c)).find(Boolean) : undefined;
    if (group)
      groups.push({
        name: group[1]!,
        text: clean(group[0]),
        count: group[2] ? Number(group[2]) : null,
        line: line.n,
        found: 0,
      });
    const refIndex = row.findIndex((c) => cellRefs(c) !== null);
    if (refIndex >= 0 && row.length >= refIndex + 3) {
      const current = groups.at(-1);
      for (const ref of cellRefs(row[refIndex]!)!) {
        if (current) current.found++;
        posts.push({
          ref,
          title: row[refIndex + 1]!,
          location: row[refIndex + 2]!,
          availability: row[refIndex + 3] ?? '',
          group: current?.name ?? null,
          line: line.n,
        });
      }
    }
  }
  checkGroups(groups, file);
  return posts;
}

/** Column headings of the list of posts: "Ref.: Name of the post: Location: Availability:", "Available on". */
const COLUMNS =
  /Ref(?:erence)?\.?:?\s+Name\s+of\s+the\s+[Pp]ost:?\s+Location:?\s+Availab(?:ility|le\s+on)\s*:?\s*\**/;

/**
 * The list of posts of a header flattened into running text ("Ref. Name of the Post Location
 * Availability* Seconded (2) GEO HO 19 Monitor Tbilisi ASAP GEO OC 03a …"). Titles, locations and
 * dates cannot be told apart there, so only the refs and their groups are read; the position blocks
 * give the rest. `prefixes` (those of the blocks' refs) keep numbers in titles from reading as refs.
 */
export function flatHeaderPosts(
  lines: Line[],
  file: string,
  prefixes: readonly string[] | null,
): HeaderPost[] {
  let text = '';
  const starts: { at: number; n: number }[] = [];
  for (const line of lines) {
    starts.push({ at: text.length, n: line.n });
    text += `${clean(line.text)} `;
  }
  // The last line starting at or before `index`, by bisection: a scan of every line for each ref
  // would be quadratic in a header of many lines and refs.
  const lineAt = (index: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.at <= index) lo = mid + 1;
      else hi = mid;
    }
    return starts[lo - 1]?.n ?? lines[0]?.n ?? 1;
  };
  const columns = COLUMNS.exec(text);
  if (!columns) return [];
  const from = columns.index + columns[0].length;
  const deadline = text.slice(from).search(/Deadline\s+for\s+(?:sending\s+)?applications?/i);
  const list = text.slice(from, deadline < 0 ? undefined : from + deadline);
  const marks = [
    ...[...list.matchAll(GROUP_IN_TEXT)].map((m) => ({ index: m.index, group: m })),
    ...refsInText(list, prefixes).map((r) => ({ index: r.index, refs: r.refs })),
  ].sort((a, b) => a.index - b.index);
  const posts: HeaderPost[] = [];
  const groups: Group[] = [];
  for (const mark of marks) {
    const line = lineAt(from + mark.index);
    if ('group' in mark && mark.group) {
      groups.push({
        name: clean(mark.group[1]!),
        text: clean(mark.group[0]),
        count: mark.group[2] ? Number(mark.group[2]) : null,
        line,
        found: 0,
      });
    } else if ('refs' in mark && mark.refs) {
      const current = groups.at(-1);
      for (const ref of mark.refs) {
        if (current) current.found++;
        posts.push({ ref, title: '', location: '', availability: '', group: current?.name ?? null, line });
      }
    }
  }
  checkGroups(groups, file);
  return posts;
}

export { refPrefix };

export function regimeOf(text: string): Position['regime'] {
  if (/seconded\s*\/\s*contracted/i.test(text)) return 'seconded-contracted';
  if (/contracted/i.test(text)) return 'contracted';
  if (/seconded/i.test(text)) return 'seconded';
  return null;
}
