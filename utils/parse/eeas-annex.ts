import {
  type Availability,
  BUNDLE_SCHEMA_VERSION,
  type Call,
  type Position,
  type Requirement,
} from '../schema/call';
import { parseDeadlines } from './deadline';
import { guarded, SourceParseError } from './errors';
import { facetsOf } from './facets';
import { bullet, clean, keywords, type Line, slug, sourceLines } from './text';

export interface SourceName {
  file: string;
  originalName: string;
}

const EEAS_HOSTS = ['eeas.europa.eu', 'www.eeas.europa.eu'];
const REF = /^[A-Z]{2,5}[ -]?\d{2,6}(?:\/\d{4})?$/;
const CALL_CODE = /\b(\d{1,2}-20\d{2})\b/;

/** Labels of the position header, in every spelling seen across EEAS calls of this format. */
const HEADER_LABELS: [key: string, pattern: RegExp][] = [
  ['title', /Position:/],
  ['regime', /(?:Employment|Staff|Contract) Regime:/i],
  ['category', /Post Category for Contracted:/i],
  ['ref', /Ref(?:erence|\. ?[Nn]umber|\.)?(?:\s*No\.?)?:/],
  ['confirmed', /Confirmed [Vv]acanc(?:y|ies):/],
  ['pending', /Pending [Vv]acanc(?:y|ies):/],
  ['location', /Location:/],
  ['availability', /Availability:/],
  ['unit', /Component ?\/ ?Department ?\/ ?Unit:/i],
  ['clearance', /(?:Security Clearance Level|Level of Security Clearance):/i],
  ['thirdStates', /Open to Contributing Third States:/i],
];

/** Numbered sections of a position block. */
const SECTIONS: [RegExp, 'reporting' | 'tasks' | 'essential' | 'desirable'][] = [
  [/^Reporting Line/i, 'reporting'],
  [/Tasks and Responsibilities/i, 'tasks'],
  [/^Essential (?:Qualifications and Experience|Knowledge, Skills and Abilities)/i, 'essential'],
  [/^Desirable (?:Qualifications and Experience|Knowledge, Skills and Abilities)/i, 'desirable'],
];
const SECTION_HEADING = /^(\d(?:\.\d)?)\.?\s+([A-Z][A-Za-z ,/]+?):?$/;

function labelValues(header: string): Map<string, string> {
  const hits: { key: string; start: number; end: number }[] = [];
  for (const [key, pattern] of HEADER_LABELS) {
    const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(header);
    if (m) hits.push({ key, start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => a.start - b.start);
  return new Map(
    hits.map((hit, i) => [hit.key, clean(header.slice(hit.end, hits[i + 1]?.start ?? header.length))]),
  );
}

export function availabilityOf(text: string, fallbackYear: number | null): Availability {
  if (/asap|as soon as possible|immediate/i.test(text)) return { kind: 'asap', text };
  const date = parseDeadlines(text, 'UTC', fallbackYear)[0];
  return date ? { kind: 'date', date: date.instant.slice(0, 10), text } : { kind: 'unknown', text };
}

interface Item {
  text: string;
  line: number;
  sub: boolean;
}

/** Bullets of a section; lines without a bullet continue the previous item; "AND" joins items. */
function items(lines: Line[]): Item[] {
  const out: Item[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (/^(?:AND|OR)$/.test(text)) continue;
    const b = bullet(line.text);
    if (b) out.push({ text: clean(b.text), line: line.n, sub: b.sub });
    else if (out.length > 0) out[out.length - 1]!.text = clean(`${out[out.length - 1]!.text} ${text}`);
    else out.push({ text: clean(text), line: line.n, sub: false });
  }
  return out.filter((item) => item.text !== '');
}

function requirementsOf(
  list: Item[],
  idPrefix: string,
  section: string,
  importance: Requirement['importance'],
  callWide: boolean,
): Requirement[] {
  let parent: string | undefined;
  return list.map((item, i) => {
    const id = `${idPrefix}-${i + 1}`;
    const isSub = item.sub && parent !== undefined;
    if (!item.sub) parent = id;
    const facets = facetsOf(item.text, isSub);
    return {
      id,
      text: item.text,
      importance,
      section,
      callWide,
      ...(isSub ? { parentId: parent } : {}),
      facets,
      keywords: facets.length ? [] : keywords(item.text),
    };
  });
}

/** Call-wide conditions and requirements: "Label – text" paragraphs, continued by plain paragraphs. */
function callWideRequirements(lines: Line[], callId: string, file: string): Requirement[] {
  const out: Requirement[] = [];
  let section: { title: string; key: string; importance: Requirement['importance'] } | null = null;
  let paragraphs: { text: string; key: string; section: string; importance: Requirement['importance'] }[] =
    [];
  for (const line of lines) {
    const text = clean(line.text);
    if (/^I\.\s+GENERAL CONDITIONS/i.test(text)) section = { title: text, key: 'i', importance: 'essential' };
    else if (/^II\.A\b/i.test(text)) section = { title: text, key: 'ii-a', importance: 'essential' };
    else if (/^II\.B\b/i.test(text)) section = { title: text, key: 'ii-b', importance: 'desirable' };
    else if (/^(?:II|III|IV|V)\.\s/.test(text)) section = null;
    else if (section) {
      const labelled = /^([A-Z][^–]{2,80}?)\s+[–-]\s+\S/.test(text);
      if (labelled)
        paragraphs.push({ text, key: section.key, section: section.title, importance: section.importance });
      else if (/^(?:Serious deficiencies|The following are)/i.test(text) || text.length < 40) continue;
      else if (paragraphs.length && paragraphs[paragraphs.length - 1]!.key === section.key) {
        paragraphs[paragraphs.length - 1]!.text += ` ${text}`;
      }
    }
  }
  const counters = new Map<string, number>();
  for (const p of paragraphs) {
    const n = (counters.get(p.key) ?? 0) + 1;
    counters.set(p.key, n);
    const facets = /^Citizenship/i.test(p.text)
      ? [{ kind: 'citizenship' as const, openToContributingThirdStates: /third state/i.test(p.text) }]
      : facetsOf(p.text, false).filter((f) => f.kind !== 'education');
    if (/^Language skills/i.test(p.text)) {
      for (const f of facets) if (f.kind === 'language') f.minLevel = 'B2';
    }
    out.push({
      id: `${callId}:call:${p.key}-${n}`,
      text: p.text,
      importance: p.importance,
      section: p.section,
      callWide: true,
      facets,
      keywords: facets.length ? [] : keywords(p.text),
    });
  }
  if (!out.some((r) => r.importance === 'essential')) {
    throw new SourceParseError(file, 0, 'call-wide essential requirements (section II.A)');
  }
  paragraphs = [];
  return out;
}

interface HeaderPost {
  ref: string;
  title: string;
  location: string;
  availability: string;
  group: string | null;
  line: number;
}

function headerPosts(lines: Line[]): HeaderPost[] {
  const posts: HeaderPost[] = [];
  let group: string | null = null;
  for (const line of lines) {
    const cells = line.text.split('\t').map(clean).filter(Boolean);
    const groupCell = cells.find((c) => /^[A-Za-z/ ]+\(\d+\)$/.test(c));
    if (groupCell && cells.length <= 2) group = groupCell.replace(/\s*\(\d+\)$/, '');
    const refIndex = cells.findIndex((c) => REF.test(c));
    if (refIndex >= 0 && cells.length >= refIndex + 3) {
      posts.push({
        ref: cells[refIndex]!,
        title: cells[refIndex + 1]!,
        location: cells[refIndex + 2]!,
        availability: cells[refIndex + 3] ?? '',
        group,
        line: line.n,
      });
    }
  }
  return posts;
}

function regimeOf(text: string): Position['regime'] {
  if (/seconded\s*\/\s*contracted/i.test(text)) return 'seconded-contracted';
  if (/contracted/i.test(text)) return 'contracted';
  if (/seconded/i.test(text)) return 'seconded';
  return null;
}

/** Parses an EEAS "Call for Contributions — Requirements and Job Descriptions" annex. */
export function parseEeasAnnex(text: string, source: SourceName): Call {
  return guarded(source.file, () => parse(text, source));
}

function parse(text: string, source: SourceName): Call {
  const file = source.file;
  const lines = sourceLines(text);
  const titleLine = lines.find((l) => /call for contributions/i.test(l.text) && CALL_CODE.test(l.text));
  if (!titleLine)
    throw new SourceParseError(file, 1, 'a title line with "<mission> <n-yyyy> Call for Contributions"');
  const titleText = clean(titleLine.text);
  const callCode = CALL_CODE.exec(titleText)![1]!;
  const year = Number(callCode.slice(-4));
  const organisationLine = lines.find((l) => /^Organi[sz]ation:/i.test(l.text.trim()));
  if (!organisationLine) throw new SourceParseError(file, titleLine.n + 1, 'an "Organisation:" line');
  const organisation = clean(organisationLine.text.replace(/^\s*Organi[sz]ation:/i, ''));
  const acronym = /([A-Z][A-Za-z]{2,})\s+\d{1,2}-20\d{2}/.exec(titleText)?.[1] ?? '';
  const country = / in ([A-Z][A-Za-z ]+)$/.exec(organisation)?.[1];
  const mission = clean(`${acronym} ${country ?? ''}`) || null;
  const deadlineLine = lines.find((l) => /^\s*Deadline for (?:sending )?applications?/i.test(l.text));
  if (!deadlineLine) throw new SourceParseError(file, titleLine.n + 1, 'a "Deadline for applications:" line');
  const deadlineText = clean(deadlineLine.text.replace(/^\s*Deadline for (?:sending )?applications?:?/i, ''));
  const deadlines = parseDeadlines(deadlineText, 'Europe/Brussels', year);
  if (deadlines.length === 0)
    throw new SourceParseError(file, deadlineLine.n, 'a deadline date', deadlineText);

  const firstPosition = lines.findIndex((l) => /^Position:/.test(l.text.trim()));
  if (firstPosition < 0)
    throw new SourceParseError(file, lines.at(-1)?.n ?? 0, 'at least one "Position:" block');
  // The header table ends where the call-wide conditions begin (pages may repeat the deadline above it).
  const conditionsStart = lines.findIndex((l) => /^(?:I\.|II\.)\s+[A-Z]/.test(l.text.trim()));
  const headerEnd = conditionsStart >= 0 && conditionsStart < firstPosition ? conditionsStart : firstPosition;
  const posts = headerPosts(lines.slice(0, headerEnd));
  if (posts.length === 0)
    throw new SourceParseError(
      file,
      titleLine.n + 1,
      'the list of posts (Ref., name, location, availability)',
    );
  const callId = slug(`${acronym} ${country ?? ''} ${callCode}`);
  const callWide = callWideRequirements(lines.slice(headerEnd, firstPosition), callId, file);

  const blocks: Line[][] = [];
  for (const line of lines.slice(firstPosition)) {
    if (/^Position:/.test(line.text.trim())) blocks.push([line]);
    else blocks[blocks.length - 1]!.push(line);
  }
  const positions = blocks.map((block) => positionOf(block, { callId, file, year, callWide, posts }));
  const seen = new Set(positions.map((p) => p.ref));
  const missing = posts.find((p) => !seen.has(p.ref));
  if (missing) throw new SourceParseError(file, missing.line, `a "Position:" block for ${missing.ref}`);
  if (new Set(positions.map((p) => p.id)).size !== positions.length) {
    throw new SourceParseError(file, 0, 'one "Position:" block per reference');
  }
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

interface BlockContext {
  callId: string;
  file: string;
  year: number;
  callWide: Requirement[];
  posts: HeaderPost[];
}

function positionOf(block: Line[], ctx: BlockContext): Position {
  const start = block[0]!;
  const firstSection = block.findIndex((l) => SECTION_HEADING.test(l.text.trim()));
  if (firstSection < 0)
    throw new SourceParseError(ctx.file, start.n, 'numbered sections (1. Reporting Line, 4. Essential ...)');
  const header = labelValues(
    block
      .slice(0, firstSection)
      .map((l) => l.text)
      .join('\t'),
  );
  const ref = header.get('ref')?.split(/\s+(?=Confirmed)/)[0] ?? '';
  if (!REF.test(ref))
    throw new SourceParseError(ctx.file, start.n + 1, 'a reference number ("Ref. Number: EK 60021")', ref);
  const title = header.get('title');
  if (!title) throw new SourceParseError(ctx.file, start.n, 'a position title');
  const post = ctx.posts.find((p) => p.ref === ref);
  if (!post) throw new SourceParseError(ctx.file, start.n + 1, `${ref} in the header's list of posts`);
  const id = slug(ref);
  const prefix = `${ctx.callId}:${id}`;

  const sections: {
    heading: string;
    number: string;
    kind: (typeof SECTIONS)[number][1] | null;
    lines: Line[];
  }[] = [];
  for (const line of block.slice(firstSection)) {
    const m = SECTION_HEADING.exec(line.text.trim());
    const kind = m ? (SECTIONS.find(([p]) => p.test(m[2]!))?.[1] ?? null) : null;
    if (m && kind) sections.push({ heading: clean(line.text), number: m[1]!, kind, lines: [] });
    else if (/^[A-Z/ ]+ POSITIONS$/.test(line.text.trim())) continue;
    else sections.at(-1)?.lines.push(line);
  }
  const own: Requirement[] = [];
  for (const section of sections) {
    if (section.kind !== 'essential' && section.kind !== 'desirable') continue;
    const key = section.heading.includes('Qualifications') ? `${section.kind[0]}qe` : `${section.kind[0]}ksa`;
    own.push(
      ...requirementsOf(items(section.lines), `${prefix}:${key}`, section.heading, section.kind, false),
    );
  }
  if (!own.some((r) => r.importance === 'essential')) {
    throw new SourceParseError(ctx.file, start.n, `essential requirements for ${ref}`);
  }
  const clearance = header.get('clearance')?.toUpperCase() ?? null;
  const thirdStates = header.get('thirdStates');
  const open = thirdStates ? /^yes/i.test(thirdStates) : null;
  // The call-wide citizenship condition applies as this post's header narrows it.
  const callWide = ctx.callWide.map((r) =>
    open === null || !r.facets.some((f) => f.kind === 'citizenship')
      ? r
      : {
          ...r,
          facets: r.facets.map((f) =>
            f.kind === 'citizenship' ? { ...f, openToContributingThirdStates: open } : f,
          ),
        },
  );
  return {
    id,
    ref,
    title,
    vacancies: {
      confirmed: Number(header.get('confirmed') ?? 1) || 0,
      pending: Number(header.get('pending') ?? 0) || 0,
    },
    group: post.group,
    regime: regimeOf(header.get('regime') ?? post.group ?? ''),
    postCategoryContracted: header.get('category') || null,
    location: header.get('location') ?? post.location,
    country: null,
    availability: availabilityOf(header.get('availability') ?? post.availability, ctx.year),
    unit: header.get('unit') ?? null,
    securityClearance:
      clearance === 'NOT REQUIRED' || clearance === null
        ? clearance
        : ((['EU RESTRICTED', 'EU CONFIDENTIAL', 'EU SECRET', 'EU TOP SECRET'] as const).find((l) =>
            clearance.startsWith(l),
          ) ?? null),
    openToContributingThirdStates: open,
    reportingLine:
      clean(
        sections
          .find((s) => s.kind === 'reporting')
          ?.lines.map((l) => l.text)
          .join(' ') ?? '',
      ) || null,
    details: [],
    tasks: sections
      .filter((s) => s.kind === 'tasks')
      .map((s) => ({ heading: s.heading, items: items(s.lines).map((i) => i.text) })),
    requirements: { status: 'published', items: [...callWide, ...own] },
  };
}
