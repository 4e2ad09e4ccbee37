import { BUNDLE_SCHEMA_VERSION, type Call, type Position } from '../schema/call';
import { parseDeadlines } from './deadline';
import { guarded, SourceParseError } from './errors';
import type { SourceName } from './source';
import { clean, slug, sourceLines } from './text';

const HOSTS = ['cilc.nl', 'www.cilc.nl'];
const NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const NOT_PUBLISHED =
  'The call post lists no requirements for these posts (they are in a separate vacancy text), so nothing can be checked and nothing is marked met.';

function count(word: string): number {
  return NUMBERS[word.toLowerCase()] ?? Number(word);
}

/** Singular of a post name: "Advisors" → "Advisor". */
function singular(name: string): string {
  return name.replace(/s$/, '');
}

/**
 * The first sentence (ending in ".") that names the deadline. Split at the full stops: the regex
 * /[^.]*deadline[^.]*\./ would try from every character of a long line without one (quadratic).
 */
function deadlineSentence(text: string): string | null {
  const sentences = text.split('.');
  const i = sentences.findIndex((s, i) => i < sentences.length - 1 && /deadline/i.test(s));
  return i < 0 ? null : `${sentences[i]}.`;
}

/** Parses a CILC WordPress call post ("Country // Call for ..."). */
export function parseCilcPost(text: string, source: SourceName): Call {
  return guarded(source.file, () => parse(text, source));
}

function parse(text: string, source: SourceName): Call {
  const file = source.file;
  const lines = sourceLines(text);
  const titleLine = lines[0];
  if (!titleLine?.text.includes('//'))
    throw new SourceParseError(file, 1, 'a title "Region // Call for ..."');
  const title = clean(titleLine.text);
  const body = lines.map((l) => l.text).join('\n');
  // Post names of at most 100 characters: unbounded, each "and" after "looking for" would rescan
  // the rest of the line for the "(", quadratic in a long line of "and"s without one.
  const announced =
    /looking for (\w+)\s+([A-Z][A-Za-z ]{1,100}?)\s+and\s+(\w+)\s+([A-Z][A-Za-z ]{1,100}?)\s*\(([^)]+)\)/.exec(
      body,
    );
  if (!announced)
    throw new SourceParseError(
      file,
      lines.find((l) => /looking for/i.test(l.text))?.n ?? titleLine.n + 1,
      'a sentence "looking for <n> <posts> and <n> <posts> (<countries>)"',
    );
  const announcedLine =
    lines.find((l) => l.text.includes(announced[0].split('\n')[0]!))?.n ?? titleLine.n + 1;
  const [, firstCount, firstName, secondCount, secondName, countryList] = announced;
  for (const word of [firstCount!, secondCount!]) {
    if (!(count(word) >= 1))
      throw new SourceParseError(file, announcedLine, 'a number of posts ("three", "6")', word);
  }
  // "Albania, Bosnia and Herzegovina, …, North Macedonia and Serbia": only the last "and" separates.
  const items = countryList!.split(/,\s*/);
  const countries = [...items.slice(0, -1), ...(items.at(-1) ?? '').split(/\s+and\s+/)]
    .map((c) => c.replace(/\*$/, '').trim())
    .filter(Boolean);
  if (countries.length !== count(secondCount!)) {
    throw new SourceParseError(
      file,
      announcedLine,
      `${count(secondCount!)} countries for the ${secondName}`,
      countryList,
    );
  }
  const common = {
    regime: null,
    postCategoryContracted: null,
    location: null,
    availability: { kind: 'unknown' as const, text: 'Not stated' },
    unit: null,
    securityClearance: null,
    openToContributingThirdStates: null,
    reportingLine: null,
    details: [],
    tasks: [],
    requirements: { status: 'not-published' as const, note: NOT_PUBLISHED },
  };
  const positions: Position[] = [
    {
      ...common,
      id: slug(singular(firstName!)),
      ref: null,
      title: singular(firstName!),
      vacancies: { confirmed: count(firstCount!), pending: 0 },
      group: firstName!,
      country: null,
    },
    ...countries.map((country) => ({
      ...common,
      id: slug(`${singular(secondName!)} ${country}`),
      ref: null,
      title: `${singular(secondName!)} – ${country}`,
      vacancies: { confirmed: 1, pending: 0 },
      group: secondName!,
      country,
    })),
  ];
  const deadlineLine = lines.find((l) => /deadline/i.test(l.text));
  if (!deadlineLine)
    throw new SourceParseError(file, lines.at(-1)?.n ?? 1, 'a sentence with the application deadline');
  const sentence = clean(deadlineSentence(deadlineLine.text) ?? deadlineLine.text);
  // No time is given: the end of the day, Dutch time (CILC is in The Hague).
  const candidates = parseDeadlines(sentence, 'Europe/Amsterdam', null);
  if (candidates.length === 0) throw new SourceParseError(file, deadlineLine.n, 'a deadline date', sentence);
  // A project name of at most 300 characters: unbounded, every mention rescans the rest of its line.
  const project = /in the framework of the project:\s*(.{1,300}?),\s+the\b/i.exec(body)?.[1] ?? null;
  return {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    id: `cilc-${slug(title.split('//')[0]!)}-${slug(singular(secondName!).split(' ').at(-1)!)}s-${candidates[0]!.instant.slice(0, 4)}`,
    publisher: 'CILC',
    format: 'cilc-post',
    source,
    organisation: 'Center for International Legal Cooperation (CILC)',
    mission: null,
    callCode: null,
    title,
    project,
    deadline:
      candidates.length === 1
        ? { status: 'published', deadline: candidates[0]! }
        : {
            status: 'ambiguous',
            candidates,
            note: `The post gives ${candidates.length} dates ("${sentence}") without saying which applies to which post. No time is given: each date is read as the end of that day, 23:59 Europe/Amsterdam (CILC is in The Hague).`,
          },
    positions,
    signals: { hosts: HOSTS, callCode: null, mission: null, titles: [title.toLowerCase()], refs: [] },
  };
}
