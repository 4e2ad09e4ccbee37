/** The 27 EU member states (ISO 3166-1 alpha-2), as of 2026. */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

export type EuMemberState = (typeof EU_MEMBER_STATES)[number];

const euSet: ReadonlySet<string> = new Set(EU_MEMBER_STATES);

/** Accepts "EL" (the EU's own code for Greece) as well as ISO's "GR". */
export function isEuMemberState(code: string): boolean {
  const upper = code.toUpperCase();
  return euSet.has(upper === 'EL' ? 'GR' : upper);
}
