import { BUNDLE_SCHEMA_VERSION, type Call, type Position } from '../schema/call';
import { parseDeadlines } from './deadline';
import { callWideRequirements } from './eeas-call-wide';
import { headerPosts } from './eeas-header';
import { missionName } from './eeas-mission';
import { positionOf } from './eeas-position';
import { guarded, SourceParseError } from './errors';
import type { SourceName } from './source';
import { clean, type Line, slug, sourceLines } from './text';

export { availabilityOf } from './availability';
export type { SourceName };

const EEAS_HOSTS = ['eeas.europa.eu', 'www.eeas.europa.eu'];
const CALL_CODE = /\b(\d{1,2}-20\d{2})\b/;

/** Parses an EEAS "Call for Contributions — Requirements and Job Descriptions" annex. */
export function parseEeasAnnex(text: string, source: SourceName): Call {
  return guarded(source.file, () => parse(text, source));
}

function parse(text: string, source: SourceName): Call {
  const file = source.file;
  const lines = sourceLines(text);
  const lastLine = lines.at(-1)?.n ?? 1;
  const titleLine = lines.find((l) => /call for contributions/i.test(l.text) && CALL_CODE.test(l.text));
  if (!titleLine)
    throw new SourceParseError(file, 1, 'a title line with "<mission> <n-yyyy> Call for Contributions"');
  const titleText = clean(titleLine.text);
  const callCode = CALL_CODE.exec(titleText)![1]!;
  const year = Number(callCode.slice(-4));
  const organisationLine = lines.find((l) => /^Organi[sz]ation:/i.test(l.text.trim()));
  if (!organisationLine) throw new SourceParseError(file, titleLine.n + 1, 'an "Organisation:" line');
  const organisation = clean(organisationLine.text.replace(/^\s*Organi[sz]ation:/i, ''));
  if (!organisation)
    throw new SourceParseError(file, organisationLine.n, 'the organisation after "Organisation:"');
  const mission = missionName(titleText, organisation);
  const deadlineLine = lines.find((l) => /^\s*Deadline for (?:sending )?applications?/i.test(l.text));
  if (!deadlineLine)
    throw new SourceParseError(file, organisationLine.n + 1, 'a "Deadline for applications:" line');
  const deadlineText = clean(deadlineLine.text.replace(/^\s*Deadline for (?:sending )?applications?:?/i, ''));
  const deadlines = parseDeadlines(deadlineText, 'Europe/Brussels', year);
  if (deadlines.length === 0)
    throw new SourceParseError(
      file,
      deadlineLine.n,
      'a deadline date after "Deadline for applications:"',
      deadlineText,
    );

  const firstPosition = lines.findIndex((l) => /^Position:/.test(l.text.trim()));
  if (firstPosition < 0) throw new SourceParseError(file, lastLine, 'at least one "Position:" block');
  // The header table ends where the call-wide conditions begin (pages may repeat the deadline above it).
  const conditionsStart = lines.findIndex((l) => /^(?:I\.|II\.)\s+[A-Z]/.test(l.text.trim()));
  const headerEnd = conditionsStart >= 0 && conditionsStart < firstPosition ? conditionsStart : firstPosition;
  const posts = headerPosts(lines.slice(0, headerEnd), file);
  if (posts.length === 0)
    throw new SourceParseError(
      file,
      titleLine.n + 1,
      'the list of posts (Ref., name, location, availability)',
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
  const positions: Position[] = [];
  for (const block of blocks) {
    const position = positionOf(block, { callId, file, year, callWide, posts });
    if (positions.some((p) => p.id === position.id))
      throw new SourceParseError(
        file,
        block[0]!.n,
        `one "Position:" block per reference (${position.ref} again)`,
      );
    positions.push(position);
  }
  const seen = new Set(positions.map((p) => p.ref));
  const missing = posts.find((p) => !seen.has(p.ref));
  if (missing) throw new SourceParseError(file, missing.line, `a "Position:" block for ${missing.ref}`);
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
