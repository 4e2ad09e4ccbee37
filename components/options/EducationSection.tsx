import { EQF_LEVEL_NAMES } from '@/utils/profile/eqf';
import type { EducationEntry, Profile } from '@/utils/profile/schema';
import { Checkbox, type IssueMap, Labelled, removeAt, replaceAt, Section } from './fields';

const EMPTY: EducationEntry = {
  eqf: 7,
  title: '',
  fields: [],
  completed: null,
  attestedPoliceMilitaryEducation: false,
  policeMilitaryTraining: false,
};

interface Props {
  education: EducationEntry[];
  issues: IssueMap;
  onChange: (patch: Partial<Profile>) => void;
}

export function EducationSection({ education, issues, onChange }: Props) {
  const update = (index: number, patch: Partial<EducationEntry>) =>
    onChange({ education: replaceAt(education, index, { ...education[index]!, ...patch }) });
  return (
    <Section title="Education">
      <p class="hint">
        Levels follow the European Qualifications Framework (EQF): a Bachelor's is level 6, a Master's level
        7. Experience counts from the date you completed the qualification a post asks for.
      </p>
      {education.map((entry, index) => {
        const path = `education[${index}]`;
        return (
          <fieldset key={index} class="entry">
            <legend>
              {entry.title || (entry.eqf !== null && EQF_LEVEL_NAMES[entry.eqf]) || 'Qualification'} (
              {index + 1})
            </legend>
            <Labelled label="Level" issues={issues} path={`${path}.eqf`}>
              {(id) => (
                <select
                  id={id}
                  value={entry.eqf === null ? '' : String(entry.eqf)}
                  data-to-fill={entry.eqf === null ? 'true' : undefined}
                  onChange={(e) =>
                    update(index, { eqf: e.currentTarget.value ? Number(e.currentTarget.value) : null })
                  }
                >
                  {entry.eqf === null && <option value="">To fill in: choose the level</option>}
                  {Object.entries(EQF_LEVEL_NAMES).map(([level, name]) => (
                    <option key={level} value={level}>
                      {name} (EQF {level})
                    </option>
                  ))}
                </select>
              )}
            </Labelled>
            <Labelled label="Title" issues={issues} path={`${path}.title`}>
              {(id) => (
                <input
                  id={id}
                  value={entry.title}
                  onInput={(e) => update(index, { title: e.currentTarget.value })}
                />
              )}
            </Labelled>
            <Labelled
              label="Field(s) of study"
              hint="Separate several with commas, e.g. Law, International Relations"
              issues={issues}
              path={`${path}.fields`}
            >
              {(id, hint) => (
                <input
                  id={id}
                  aria-describedby={hint}
                  value={entry.fields.join(', ')}
                  onChange={(e) =>
                    update(index, {
                      fields: e.currentTarget.value
                        .split(',')
                        .map((f) => f.trim())
                        .filter(Boolean),
                    })
                  }
                />
              )}
            </Labelled>
            <Labelled
              label="Completed on"
              hint={
                entry.completed === undefined
                  ? 'To fill in: the date you completed it (leave empty while still studying)'
                  : 'Leave empty while still studying'
              }
              issues={issues}
              path={`${path}.completed`}
            >
              {(id, hint) => (
                <input
                  id={id}
                  type="date"
                  aria-describedby={hint}
                  value={entry.completed ?? ''}
                  data-to-fill={entry.completed === undefined ? 'true' : undefined}
                  onInput={(e) => update(index, { completed: e.currentTarget.value || null })}
                />
              )}
            </Labelled>
            {entry.completed === undefined && (
              <button type="button" class="link" onClick={() => update(index, { completed: null })}>
                I am still studying for it
              </button>
            )}
            <Checkbox
              label="Attested police and/or military education (or an equivalent rank)"
              checked={entry.attestedPoliceMilitaryEducation}
              onChange={(checked) => update(index, { attestedPoliceMilitaryEducation: checked })}
            />
            <Checkbox
              label="Complemented by police or military training"
              checked={entry.policeMilitaryTraining}
              onChange={(checked) => update(index, { policeMilitaryTraining: checked })}
            />
            <button
              type="button"
              class="link"
              onClick={() => onChange({ education: removeAt(education, index) })}
            >
              Remove this qualification
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange({ education: [...education, { ...EMPTY }] })}>
        Add a qualification
      </button>
    </Section>
  );
}
