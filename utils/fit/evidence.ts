import { type DomainTag, domainPhrase, domainsNamed, tagsCounting } from '../domain-tags';
import type { Profile, WorkEntry } from '../profile/schema';
import type { Requirement } from '../schema/call';
import { formatMonths, formatYearsShort } from './dates';
import { experienceMonths } from './experience';

/** A suggested answer to a free-text experience ask, from the work history's tags. Never applied by itself. */
export interface Suggestion {
  /** "likely-met": tagged jobs cover it; "not-evidenced": the text names domains no job of yours is tagged with; "no-tag": no domain tag covers what it names. */
  kind: 'likely-met' | 'not-evidenced' | 'no-tag';
  domains: DomainTag[];
  months: number;
  /** "likely met: 4 y 0 m tagged justice / trial monitoring (Trial Monitor, OSCE Mission to Serbia 2016–2020)". */
  text: string;
}

/**
 * "Expertise in X", "Experience in X", "Knowledge and/or experience in X", "N years in X":
 * what X is, or null when the text is not an experience ask.
 */
export function experienceSubject(text: string): { subject: string; years: number | null } | null {
  const years =
    /^(?:a\s+)?(?:minimum of\s+|at least\s+)?(\d+)\s+years?\b[^;.]*\b(?:in|of)\s+(?:the\s+field\s+of\s+)?(.+)$/i.exec(
      text,
    );
  if (years) return { subject: clean(years[2]!), years: Number(years[1]) };
  const ask =
    /^(?:(?:proven|professional|practical|extensive|substantial|significant|previous|demonstrated|sound|relevant|good|legal|working)\s+)*(?:expertise|experience|knowledge and(?:\/or)? experience|knowledge of and experience)\s+(?:of\s+|in\s+(?:the\s+field\s+of\s+)?|with\s+|working\s+(?:in|with|as)\s+)(.+)$/i.exec(
      text,
    );
  return ask ? { subject: clean(ask[1]!), years: null } : null;
}

const asks = new Map<string, { subject: string; years: number | null } | null>();

/** The experience ask of a requirement text, read once per text. */
function askIn(text: string) {
  if (asks.has(text)) return asks.get(text)!;
  // "Label – text" call-wide paragraphs: the ask is the text after the label.
  const ask = experienceSubject(text.replace(/^[^–]{2,80}\s–\s/, ''));
  if (asks.size > 5000) asks.clear();
  asks.set(text, ask);
  return ask;
}

function clean(subject: string): string {
  // From where a run of punctuation begins: from each mark of a long inner run it is quadratic.
  return subject.replace(/(?<![;.:])[;.:]+\s*$/, '').trim();
}

function year(date: string | null): string {
  return date === null ? 'now' : date.slice(0, 4);
}

function entryLine(entry: WorkEntry): string {
  const who = [entry.title, entry.organisation].filter((s) => s.trim() !== '').join(', ') || 'untitled job';
  return `${who} ${year(entry.from)}–${year(entry.to)}`;
}

function labels(domains: readonly DomainTag[]): string {
  return domains.map(domainPhrase).join(' / ');
}

/** The suggestion for a free-text requirement, or undefined when it is not an experience-in-domain ask. */
export function suggestFromWork(
  requirement: Pick<Requirement, 'text' | 'facets'>,
  profile: Profile,
  now: Date,
): Suggestion | undefined {
  if (requirement.facets.length > 0) return undefined;
  const ask = askIn(requirement.text);
  if (!ask) return undefined;
  const domains = domainsNamed(ask.subject);
  if (domains.length === 0) {
    return {
      kind: 'no-tag',
      domains,
      months: 0,
      text: `No domain tag covers "${ask.subject}", so your work history cannot show it: answer it yourself.`,
    };
  }
  const counting = tagsCounting(domains);
  const entries = profile.work.filter((entry) =>
    entry.tags.some((tag) => counting.includes(tag as DomainTag)),
  );
  const months = experienceMonths(profile.work, { now, anyOf: counting });
  if (entries.length === 0 || months === 0) {
    return {
      kind: 'not-evidenced',
      domains,
      months: 0,
      text: `No job in your work history is tagged ${labels(domains)}. Tag the jobs that show it, or answer it yourself.`,
    };
  }
  const carried = counting.filter((d) => entries.some((e) => e.tags.includes(d)));
  const evidence = `${formatMonths(months)} tagged ${labels(carried)} (${entries.map(entryLine).join('; ')})`;
  if (ask.years !== null && months < ask.years * 12) {
    return {
      kind: 'not-evidenced',
      domains,
      months,
      text: `Not yet evidenced: ${evidence}; ${formatYearsShort(ask.years * 12)} asked.`,
    };
  }
  return { kind: 'likely-met', domains, months, text: `likely met: ${evidence}` };
}
