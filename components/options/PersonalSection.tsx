import { COUNTRY_CODES, countryName } from '@/utils/countries';
import { isEuMemberState } from '@/utils/profile/eu-member-states';
import type { Profile } from '@/utils/profile/schema';
import { FieldError, type IssueMap, Labelled, removeAt, replaceAt, Section } from './fields';

const COUNTRIES = COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
  a.name.localeCompare(b.name),
);

interface Props {
  draft: Profile;
  issues: IssueMap;
  onChange: (patch: Partial<Profile>) => void;
}

export function PersonalSection({ draft, issues, onChange }: Props) {
  const citizenships = draft.citizenships;
  const eu = citizenships.some(isEuMemberState);
  return (
    <Section title="You">
      <Labelled label="Name (optional, stays in your browser)" issues={issues} path="name">
        {(id) => (
          <input id={id} value={draft.name} onInput={(e) => onChange({ name: e.currentTarget.value })} />
        )}
      </Labelled>
      <fieldset>
        <legend>Citizenships</legend>
        {citizenships.map((code, index) => (
          <div class="row" key={`${index}-${code}`}>
            <label class="visually-hidden" for={`citizenship-${index}`}>
              Citizenship {index + 1}
            </label>
            <select
              id={`citizenship-${index}`}
              value={code}
              onChange={(e) =>
                onChange({ citizenships: replaceAt(citizenships, index, e.currentTarget.value) })
              }
            >
              {COUNTRIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                  {isEuMemberState(c.code) ? ' (EU)' : ''}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="link"
              onClick={() => onChange({ citizenships: removeAt(citizenships, index) })}
            >
              Remove
            </button>
            <FieldError issues={issues} path={`citizenships[${index}]`} />
          </div>
        ))}
        <button type="button" onClick={() => onChange({ citizenships: [...citizenships, 'BE'] })}>
          Add a citizenship
        </button>
        <p class="hint">
          {citizenships.length === 0
            ? 'Add at least one: EEAS posts are open to EU nationals, others only through a contributing state.'
            : eu
              ? 'You hold an EU citizenship: you can apply to every EEAS post.'
              : 'No EU citizenship: only posts open to Contributing Third States, through your seconding authority.'}
        </p>
        <FieldError issues={issues} path="citizenships" />
      </fieldset>
      <Labelled label="Earliest availability" issues={issues} path="earliestAvailability">
        {(id) => (
          <input
            id={id}
            type="date"
            value={draft.earliestAvailability ?? ''}
            onInput={(e) => onChange({ earliestAvailability: e.currentTarget.value || null })}
          />
        )}
      </Labelled>
    </Section>
  );
}
