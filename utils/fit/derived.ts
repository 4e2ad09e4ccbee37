import type { Call, Position, Requirement } from '../schema/call';

/**
 * Requirements stated in the position header rather than in its lists: the security clearance
 * level and "Open to Contributing Third States". Added only when no listed requirement already
 * carries that facet, so nothing is checked twice.
 */
export function derivedRequirements(
  call: Call,
  position: Position,
  listed: readonly Requirement[],
): Requirement[] {
  const has = (kind: string) => listed.some((r) => r.facets.some((f) => f.kind === kind));
  const out: Requirement[] = [];
  const prefix = `${call.id}:${position.id}:header`;
  if (position.openToContributingThirdStates !== null && !has('citizenship')) {
    out.push({
      id: `${prefix}:citizenship`,
      text: `Citizenship of an EU Member State${position.openToContributingThirdStates ? ' or of a Contributing Third State' : ''} (Open to Contributing Third States: ${position.openToContributingThirdStates ? 'YES' : 'NO'})`,
      importance: 'essential',
      section: 'Position header',
      callWide: false,
      facets: [
        { kind: 'citizenship', openToContributingThirdStates: position.openToContributingThirdStates },
      ],
      keywords: [],
    });
  }
  const level = position.securityClearance;
  if (level !== null && level !== 'NOT REQUIRED' && !has('security-clearance')) {
    out.push({
      id: `${prefix}:security-clearance`,
      text: `Security Clearance Level: ${level}`,
      importance: 'essential',
      section: 'Position header',
      callWide: false,
      facets: [{ kind: 'security-clearance', level }],
      keywords: [],
    });
  }
  return out;
}
