import { CEFR_LEVELS, type CefrLevel } from '../schema/call';

/** Codes that all mean the Bosnian/Croatian/Montenegrin/Serbian language group. */
const BCMS_CODES: ReadonlySet<string> = new Set(['bcms', 'sr', 'hr', 'bs', 'cnr', 'me', 'sh']);

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  it: 'Italian',
  es: 'Spanish',
  pt: 'Portuguese',
  nl: 'Dutch',
  sq: 'Albanian',
  mk: 'Macedonian',
  bcms: 'Bosnian/Croatian/Montenegrin/Serbian',
  sr: 'Serbian',
  hr: 'Croatian',
  bs: 'Bosnian',
  cnr: 'Montenegrin',
  me: 'Montenegrin',
  tr: 'Turkish',
  ru: 'Russian',
  uk: 'Ukrainian',
  ar: 'Arabic',
  pl: 'Polish',
  ro: 'Romanian',
  bg: 'Bulgarian',
  el: 'Greek',
};

/** The key two language codes are compared by: every BCMS code maps to "bcms". */
export function languageGroup(code: string): string {
  const lower = code.toLowerCase();
  return BCMS_CODES.has(lower) ? 'bcms' : lower;
}

export function sameLanguage(a: string, b: string): boolean {
  return languageGroup(a) === languageGroup(b);
}

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code.toLowerCase()] ?? code;
}

export type ProfileLanguageLevel = CefrLevel | 'native';

/** 1 (A1) .. 6 (C2); native speakers count as C2. */
export function cefrRank(level: ProfileLanguageLevel): number {
  return level === 'native' ? CEFR_LEVELS.length : CEFR_LEVELS.indexOf(level) + 1;
}
