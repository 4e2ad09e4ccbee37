/** European Qualifications Framework levels with the names people know them by. */
export const EQF_LEVEL_NAMES: Record<number, string> = {
  1: 'Basic general education',
  2: 'Lower secondary education',
  3: 'Vocational certificate',
  4: 'Secondary school leaving certificate',
  5: 'Short-cycle higher education',
  6: "Bachelor's",
  7: "Master's",
  8: 'Doctorate',
};

export function eqfName(level: number): string {
  return EQF_LEVEL_NAMES[level] ?? `EQF level ${level}`;
}
