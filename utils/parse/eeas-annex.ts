import { BUNDLE_SCHEMA_VERSION, type Call, type Position } from '../schema/call';
import { parseDeadlines } from './deadline';
import { callWideRequirements } from './eeas-call-wide';
import { flatHeaderPosts, type HeaderPost, headerPosts } from './eeas-header';
import { isFlattened, relayout } from './eeas-layout';
import { missionName } from './eeas-mission';
import { type BlockContext, blockRefs, listOf, positionsOf } from './eeas-position';
import { refPrefix } from './eeas-refs';
import { guarded, SourceParseError } from './errors';
import type { SourceName } from './source';
import { clean, type Line, slug, sourceLines } from './text';

export { availabilityOf } from './availability';
export type { SourceName };

const EEAS_HOSTS = ['eeas.europa.eu', 'www.eeas.europa.eu'];
/** A hundred posts of a hundred requirements each; the EULEX Kosovo 2-2026 call has 546 in all. */
export const MAX_REQUIREMENTS = 10_000;
const CALL_CODE = /\b(\d{1,2}-20\d{2})\b/;

/** Parses an EEAS "Call for Contributions — Requirements and Job Descriptions" annex. */
export function parseEeasAnnex(text: string, source: SourceName): Call {
  return guarded(source.file, () => parse(text, source));
}

/** Labels of the annex header table; a value runs up to the next one. */
const HEADER_LABEL =
  /\b(?:Organi[sz]ation|Job\s+[Ll]ocation|Location|Availability|(?:Employment|Staff|Contract)\s+[Rr]egime|Job\s+[Tt]itles\s*\/\s*[Vv]acancy\s+[Nn]otice|Deadline\s+for\s+(?:sending\s+)?[Aa]pplications?|Applications\s+must\s+be\s+submitted\s+to|E-mail\s+[Aa]ddress[^:]{0,60}|Information|Ref\.?):/;

/** The value after a label, up to the next header label ("" when a label follows at once). */
function labelValue(text: string, label: RegExp): string | null {
  const m = label.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  const next = HEADER_LABEL.exec(rest);
  return clean(next ? rest.slice(0, next.index) : rest);
}

const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+`;
/** A deadline written away from its label: "Friday 02 October 2015 at 1700 (Brussels time)". */
const DATE_TIME = new RegExp(
  String.raw`(?:${WEEKDAY})?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?(?:\s+\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{4}),?\s+(?:at\s+|by\s+)?\d{1,2}(?:[:.h]?\d{2})?(?:\s*(?:hours|hrs|h|noon|[ap]\.?m\.?))?(?:\s*\((?:Brussels\s+time|CET|CEST|Brussels\s+local\s+time)\))?`,
);

const TITLE = /Call\s+for\s+Contributions/i;

/** The title: the call code and "Call for Contributions" on one line or split over up to three. */
function titleOf(lines: Line[]): { line: Line; text: string; callCode: string } | null {
  for (let i = 0; i < lines.length; i++) {
    if (!CALL_CODE.test(lines[i]!.text)) continue;
    const window = lines
      .slice(Math.max(0, i - 2), i + 3)
      .map((l) => clean(l.text))
      .join(' ');
    const code = CALL_CODE.exec(clean(lines[i]!.text))![1]!;
    const at = window.indexOf(code);
    const title = TITLE.exec(window);
    if (!title || Math.abs(title.index - at) > 160) continue;
    const text = window.slice(0, Math.max(at + code.length, title.index + title[0].length));
    return { line: lines[i]!, text, callCode: code };
  }
  return null;
}

/** "European Union CSDP Mission in Niger (EUCAP Sahel Niger)" from the title, the bare acronym dropped. */
function organisationFromTitle(title: string, callCode: string): string {
  const before = title.slice(0, title.indexOf(callCode)).replace(/^.*?(?=European Union)/, '');
  // [A-Z]{3}[A-Z0-9]* as in missionName: [A-Z]{3,}[A-Z0-9]* is quadratic in a long capitalised word.
  return clean(before.replace(/\s+[A-Z]{3}[A-Z0-9]*(?:\s+[A-Z][a-z]+){0,3}\s*$/, ''));
}

function parse(text: string, source: SourceName): Call {
  const file = source.file;
  const raw = sourceLines(text);
  const lines = isFlattened(raw) ? relayout(raw) : raw;
  const lastLine = raw.at(-1)?.n ?? 1;
  const title = titleOf(lines);
  if (!title)
    throw new SourceParseError(
      file,
      1,
      'a title with the call code and "Call for Contributions" ("EULEX 2-2026 Call for Contributions")',
    );
  const { callCode } = title;
  const year = Number(callCode.slice(-4));

  const firstPosition = lines.findIndex((l) => /^Position:/.test(l.text.trim()));
  // The header table ends where the call-wide conditions begin (pages may repeat the deadline above it).
  const conditionsStart = lines.findIndex((l) => /^(?:I\.|II\.)\s+[A-Z]/.test(l.text.trim()));
  const headerEnd =
    conditionsStart >= 0 && (firstPosition < 0 || conditionsStart < firstPosition)
      ? conditionsStart
      : firstPosition < 0
        ? lines.length
        : firstPosition;
  const headerLines = lines.slice(0, headerEnd);
  const flatHeader = !headerLines.some((l) => l.text.includes('\t'));

  if (firstPosition < 0) {
    const listed = flatHeader ? flatHeaderPosts(headerLines, file, null) : headerPosts(headerLines, file);
    throw new SourceParseError(
      file,
      lastLine,
      listed.length
        ? `a "Position:" block for each of the ${new Set(listed.map((p) => p.ref)).size} posts the header lists (${listOf(listed.map((p) => p.ref))})`
        : 'the "Position:" blocks of the job descriptions',
      `the text ends at line ${lastLine} before the first one: it is cut off before its position blocks, so no post can be read`,
    );
  }

  const headerText = headerLines.map((l) => l.text).join('\t');
  const organisationLine = headerLines.find((l) => /Organi[sz]ation:/i.test(l.text));
  if (!organisationLine) throw new SourceParseError(file, title.line.n + 1, 'an "Organisation:" line');
  const organisation =
    labelValue(headerText, /Organi[sz]ation:/i) || organisationFromTitle(title.text, callCode);
  if (!organisation)
    throw new SourceParseError(file, organisationLine.n, 'the organisation after "Organisation:"');
  const mission = missionName(title.text, organisation);

  const DEADLINE_LABEL = /Deadline\s+for\s+(?:sending\s+)?applications?:?/i;
  const deadlineIndex = lines.findIndex((l) => /^\s*Deadline for (?:sending )?applications?/i.test(l.text));
  // Mid-line in a flattened header, or the label split over two lines ("Deadline for" / "Applications:").
  const deadlineAt =
    deadlineIndex >= 0
      ? deadlineIndex
      : headerLines.findIndex((l, i) =>
          /Deadline\s+for\s+(?:sending\s+)?applications?:/i.test(
            `${l.text} ${headerLines[i + 1]?.text ?? ''}`,
          ),
        );
  if (deadlineAt < 0)
    throw new SourceParseError(file, organisationLine.n + 1, 'a "Deadline for applications:" line');
  const deadlineLine = lines[deadlineAt]!;
  const after = lines
    .slice(deadlineAt, deadlineAt + 4)
    .map((l) => l.text)
    .join('\t');
  let deadlineText = labelValue(after.slice(after.search(DEADLINE_LABEL)), DEADLINE_LABEL) ?? '';
  if (deadlineIndex >= 0 && !flatHeader)
    deadlineText = clean(deadlineLine.text.replace(/^\s*Deadline for (?:sending )?applications?:?/i, ''));
  let deadlines = parseDeadlines(deadlineText, 'Europe/Brussels', year);
  if (deadlines.length === 0) {
    // Labels first, values after: the date sits further along ("… Information: Friday 02 October 2015 at 1700 (Brussels time) …").
    const later = DATE_TIME.exec(clean(after.slice(after.search(DEADLINE_LABEL))));
    if (later) {
      deadlineText = clean(later[0]);
      deadlines = parseDeadlines(deadlineText, 'Europe/Brussels', year);
    }
  }
  if (deadlines.length === 0)
    throw new SourceParseError(
      file,
      deadlineLine.n,
      'a deadline date after "Deadline for applications:"',
      deadlineText,
    );

  const callId = slug(`${mission ?? organisation} ${callCode}`);
  const callWide = callWideRequirements(
    lines.slice(headerEnd, firstPosition),
    callId,
    file,
    lines[firstPosition]!.n,
  );

  const blocks: Line[][] = [];
  for (const line of lines.slice(firstPosition)) {
    if (/^Position:/.test(line.text.trim())) blocks.push([line]);
    else blocks[blocks.length - 1]!.push(line);
  }
  const refsOfBlocks = blocks.flatMap(blockRefs);
  const tooManyRequirements = (line: number, found: string) =>
    new SourceParseError(
      file,
      line,
      `at most ${MAX_REQUIREMENTS.toLocaleString('en')} requirements over all its posts, call-wide ones counted in each post`,
      `${found}: this is no call's annex`,
    );
  if (refsOfBlocks.length * callWide.length > MAX_REQUIREMENTS)
    throw tooManyRequirements(
      lines[firstPosition]!.n,
      `${refsOfBlocks.length.toLocaleString('en')} posts of ${callWide.length.toLocaleString('en')} call-wide requirements each`,
    );
  const posts = flatHeader
    ? flatHeaderPosts(headerLines, file, [...new Set(refsOfBlocks.map(refPrefix))])
    : headerPosts(headerLines, file);
  if (posts.length === 0)
    throw new SourceParseError(
      file,
      title.line.n + 1,
      'the list of posts (Ref., name, location, availability)',
    );
  const postsByRef = new Map<string, HeaderPost[]>();
  for (const post of posts) {
    const rows = postsByRef.get(post.ref);
    if (rows) rows.push(post);
    else postsByRef.set(post.ref, [post]);
  }
  const positions: Position[] = [];
  const ids = new Set<string>();
  let requirements = 0;
  for (const block of blocks) {
    for (const position of blockPositions(block, block === blocks.at(-1), lastLine, {
      callId,
      file,
      year,
      callWide,
      posts,
      postsByRef,
    })) {
      if (ids.has(position.id))
        throw new SourceParseError(
          file,
          block[0]!.n,
          `one "Position:" block per reference (${position.ref} again)`,
        );
      ids.add(position.id);
      positions.push(position);
      // Every post carries the call-wide requirements and is assessed against each of them: a
      // short text of many refs and many call-wide paragraphs would multiply into millions.
      requirements += position.requirements.status === 'published' ? position.requirements.items.length : 0;
      if (requirements > MAX_REQUIREMENTS)
        throw tooManyRequirements(
          block[0]!.n,
          `${positions.length} posts reach ${requirements.toLocaleString('en')}`,
        );
    }
  }
  checkComplete(blocks, file, lastLine);
  const seen = new Set(positions.map((p) => p.ref));
  const missing = posts.find((p) => !seen.has(p.ref));
  if (missing)
    throw new SourceParseError(
      file,
      missing.line,
      `a "Position:" block for ${missing.ref}`,
      `the header lists it, but the blocks (${listOf(positions.map((p) => p.ref!))}) end at line ${lastLine} without it: the text is cut off or the block is missing`,
    );
  return {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    id: callId,
    publisher: 'EEAS',
    format: 'eeas-annex',
    source,
    organisation,
    mission,
    callCode,
    title: `${mission ?? organisation} ${callCode} Call for Contributions`,
    project: null,
    deadline: { status: 'published', deadline: deadlines[0]! },
    positions,
    signals: {
      hosts: EEAS_HOSTS,
      callCode,
      mission,
      titles: [`${mission ?? organisation} ${callCode} call for contributions`.toLowerCase()],
      refs: positions.map((p) => p.ref!),
    },
  };
}

/** The last block's errors say where the text ends: a block that stops short is most often a cut. */
function blockPositions(block: Line[], last: boolean, lastLine: number, ctx: BlockContext): Position[] {
  try {
    return positionsOf(block, ctx);
  } catch (error) {
    if (!last || !(error instanceof SourceParseError) || error.detail) throw error;
    throw new SourceParseError(
      ctx.file,
      error.line,
      error.expected,
      `the text ends at line ${lastLine}, inside this block: it may be cut off`,
    );
  }
}

/**
 * A text cut off inside its last block can still look whole. Every essential/desirable section the
 * other blocks all have must be in the last one too, or the call would be shown as complete without it.
 */
function checkComplete(blocks: Line[][], file: string, lastLine: number): void {
  // With few blocks a post without desirable sections is as likely as a cut: judge from 3 or more.
  if (blocks.length < 4) return;
  const headings = (block: Line[]) =>
    new Set(
      block
        .map((l) => /^\d(?:\.\d)?\.?\s+([A-Z][A-Za-z ,/&]+?):?$/.exec(l.text.trim())?.[1]?.toLowerCase())
        .filter((h): h is string => h !== undefined && /^(?:essential|desirable)\b/.test(h)),
    );
  const [first, ...rest] = blocks.slice(0, -1).map(headings);
  const common = [...first!].filter((h) => rest.every((set) => set.has(h)));
  const last = blocks.at(-1)!;
  const lacking = common.find((h) => !headings(last).has(h));
  if (lacking)
    throw new SourceParseError(
      file,
      lastLine,
      `the "${lacking}" section of the last position (${clean(last[0]!.text).slice(0, 80)}), as every other position has`,
      'the text ends before it: it is cut off',
    );
}
