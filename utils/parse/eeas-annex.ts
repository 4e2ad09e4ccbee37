import {
  type Availability,
  BUNDLE_SCHEMA_VERSION,
  type Call,
  CLEARANCE_LEVELS,
  type Position,
  type Requirement,
} from '../schema/call';
import { parseDeadlines } from './deadline';
import { guarded, SourceParseError } from './errors';
import { inlineParts, inlinePartsStart } from './facets/experience';
import { facetsOf } from './facets/index';
import type { SourceName } from './source';
import { bullet, cells, clean, keywords, type Line, slug, sourceLines } from './text';

export type { SourceName };

const EEAS_HOSTS = ['eeas.europa.eu', 'www.eeas.europa.eu'];
/** EK 60021, GEO 123, SOM 012, LIB 1234, VN 001/2025. */
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

type SectionKind = 'reporting' | 'tasks' | 'essential' | 'desirable';

/** Numbered sections of a position block ("4. Essential ...", "3.1 General Tasks ...", with or without colon). */
const SECTIONS: [RegExp, SectionKind][] = [
  [/^Reporting Line/i, 'reporting'],
  [/Tasks and Responsibilities/i, 'tasks'],
  [/^Essential (?:Qualifications and Experience|Knowledge, Skills and Abilities)/i, 'essential'],
  [/^Desirable (?:Qualifications and Experience|Knowledge, Skills and Abilities)/i, 'desirable'],
];
const SECTION_HEADING = /^(\d(?:\.\d)?)\.?\s+([A-Z][A-Za-z ,/&]+?):?$/;

function labelValues(header: string): Map<string, { value: string; label: string }> {
  const hits: { key: string; label: string; start: number; end: number }[] = [];
  for (const [key, pattern] of HEADER_LABELS) {
    const m = pattern.exec(header);
    if (m) hits.push({ key, label: m[0], start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => a.start - b.start);
  return new Map(
    hits.map((hit, i) => [
      hit.key,
      { label: hit.label, value: clean(header.slice(hit.end, hits[i + 1]?.start ?? header.length)) },
    ]),
  );
}

/** "ASAP" or a start date ("01 Sept 2026", "01 December 2026"); a start date is not a deadline. */
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

const CONNECTOR = /^(?:AND|OR)$/;

/**
 * Bullets of a section. A line without a bullet continues the previous item (a bullet split over
 * lines, such as "... e.g. Bachelor's" / "Degree OR ..."); a lone "AND" or "- AND" is a connector.
 * Bullets after an "out of which:" line are its parts: indented in the annex, but page text may
 * have lost the indentation, so when no bullet of the section is indented they count as parts too.
 */
function items(lines: Line[]): Item[] {
  const out: Item[] = [];
  for (const line of lines) {
    const text = clean(line.text);
    if (CONNECTOR.test(text)) continue;
    const b = bullet(line.text);
    if (b && CONNECTOR.test(clean(b.text))) continue;
    if (b) out.push({ text: clean(b.text), line: line.n, sub: b.sub });
    else if (out.length > 0) out[out.length - 1]!.text = clean(`${out[out.length - 1]!.text} ${text}`);
    else out.push({ text, line: line.n, sub: false });
  }
  for (const item of out) item.text = item.text.replace(/;?\s+AND$/, ';');
  if (!out.some((item) => item.sub)) {
    let parts = false;
    for (const item of out) {
      if (parts) item.sub = true;
      else parts = /\b(?:out of which|including):$/i.test(item.text);
    }
  }
  return out.filter((item) => item.text !== '');
}

function requirement(
  id: string,
  text: string,
  importance: Requirement['importance'],
  section: string,
  callWide: boolean,
  parentId: string | undefined,
): Requirement {
  const facets = facetsOf(text, { part: parentId !== undefined, missionLanguage: true });
  return {
    id,
    text,
    importance,
    section,
    callWide,
    ...(parentId ? { parentId } : {}),
    facets,
    keywords: facets.length ? [] : keywords(text),
  };
}

/**
 * One requirement per bullet, id "<prefix>-<bullet index in section>". Indented bullets under an
 * "out of which" line get its id as parentId; an inline "out of which a minimum of 2 years at
 * management level" becomes sub-requirements "<parent id>.1", "<parent id>.2".
 */
function requirementsOf(
  list: Item[],
  idPrefix: string,
  section: string,
  importance: Requirement['importance'],
): Requirement[] {
  const out: Requirement[] = [];
  let parent: string | undefined;
  list.forEach((item, i) => {
    const id = `${idPrefix}-${i + 1}`;
    const parentId = item.sub ? parent : undefined;
    if (!item.sub) parent = id;
    out.push(requirement(id, item.text, importance, section, false, parentId));
    if (parentId) return;
    const start = inlinePartsStart(item.text);
    if (start === null) return;
    inlineParts(item.text.slice(start)).forEach((part, k) => {
      out.push(requirement(`${id}.${k + 1}`, part, importance, section, false, id));
    });
  });
  return out;
}

/** Call-wide conditions and requirements: "Label – text" paragraphs, continued by plain paragraphs. */
function callWideRequirements(lines: Line[], callId: string, file: string, fallbackLine: number) {
  const paragraphs: { text: string; key: string; section: string; importance: Requirement['importance'] }[] =
    [];
  let section: { title: string; key: string; importance: Requirement['importance'] } | null = null;
  let essentialHeading: Line | undefined;
  for (const line of lines) {
    const text = clean(line.text);
    if (/^I\.\s+GENERAL CONDITIONS/i.test(text)) section = { title: text, key: 'i', importance: 'essential' };
    else if (/^II\.A\b/i.test(text)) {
      section = { title: text, key: 'ii-a', importance: 'essential' };
      essentialHeading = line;
    } else if (/^II\.B\b/i.test(text)) section = { title: text, key: 'ii-b', importance: 'desirable' };
    else if (/^(?:II|III|IV|V|VI)\.\s/.test(text)) section = null;
    else if (section) {
      const labelled = /^([A-Z][^–]{2,80}?)\s+[–-]\s+\S/.test(text);
      const last = paragraphs.at(-1);
      if (labelled)
        paragraphs.push({ text, key: section.key, section: section.title, importance: section.importance });
      else if (/^(?:Serious deficiencies|The following are)/i.test(text) || text.length < 40) continue;
      else if (last && last.key === section.key) last.text += ` ${text}`;
    }
  }
  const counters = new Map<string, number>();
  const out = paragraphs.map((p): Requirement => {
    const n = (counters.get(p.key) ?? 0) + 1;
    counters.set(p.key, n);
    const facets = /^Citizenship/i.test(p.text)
      ? [{ kind: 'citizenship' as const, openToContributingThirdStates: /third state/i.test(p.text) }]
      : // The call-wide education paragraph only points to the job descriptions' levels.
        facetsOf(p.text, { part: false, missionLanguage: true }).filter((f) => f.kind !== 'education');
    return {
      id: `${callId}:call:${p.key}-${n}`,
      text: p.text,
      importance: p.importance,
      section: p.section,
      callWide: true,
      facets,
      keywords: facets.length ? [] : keywords(p.text),
    };
  });
  if (!out.some((r) => r.importance === 'essential' && r.id.includes(':ii-a-'))) {
    throw new SourceParseError(
      file,
      essentialHeading?.n ?? fallbackLine,
      'call-wide essential requirements ("II.A Essential requirements" and its "Label – text" paragraphs)',
    );
  }
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

const GROUP = /^([A-Za-z][A-Za-z/ ]*?)\s*\((\d+)\)$/;

/** The header's list of posts, grouped by regime ("Seconded (15)"); each group's count is checked. */
function headerPosts(lines: Line[], file: string): HeaderPost[] {
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
  const acronym = /([A-Z][A-Za-z]{2,})\s+\d{1,2}-20\d{2}/.exec(titleText)?.[1] ?? '';
  const country = / in ([A-Z][A-Za-z ]+)$/.exec(organisation)?.[1];
  const mission = clean(`${acronym} ${country ?? ''}`) || null;
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
  const callId = slug(`${acronym} ${country ?? ''} ${callCode}`);
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

interface BlockContext {
  callId: string;
  file: string;
  year: number;
  callWide: Requirement[];
  posts: HeaderPost[];
}

interface Section {
  heading: string;
  kind: SectionKind;
  line: Line;
  lines: Line[];
}

function sectionsOf(block: Line[], file: string): Section[] {
  const sections: Section[] = [];
  for (const line of block) {
    const m = SECTION_HEADING.exec(line.text.trim());
    if (m) {
      const kind = SECTIONS.find(([p]) => p.test(m[2]!))?.[1];
      if (!kind)
        throw new SourceParseError(
          file,
          line.n,
          'a known section heading (Reporting Line, ... Tasks and Responsibilities, Essential/Desirable Qualifications and Experience, Essential/Desirable Knowledge, Skills and Abilities)',
          clean(line.text),
        );
      const heading = clean(line.text);
      const name = m[2]!.toLowerCase();
      if (sections.some((s) => SECTION_HEADING.exec(s.heading)?.[2]?.toLowerCase() === name))
        throw new SourceParseError(file, line.n, 'each numbered section once per position', heading);
      sections.push({ heading, kind, line, lines: [] });
    } else if (/^[A-Z/ ]+ POSITIONS$/.test(line.text.trim())) {
    } else sections.at(-1)?.lines.push(line);
  }
  return sections;
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
  const value = (key: string) => header.get(key)?.value;
  const ref = value('ref')?.split(/\s+(?=Confirmed)/)[0] ?? '';
  if (!REF.test(ref))
    throw new SourceParseError(ctx.file, start.n + 1, 'a reference number ("Ref. Number: EK 60021")', ref);
  const title = value('title');
  if (!title) throw new SourceParseError(ctx.file, start.n, 'a position title after "Position:"');
  const rows = ctx.posts.filter((p) => p.ref === ref);
  const post = rows[0];
  if (!post) throw new SourceParseError(ctx.file, start.n + 1, `${ref} in the header's list of posts`);
  const count = (key: string): number | null => {
    const raw = value(key);
    if (raw === undefined) return null;
    const n = /^\d+/.exec(raw);
    if (!n) throw new SourceParseError(ctx.file, start.n + 1, `a number of ${key} vacancies for ${ref}`, raw);
    return Number(n[0]);
  };
  const confirmed = count('confirmed') ?? rows.length;
  const pending = count('pending') ?? 0;
  // The header lists a post once per vacancy (EK 60035 twice for its 2 confirmed vacancies).
  if (rows.length > Math.max(1, confirmed + pending))
    throw new SourceParseError(
      ctx.file,
      rows[rows.length - 1]!.line,
      `${ref} listed in the header at most ${confirmed + pending} time(s), as its block announces`,
    );
  const id = slug(ref);
  const prefix = `${ctx.callId}:${id}`;

  const sections = sectionsOf(block.slice(firstSection), ctx.file);
  for (const name of [
    'Essential Qualifications and Experience',
    'Essential Knowledge, Skills and Abilities',
  ]) {
    if (!sections.some((s) => s.heading.includes(name)))
      throw new SourceParseError(ctx.file, start.n, `a "${name}" section for ${ref}`);
  }
  const own: Requirement[] = [];
  for (const section of sections) {
    if (section.kind !== 'essential' && section.kind !== 'desirable') continue;
    const key = `${section.kind[0]}${section.heading.includes('Qualifications') ? 'qe' : 'ksa'}`;
    const list = items(section.lines);
    if (list.length === 0)
      throw new SourceParseError(
        ctx.file,
        section.line.n + 1,
        `the bullets of "${section.heading}" (${ref})`,
      );
    own.push(...requirementsOf(list, `${prefix}:${key}`, section.heading, section.kind));
  }

  const clearanceText = value('clearance')?.toUpperCase();
  const clearance =
    clearanceText === undefined
      ? null
      : /^NOT REQUIRED/.test(clearanceText)
        ? ('NOT REQUIRED' as const)
        : ([...CLEARANCE_LEVELS].reverse().find((l) => clearanceText.startsWith(l)) ?? null);
  if (clearanceText !== undefined && clearance === null)
    throw new SourceParseError(
      ctx.file,
      start.n + 2,
      'a security clearance level (NOT REQUIRED, EU RESTRICTED, EU CONFIDENTIAL, EU SECRET, EU TOP SECRET)',
      clearanceText,
    );
  const headerReqs: Requirement[] = [];
  if (clearance && clearance !== 'NOT REQUIRED') {
    headerReqs.push({
      id: `${prefix}:header:security-clearance`,
      text: `${header.get('clearance')!.label} ${clearance}`,
      importance: 'essential',
      section: 'Position header',
      callWide: false,
      facets: [{ kind: 'security-clearance', level: clearance }],
      keywords: [],
    });
  }
  const thirdStates = value('thirdStates');
  const open = thirdStates ? /^yes/i.test(thirdStates) : null;
  // The call-wide citizenship condition applies as this post's header narrows it (same id in every post).
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
    vacancies: { confirmed, pending },
    group: post.group,
    regime: regimeOf(value('regime') ?? post.group ?? ''),
    postCategoryContracted: value('category') || null,
    location: value('location') || post.location,
    country: null,
    availability: availabilityOf(value('availability') || post.availability, ctx.year),
    unit: value('unit') || null,
    securityClearance: clearance,
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
    requirements: { status: 'published', items: [...callWide, ...headerReqs, ...own] },
  };
}
