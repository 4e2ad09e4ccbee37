import type { CefrLevel, Facet } from '../../schema/call';

export type LanguageFacet = Extract<Facet, { kind: 'language' }>;

const LANGUAGES: [RegExp, string][] = [
  [/english|mission language/i, 'en'],
  [/albanian/i, 'sq'],
  [/\(BCMS\)|bosnian\/croatian/i, 'bcms'],
  [/serbian/i, 'sr'],
  [/macedonian/i, 'mk'],
  [/arabic/i, 'ar'],
  [/french/i, 'fr'],
  [/russian/i, 'ru'],
  [/georgian/i, 'ka'],
  [/ukrainian/i, 'uk'],
];

/** Groups a text names instead of languages. */
const GROUPS: [RegExp, string[]][] = [
  [/main western balkan languages/i, ['sq', 'bcms', 'mk']],
  [/official languages in kosovo|kosovo local language/i, ['sq', 'sr']],
];

/**
 * The lowest CEFR level a wording accepts:
 * - "native or working proficiency": the lower of the two, B2;
 * - "professional fluency", "fluency", "fluent", "excellent/high command": C1;
 * - "working proficiency", "proficiency" (also the EEAS "understanding, speaking and writing
 *   proficiency"): B2;
 * - "knowledge of Albanian and/or Serbian", "language skills in": null. The text states no level,
 *   and inventing one (say A2) would mark a beginner as failing or a native as merely meeting it;
 *   null tells the fit engine that any stated knowledge of the language counts.
 */
function levelOf(text: string): CefrLevel | null {
  if (/proficiency/i.test(text)) return 'B2';
  if (/fluen|(?:excellent|high|full) command/i.test(text)) return 'C1';
  return null;
}

/** `missionLanguage`: English is the working language of the EEAS mission the call is for. */
export function languageFacet(text: string, missionLanguage: boolean): LanguageFacet | null {
  if (!/language|english|fluen|proficien|command of/i.test(text)) return null;
  let languages = LANGUAGES.filter(([p]) => p.test(text)).map(([, code]) => code);
  for (const [pattern, codes] of GROUPS) if (pattern.test(text)) languages = [...languages, ...codes];
  languages = [...new Set(languages)];
  if (languages.includes('bcms')) languages = languages.filter((c) => c !== 'sr');
  if (languages.length === 0) return null;
  const minCount = /more than one/i.test(text)
    ? 2
    : /and\/or|\bor\b|at least one|one of|any of/i.test(text)
      ? 1
      : languages.length;
  return {
    kind: 'language',
    languages,
    minCount: Math.min(minCount, languages.length),
    minLevel: levelOf(text),
    missionLanguage: missionLanguage && languages.length === 1 && languages[0] === 'en',
  };
}
