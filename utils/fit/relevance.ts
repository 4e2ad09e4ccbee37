import { CONTEXT_TAGS, type DomainTag, domainPhrase, domainsNamed, tagsCounting } from '../domain-tags';
import type { Profile } from '../profile/schema';
import type { Position, Requirement } from '../schema/call';
import { formatMonths } from './dates';
import { experienceMonths } from './experience';

/** One thing a post asks for in a domain: its title, or one of its own requirements. */
export interface DomainAsk {
  source: 'title' | 'requirement';
  requirementId?: string;
  /** Empty for a management ask (years at coordination/management level). */
  domains: DomainTag[];
  management: boolean;
  /** Title 4, an essential with stated years 3, another essential 2, a desirable 1. */
  weight: number;
  /** Months of experience the ask is fully covered by. */
  targetMonths: number;
  /** Months of tagged work in any of `domains`. */
  months: number;
}

export interface Relevance {
  /** 0-100: the weighted share of the post's domain asks your tagged work covers, by years. */
  value: number;
  /** Months of tagged work in the domains the post asks for (each month once). */
  months: number;
  asks: DomainAsk[];
  /** "Relevance 72: your work history covers 5 of 8 domain asks (justice, legal …), 6 y 5 m in them." */
  explanation: string;
}

/** Years a post asks for at least, used as the target of asks that state no years (3 if none). */
function postYears(own: readonly Requirement[]): number {
  const totals = own.flatMap((r) =>
    r.importance === 'essential'
      ? r.facets.flatMap((f) => (f.kind === 'experience' && f.scope === 'total' ? [f.years] : []))
      : [],
  );
  return totals.length > 0 ? Math.max(...totals) : 3;
}

/** Knowing "the security situation in the Balkans" asks about a place, not about a domain of work. */
const PLACE = /\bmission area\b|\bsituation (?:in|of)\b|\bhistory\b/i;

function askOf(requirement: Requirement, years: number): Omit<DomainAsk, 'months'> | null {
  const experience = requirement.facets.flatMap((f) =>
    f.kind === 'experience' && (f.domains.length > 0 || f.scope === 'management') ? [f] : [],
  );
  if (experience.length > 0) {
    const domains = [...new Set(experience.flatMap((f) => f.domains))];
    const stated = Math.max(...experience.map((f) => f.years));
    return {
      source: 'requirement',
      requirementId: requirement.id,
      domains,
      management: experience.some((f) => f.scope === 'management'),
      weight: requirement.importance === 'essential' ? 3 : 1,
      targetMonths: Math.round(stated * 12),
    };
  }
  // Facets decide languages, licences, degrees…: only free text names the domains of the work.
  if (requirement.facets.length > 0 || PLACE.test(requirement.text)) return null;
  const domains = domainsNamed(requirement.text).filter((d) => !CONTEXT_TAGS.includes(d));
  if (domains.length === 0) return null;
  return {
    source: 'requirement',
    requirementId: requirement.id,
    domains,
    management: false,
    weight: requirement.importance === 'essential' ? 2 : 1,
    targetMonths: years * 12,
  };
}

function monthsFor(ask: Omit<DomainAsk, 'months'>, profile: Profile, now: Date): number {
  return experienceMonths(profile.work, {
    now,
    anyOf: tagsCounting(ask.domains),
    management: ask.management,
  });
}

/**
 * How much of the post's own domain asks (its title and its own requirements; never the
 * call-wide ones, which every post shares) your tagged work history covers, and by how many years:
 *
 *   share     = Σ weight × min(1, months in the ask's domains / target months) / Σ weight   (domain asks)
 *   seniority = 1 without a management ask, else 0.8 + 0.2 × min(1, management months / asked months)
 *   value     = round(100 × share × seniority)
 *
 * Only domains the post names count, so no tag or skill it does not ask for can move it.
 */
export function relevanceOf(
  position: Position,
  own: readonly Requirement[],
  profile: Profile,
  now: Date,
): Relevance {
  const years = postYears(own);
  const drafts: Omit<DomainAsk, 'months'>[] = [];
  const titleDomains = domainsNamed(position.title).filter((d) => !CONTEXT_TAGS.includes(d));
  if (titleDomains.length > 0) {
    drafts.push({
      source: 'title',
      domains: titleDomains,
      management: false,
      weight: 4,
      targetMonths: years * 12,
    });
  }
  for (const requirement of own) {
    const ask = askOf(requirement, years);
    if (ask) drafts.push(ask);
  }
  const asks = drafts.map((ask) => ({ ...ask, months: monthsFor(ask, profile, now) }));
  const coverage = (a: DomainAsk) => Math.min(1, a.months / Math.max(1, a.targetMonths));
  const domainAsks = asks.filter((a) => !a.management);
  const managementAsks = asks.filter((a) => a.management);
  const weights = domainAsks.reduce((sum, a) => sum + a.weight, 0);
  const share = weights === 0 ? 0 : domainAsks.reduce((sum, a) => sum + a.weight * coverage(a), 0) / weights;
  // A management ask refines the domain share (a senior post for a junior), never creates relevance.
  const seniority = managementAsks.length === 0 ? 1 : 0.8 + 0.2 * Math.min(...managementAsks.map(coverage));
  const value = Math.round(100 * share * seniority);
  const asked = [...new Set(asks.flatMap((a) => a.domains))];
  // Years in the named domains only: a management ask adds to the share, not to these months.
  const months = asked.length === 0 ? 0 : experienceMonths(profile.work, { now, anyOf: tagsCounting(asked) });
  const evidenced = domainAsks.filter((a) => a.months > 0).length;
  const names = [...asked.map(domainPhrase), ...(asks.some((a) => a.management) ? ['management level'] : [])];
  const explanation =
    domainAsks.length === 0
      ? 'Relevance 0: this post names no experience domain of its own.'
      : `Relevance ${value}: your tagged work history covers ${evidenced} of ${domainAsks.length} of this post's domain asks (${names.join(', ')}), ${formatMonths(months)} in them.`;
  return { value, months, asks, explanation };
}
