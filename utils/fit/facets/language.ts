import { cefrRank, languageGroup, languageName } from '../../profile/languages';
import type { Profile } from '../../profile/schema';
import type { Facet } from '../../schema/call';
import type { FacetResult } from '../types';
import { listWithOr } from './fields';

type LanguageFacet = Extract<Facet, { kind: 'language' }>;

const LEVEL_NAMES = ['', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

function displayName(group: string): string {
  return group === 'bcms' ? 'BCMS (Bosnian/Croatian/Montenegrin/Serbian)' : languageName(group);
}

export function assessLanguage(facet: LanguageFacet, profile: Profile): FacetResult {
  // Required languages are compared by group, so "sr" and "hr" in one requirement are one language.
  const required = [...new Set(facet.languages.map(languageGroup))];
  const minCount = Math.min(facet.minCount, required.length);
  const minRank = facet.minLevel ? cefrRank(facet.minLevel) : 1;
  const held = new Map<string, number>();
  for (const entry of profile.languages) {
    const group = languageGroup(entry.code);
    held.set(group, Math.max(held.get(group) ?? 0, cefrRank(entry.level)));
  }
  const levelText = facet.minLevel ? ` at ${facet.minLevel} or above` : '';
  const names = required.map(displayName);
  const wanted =
    minCount >= required.length && required.length > 1
      ? `${names.join(' and ')}${levelText}`
      : minCount > 1
        ? `${minCount} of ${names.join(', ')}${levelText}`
        : `${listWithOr(names)}${levelText}`;
  const mission = facet.missionLanguage ? ' (the working language of the mission)' : '';
  const yours = required
    .filter((group) => held.has(group))
    .map((group) => `${displayName(group)} ${LEVEL_NAMES[held.get(group)!]}`);
  const yoursText = yours.length > 0 ? `you have ${yours.join(', ')}` : 'your profile lists none of them';
  const satisfied = required.filter((group) => (held.get(group) ?? 0) >= minRank);
  const reason = `Requires ${wanted}${mission}; ${yoursText}.`;
  if (satisfied.length >= minCount) return { kind: 'language', verdict: 'met', reason };
  const missing = minCount - satisfied.length;
  const upgradable = required.filter((g) => held.has(g) && !satisfied.includes(g));
  const firstUpgrade = upgradable[0];
  const flip =
    firstUpgrade !== undefined && missing === 1
      ? `${displayName(firstUpgrade)} raised from ${LEVEL_NAMES[held.get(firstUpgrade)!]} to ${facet.minLevel}`
      : missing === minCount
        ? wanted
        : `${missing} more of ${listWithOr(required.filter((g) => !satisfied.includes(g)).map(displayName))}${levelText}`;
  return { kind: 'language', verdict: 'not-met', reason, flip, gist: wanted };
}
