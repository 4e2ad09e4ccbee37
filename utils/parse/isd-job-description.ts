import { BUNDLE_SCHEMA_VERSION, type Call, type Requirement } from '../schema/call';
import { guarded, SourceParseError } from './errors';
import { facetsOf } from './facets/index';
import type { SourceName } from './source';
import { bullet, clean, keywords, type Line, slug, sourceLines } from './text';

const HOSTS = [
  'isdglobal.org',
  'www.isdglobal.org',
  'strongcitiesnetwork.org',
  'www.strongcitiesnetwork.org',
];

/** Role-table labels; each row holds one or two label/value pairs separated by tabs. */
const ROLE_LABELS =
  /^(?:Role|Reports to|Direct reports|Budgetary responsibility|Resource responsibility|Safeguarding|Key relationships|Contract|Location|Salary|Level)$/;

/** Bullets of a table cell: list markup and "•" inside one cell. */
function cellBullets(cell: string): string[] {
  // Up to the last ">" only: from each of many "<li" with no ">" after them, the search is quadratic.
  const end = cell.lastIndexOf('>') + 1;
  return `${cell.slice(0, end).replace(/<\/?(?:ul|li)[^>]*>/g, '•')}${cell.slice(end)}`
    .split('•')
    .map(clean)
    .filter((text) => text !== '' && !/^-+$/.test(text));
}

/** Parses an ISD / Strong Cities Network job description. */
export function parseIsdJobDescription(text: string, source: SourceName): Call {
  return guarded(source.file, () => parse(text, source));
}

function parse(text: string, source: SourceName): Call {
  const file = source.file;
  const lines = sourceLines(text);
  const details: { label: string; value: string }[] = [];
  for (const line of lines) {
    const row = line.text.split('\t').map(clean);
    for (let i = 0; i + 1 < row.length; i += 2) {
      if (ROLE_LABELS.test(row[i]!) && !details.some((d) => d.label === row[i]))
        details.push({ label: row[i]!, value: row[i + 1]! });
    }
  }
  const title = details.find((d) => d.label === 'Role')?.value;
  if (!title) throw new SourceParseError(file, 1, 'a role table starting with "Role"');

  const tableStart = lines.findIndex((l) => /^\s*Essential\s*\tDesirable\s*$/.test(l.text));
  if (tableStart < 0)
    throw new SourceParseError(
      file,
      lines.at(-1)?.n ?? 1,
      'the person specification table ("Essential | Desirable")',
    );
  const requirements: Requirement[] = [];
  const counters = new Map<string, number>();
  let row: string | null = null;
  for (const line of lines.slice(tableStart + 1)) {
    const cells = line.text.split('\t');
    const name = clean(cells[0] ?? '');
    if (name && !/^[-•<]/.test(name)) row = name;
    if (!row)
      throw new SourceParseError(
        file,
        line.n,
        'a row name (Knowledge, training and qualifications / Experience / Skills)',
      );
    (['essential', 'desirable'] as const).forEach((importance, column) => {
      for (const item of cellBullets(cells[column + 1] ?? '')) {
        const key = `${slug(row!)}-${importance[0]}`;
        const n = (counters.get(key) ?? 0) + 1;
        counters.set(key, n);
        const facets = facetsOf(item, { part: false, missionLanguage: false });
        requirements.push({
          id: `isd-${slug(title)}:${slug(title)}:${key}-${n}`,
          text: item,
          importance,
          section: row!,
          callWide: false,
          facets,
          keywords: facets.length ? [] : keywords(item),
        });
      }
    });
  }
  if (!requirements.some((r) => r.importance === 'essential')) {
    throw new SourceParseError(
      file,
      lines[tableStart]!.n,
      'essential requirements in the person specification table',
    );
  }
  const callId = `isd-${slug(title)}`;
  return {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    id: callId,
    publisher: 'ISD',
    format: 'isd-job-description',
    source,
    organisation: /Strong Cities/i.test(text)
      ? 'Institute for Strategic Dialogue (ISD), for the Strong Cities Network'
      : 'Institute for Strategic Dialogue (ISD)',
    mission: null,
    callCode: null,
    title,
    project: null,
    deadline: { status: 'not-published', note: 'The job description does not give an application deadline.' },
    positions: [
      {
        id: slug(title),
        ref: null,
        title,
        vacancies: { confirmed: 1, pending: 0 },
        group: null,
        regime: null,
        postCategoryContracted: null,
        location: details.find((d) => d.label === 'Location')?.value ?? null,
        country: null,
        availability: { kind: 'unknown', text: 'Not stated' },
        unit: null,
        securityClearance: null,
        openToContributingThirdStates: null,
        reportingLine: details.find((d) => d.label === 'Reports to')?.value ?? null,
        details: details.filter((d) => d.label !== 'Role'),
        tasks: responsibilities(lines),
        requirements: { status: 'published', items: requirements },
      },
    ],
    signals: { hosts: HOSTS, callCode: null, mission: null, titles: [title.toLowerCase()], refs: [] },
  };
}

/** "Key Responsibilities" up to "Outcomes": numbered headings, each with its bullets. */
function responsibilities(lines: Line[]): { heading: string; items: string[] }[] {
  const start = lines.findIndex((l) => /^Key Responsibilities$/i.test(l.text.trim()));
  const end = lines.findIndex((l) => /^Outcomes\b/i.test(l.text.trim()));
  if (start < 0) return [];
  const out: { heading: string; items: string[] }[] = [];
  for (const line of lines.slice(start + 1, end < 0 ? undefined : end)) {
    const b = bullet(line.text);
    // From where a run of "*" begins ((?<!\*)): from every "*" of a long inner run it is quadratic.
    const text = clean((b?.text ?? line.text).replace(/(?<!\*)\*+$/, ''));
    if (/^\d+\.\s/.test(text)) out.push({ heading: text, items: [] });
    else if (b && out.length) out.at(-1)!.items.push(text);
  }
  return out;
}
