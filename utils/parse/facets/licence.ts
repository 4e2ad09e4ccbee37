import type { Facet } from '../../schema/call';

export type DrivingLicenceFacet = Extract<Facet, { kind: 'driving-licence' }>;

/** "Category B or equivalent", "C or C1 driving license", "licence for armoured vehicles or C or C1". */
export function licenceFacet(text: string): DrivingLicenceFacet | null {
  if (!/driv(?:ing|er'?s) licen[cs]e|licen[cs]e for armoured|category [A-E]\b/i.test(text)) return null;
  const categories = new Set<string>();
  for (const m of text.matchAll(/\b(?:category|categories)\s+([A-E]1?E?)\b/gi))
    categories.add(m[1]!.toUpperCase());
  // "Valid license for armoured vehicles or C or C1 driving license", "C driving licence".
  for (const m of text.matchAll(/\b([A-E]1?)\s+(?:or\s+([A-E]1?)\s+)?driv/g)) {
    categories.add(m[1]!);
    if (m[2]) categories.add(m[2]);
  }
  for (const m of text.matchAll(/\bor\s+([A-E]1?)\s+or\s+([A-E]1?)\b/g)) {
    categories.add(m[1]!);
    categories.add(m[2]!);
  }
  if (categories.size === 0) return null;
  return {
    kind: 'driving-licence',
    anyOf: [...categories].sort(),
    armouredVehiclesAlternative: /armoured vehicles/i.test(text),
  };
}
