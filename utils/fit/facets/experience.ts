import { DOMAIN_LABELS, tagsCounting } from '../../domain-tags';
import type { Profile } from '../../profile/schema';
import type { Facet } from '../../schema/call';
import type { FacetContext } from '../context';
import { formatGap, formatMonths, formatYearsShort } from '../dates';
import { experienceMonths } from '../experience';
import type { FacetResult } from '../types';
import { listWithOr } from './fields';

type ExperienceFacet = Extract<Facet, { kind: 'experience' }>;

function scopePhrase(facet: ExperienceFacet): string {
  const domains = listWithOr(facet.domains.map((d) => DOMAIN_LABELS[d].toLowerCase()));
  if (facet.scope === 'management')
    return domains ? `at management level in ${domains}` : 'at management level';
  if (domains) return `in ${domains}`;
  return 'of professional experience';
}

export function assessExperience(facet: ExperienceFacet, profile: Profile, ctx: FacetContext): FacetResult {
  const since = facet.afterQualification ? (ctx.qualification?.completed ?? null) : null;
  const months = experienceMonths(profile.work, {
    now: ctx.now,
    since,
    anyOf: tagsCounting(facet.domains),
    management: facet.scope === 'management',
  });
  const required = Math.round(facet.years * 12);
  const scope = scopePhrase(facet);
  const after = facet.afterQualification && ctx.qualification ? ` after ${ctx.qualification.label}` : '';
  const reason = `You have ${formatMonths(months)} ${scope}${after}; ${formatYearsShort(required)} required.`;
  let note: string | undefined;
  if (facet.afterQualification && !ctx.qualification && ctx.hasEducationRequirement) {
    note =
      'No qualification of yours meets the education requirement yet, so all your experience was counted.';
  } else if (facet.scope === 'total' && facet.domains.length === 0) {
    note = 'Every job in your work history was counted as relevant; the selection panel judges relevance.';
  }
  if (months >= required) return { kind: 'experience', verdict: 'met', reason, note };
  return {
    kind: 'experience',
    verdict: 'not-met',
    reason,
    note,
    flip: `${formatGap(required - months)} ${scope}`,
    gist: `${formatYearsShort(required)} ${scope === 'of professional experience' ? 'of experience' : scope} (you have ${formatMonths(months)})`,
  };
}
