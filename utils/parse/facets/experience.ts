import type { DomainTag } from '../../domain-tags';
import type { Facet } from '../../schema/call';

export type ExperienceFacet = Extract<Facet, { kind: 'experience' }>;

const DOMAINS: [RegExp, DomainTag[]][] = [
  [/trial monitoring/i, ['trial-monitoring']],
  [/hate crimes?/i, ['hate-crimes']],
  [/human rights/i, ['human-rights']],
  [/\bIT\b|information technology/i, ['it']],
  [/\baudit/i, ['audit']],
  [/financ/i, ['finance']],
  [/human resources|\bHR\b/i, ['hr']],
  [/close protection/i, ['close-protection']],
  [/police|law enforcement/i, ['police']],
  [/military/i, ['military']],
  [/security/i, ['security']],
  [/press|media|public information/i, ['press']],
  [/communication/i, ['communications']],
  [/local government/i, ['local-government']],
  [/justice|judicia/i, ['justice']],
];

/** Domain tags named in a phrase, in the order the phrase names them. */
export function domainsIn(text: string): DomainTag[] {
  const hits: { at: number; tag: DomainTag }[] = [];
  for (const [pattern, tags] of DOMAINS) {
    const m = pattern.exec(text);
    if (m) for (const tag of tags) hits.push({ at: m.index, tag });
  }
  return [...new Set(hits.sort((a, b) => a.at - b.at).map((h) => h.tag))];
}

function experience(years: number, scope: ExperienceFacet['scope'], domains: DomainTag[]): ExperienceFacet {
  return { kind: 'experience', years, scope, domains, afterQualification: true };
}

const YEARS = /(?:minimum(?: of)?|at least)\s+(\d+)\s+years?|^(\d+)\s+years?/i;
const MANAGEMENT = /management|managerial|coordination\/ ?management/i;
/** "coordination of IT projects" is a domain, not a management level. */
const NOT_MANAGEMENT = /coordination of|coordinating/i;

/**
 * Where an inline "out of which ..." or "including N years ..." clause starts, if the text has one:
 * the first "out of which"/"including" followed by "N years" before the next ":". Only the first of
 * each ":"-clause needs trying (a later one sees less of it); a lookahead from each of them is
 * quadratic in a clause that repeats them.
 */
export function inlinePartsStart(text: string): number | null {
  let start = 0;
  for (const clause of text.split(':')) {
    const m = /,?\s*\b(?:out of which|including)\b/i.exec(clause);
    if (m && /\d\s+years?/i.test(clause.slice(m.index + m[0].length))) return start + m.index;
    start += clause.length + 1;
  }
  return null;
}

/** "in the legal and judicial fields": the same one-try-per-clause reading, clauses ending at "." or ";". */
function fieldPhrase(text: string): string | null {
  for (const clause of text.split(/[.;]/)) {
    const at = clause.search(/\bin the /i);
    const m = at < 0 ? null : /^in the ([^.;]*?) fields?\b/i.exec(clause.slice(at));
    if (m) return m[1]!;
  }
  return null;
}

/** The clauses of an inline "out of which ..." tail, each naming its years: "2 years of ... and 2 years of ...". */
export function inlineParts(tail: string): string[] {
  return tail
    .replace(/^,?\s*(?:out of which|including)\s*:?\s*/i, '')
    .split(/\s*[;,]\s*|\s+and\s+(?=(?:a\s+)?(?:minimum(?: of)?\s+|at least\s+)?\d+\s+years?)/i)
    .map((part) => part.replace(/[.;]$/, '').trim())
    .filter((part) => YEARS.test(part) || /^\d+\s+years?/i.test(part));
}

/**
 * The experience a requirement line states. A top-level line gives the total (its "out of which"
 * parts become their own sub-requirements); a sub-requirement (`part`) gives management years
 * or years in named domains, which count towards the parent's total.
 */
export function experienceFacet(text: string, part: boolean): ExperienceFacet | null {
  const years = YEARS.exec(text);
  if (!years || !/experience|years? (?:at|in|of)|level/i.test(text)) return null;
  const n = Number(years[1] ?? years[2]);
  if (!(n > 0)) return null;
  // "preferably within the judiciary ..." is a preference, not a domain the years must be in.
  const scoped = text.split(/,?\s*\bpreferably\b/i)[0]!;
  if (part) {
    if (MANAGEMENT.test(scoped) && !NOT_MANAGEMENT.test(scoped)) return experience(n, 'management', []);
    const domains = domainsIn(scoped.replace(/^.*?\d+\s+years?/i, ''));
    return experience(n, 'domain', domains);
  }
  const start = inlinePartsStart(scoped);
  const head = start === null ? scoped : scoped.slice(0, start);
  const field = fieldPhrase(head);
  return experience(n, 'total', field !== null ? domainsIn(field) : []);
}
