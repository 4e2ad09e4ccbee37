import { CLEARANCE_LEVELS, type Position, type Requirement } from '../schema/call';
import { availabilityOf } from './availability';
import { type HeaderPost, regimeOf } from './eeas-header';
import { refsOf } from './eeas-refs';
import { items, requirementsOf } from './eeas-requirements';
import { SourceParseError } from './errors';
import { clean, type Line, slug } from './text';

/** Labels of the position header, in every spelling seen across EEAS calls of this format. */
const HEADER_LABELS: [key: string, pattern: RegExp][] = [
  ['title', /Position:/],
  ['regime', /(?:Employment|Staff|Contract)\s+Regime:/i],
  ['category', /Post\s+Category\s+for\s+Contracted:/i],
  ['ref', /Ref(?:erence|\.\s*[Nn]umber|\.)?(?:\s*No\.?)?:/],
  ['confirmed', /Confirmed\s+[Vv]acanc(?:y|ies):/],
  ['pending', /Pending\s+[Vv]acanc(?:y|ies):/],
  ['location', /(?<!Job\s)Location:/],
  ['availability', /Availability:|Available\s+on:/],
  ['unit', /Component\s*\/\s*Department\s*\/\s*Unit:/i],
  ['clearance', /(?:Security\s+Clearance\s+Level|Level\s+of\s+Security\s+Clearance):/i],
  ['thirdStates', /Open\s+to\s+Contributing\s+Third\s+States:/i],
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

/** The refs a block's header gives ("Ref. Number: UA19-24" → UA19 … UA24), or none when unreadable. */
export function blockRefs(block: Line[]): string[] {
  const firstSection = block.findIndex((l) => SECTION_HEADING.test(l.text.trim()));
  const header = labelValues(
    block
      .slice(0, firstSection < 0 ? 12 : firstSection)
      .map((l) => l.text)
      .join('\t'),
  );
  return refsOf(header.get('ref')?.value.split(/\s+(?=Confirmed)/)[0] ?? '') ?? [];
}

/** The line of the block header holding a label (or the block's first line). */
function labelLine(block: Line[], firstSection: number) {
  return (key: string): number => {
    const pattern = HEADER_LABELS.find(([k]) => k === key)?.[1];
    return block.slice(0, firstSection).find((l) => pattern?.test(l.text))?.n ?? block[0]!.n;
  };
}

export interface BlockContext {
  callId: string;
  file: string;
  year: number;
  callWide: Requirement[];
  posts: HeaderPost[];
  /** `posts` by ref: looking each post up in the whole list is quadratic in a call of many posts. */
  postsByRef: ReadonlyMap<string, HeaderPost[]>;
}

interface Section {
  heading: string;
  kind: SectionKind;
  line: Line;
  lines: Line[];
}

function sectionsOf(block: Line[], file: string): Section[] {
  const sections: Section[] = [];
  // The section names seen so far (comparing with every earlier section is quadratic in a block of many).
  const names = new Set<string>();
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
      if (names.has(name))
        throw new SourceParseError(file, line.n, 'each numbered section once per position', heading);
      names.add(name);
      sections.push({ heading, kind, line, lines: [] });
    } else if (/^[A-Z/ ]+ POSITIONS$/.test(line.text.trim())) {
    } else sections.at(-1)?.lines.push(line);
  }
  return sections;
}

/** The positions a block describes: one, or one per ref where it carries several ("UA19-24"). */
export function positionsOf(block: Line[], ctx: BlockContext): Position[] {
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
  const at = labelLine(block, firstSection);
  const refText = value('ref')?.split(/\s+(?=Confirmed)/)[0] ?? '';
  const refs = refsOf(refText);
  if (!refs)
    throw new SourceParseError(ctx.file, at('ref'), 'a reference number ("Ref. Number: EK 60021")', refText);
  const title = value('title');
  if (!title) throw new SourceParseError(ctx.file, start.n, 'a position title after "Position:"');
  const count = (key: string): number | null => {
    const raw = value(key);
    if (raw === undefined) return null;
    const n = /^\d+/.exec(raw);
    if (!n) throw new SourceParseError(ctx.file, at(key), `a number of ${key} vacancies for ${refText}`, raw);
    return Number(n[0]);
  };
  const confirmed = count('confirmed');
  const pending = count('pending');
  if (refs.length === 1)
    return [positionOf(block, ctx, header, firstSection, refs[0]!, title, confirmed, pending)];
  // A block for several refs ("UA19-24"): one post each, its vacancies shared out in order.
  const c = confirmed ?? refs.length;
  const p = pending ?? 0;
  if (c + p !== refs.length)
    throw new SourceParseError(
      ctx.file,
      at('ref'),
      `as many vacancies as refs in "${refText}" (${refs.length})`,
      `the block announces ${c} confirmed and ${p} pending`,
    );
  return refs.map((ref, i) =>
    positionOf(block, ctx, header, firstSection, ref, title, i < c ? 1 : 0, i < c ? 0 : 1),
  );
}

function positionOf(
  block: Line[],
  ctx: BlockContext,
  header: Map<string, { value: string; label: string }>,
  firstSection: number,
  ref: string,
  title: string,
  confirmedCount: number | null,
  pendingCount: number | null,
): Position {
  const start = block[0]!;
  const value = (key: string) => header.get(key)?.value;
  const rows = ctx.postsByRef.get(ref) ?? [];
  const post = rows[0];
  if (!post)
    throw new SourceParseError(
      ctx.file,
      labelLine(block, firstSection)('ref'),
      `${ref} in the header's list of posts`,
      `the "Position: ${title}" block has it; the header lists ${listOf(ctx.posts.map((p) => p.ref))}`,
    );
  const confirmed = confirmedCount ?? rows.length;
  const pending = pendingCount ?? 0;
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
      labelLine(block, firstSection)('clearance'),
      'a security clearance level (NOT REQUIRED, EU RESTRICTED, EU CONFIDENTIAL, EU SECRET, EU TOP SECRET)',
      clearanceText,
    );
  const headerReqs: Requirement[] = [];
  if (clearance && clearance !== 'NOT REQUIRED') {
    headerReqs.push({
      id: `${prefix}:header:security-clearance`,
      text: `${clean(header.get('clearance')!.label)} ${clearance}`,
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
    location: value('location') || post.location || null,
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

/** "EK 60021, EK 60029, … (18)" for error messages. */
export function listOf(refs: readonly string[]): string {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return 'none';
  return unique.length <= 6 ? unique.join(', ') : `${unique.slice(0, 5).join(', ')}, … (${unique.length})`;
}
