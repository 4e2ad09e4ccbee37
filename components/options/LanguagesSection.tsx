import { languageName } from '@/utils/profile/languages';
import type { LanguageEntry, Profile } from '@/utils/profile/schema';
import { FieldError, type IssueMap, removeAt, replaceAt, Section } from './fields';

/** CEFR self-assessment in a few words (Council of Europe global scale). */
export const CEFR_DESCRIPTIONS: Record<LanguageEntry['level'], string> = {
  A1: 'A1 — Beginner: everyday expressions and very basic phrases',
  A2: 'A2 — Elementary: simple, routine exchanges',
  B1: 'B1 — Intermediate: the main points of familiar matters',
  B2: 'B2 — Upper intermediate: fluent with native speakers, clear detailed text ("working proficiency")',
  C1: 'C1 — Advanced: flexible, effective professional use ("professional fluency")',
  C2: 'C2 — Proficient: understands virtually everything, precise nuance',
  native: 'Native speaker (counts as C2)',
};

const LANGUAGE_CODES = [
  'en',
  'fr',
  'de',
  'it',
  'es',
  'pt',
  'nl',
  'pl',
  'ro',
  'bg',
  'el',
  'sq',
  'bcms',
  'mk',
  'tr',
  'ru',
  'uk',
  'ar',
];

interface Props {
  languages: LanguageEntry[];
  issues: IssueMap;
  onChange: (patch: Partial<Profile>) => void;
}

export function LanguagesSection({ languages, issues, onChange }: Props) {
  const update = (index: number, patch: Partial<LanguageEntry>) =>
    onChange({ languages: replaceAt(languages, index, { ...languages[index]!, ...patch }) });
  return (
    <Section title="Languages">
      <p class="hint">
        Levels follow the Common European Framework of Reference (CEFR). Bosnian, Croatian, Montenegrin and
        Serbian count as one language group (BCMS).
      </p>
      {languages.map((entry, index) => (
        <div class="row" key={index}>
          <label class="visually-hidden" for={`language-${index}`}>
            Language {index + 1}
          </label>
          <select
            id={`language-${index}`}
            value={entry.code}
            onChange={(e) => update(index, { code: e.currentTarget.value })}
          >
            {(LANGUAGE_CODES.includes(entry.code) ? LANGUAGE_CODES : [entry.code, ...LANGUAGE_CODES]).map(
              (code) => (
                <option key={code} value={code}>
                  {languageName(code)}
                </option>
              ),
            )}
          </select>
          <label class="visually-hidden" for={`language-level-${index}`}>
            Level in {languageName(entry.code)}
          </label>
          <select
            id={`language-level-${index}`}
            value={entry.level}
            onChange={(e) => update(index, { level: e.currentTarget.value as LanguageEntry['level'] })}
          >
            {Object.entries(CEFR_DESCRIPTIONS).map(([level, description]) => (
              <option key={level} value={level}>
                {description}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="link"
            onClick={() => onChange({ languages: removeAt(languages, index) })}
          >
            Remove
          </button>
          <FieldError issues={issues} path={`languages[${index}].code`} />
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange({ languages: [...languages, { code: 'en', level: 'B2' }] })}
      >
        Add a language
      </button>
    </Section>
  );
}
