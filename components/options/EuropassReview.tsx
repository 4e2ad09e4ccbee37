import { useMemo, useState } from 'preact/hooks';
import { DOMAIN_LABELS, type DomainTag } from '@/utils/domain-tags';
import type { EuropassImport } from '@/utils/profile/europass';
import { applyImport, type ImportMode } from '@/utils/profile/europass-merge';
import { describeChanges, describeWork, keptValues, stillToFill } from '@/utils/profile/europass-review';
import type { Profile, WorkTag } from '@/utils/profile/schema';

interface Props {
  file: string;
  imported: EuropassImport;
  current: Profile | null;
  onCancel: () => void;
  onSave: (profile: Profile, summary: string) => Promise<void>;
}

const KIND_LABELS = { new: 'New', changed: 'Changed', removed: 'Removed', kept: 'Kept yours' } as const;

function tagLabel(tag: WorkTag): string {
  return tag === 'management' ? 'Management level' : DOMAIN_LABELS[tag as DomainTag];
}

export function EuropassReview({ file, imported, current, onCancel, onSave }: Props) {
  const [mode, setMode] = useState<ImportMode>(current ? 'merge' : 'replace');
  const [accepted, setAccepted] = useState<Map<number, WorkTag[]>>(new Map());
  const [saving, setSaving] = useState(false);

  // The imported profile with the suggestions you accepted.
  const theirs = useMemo<Profile>(
    () => ({
      ...imported.profile,
      work: imported.profile.work.map((entry, i) => ({
        ...entry,
        tags: [...entry.tags, ...(accepted.get(i) ?? [])],
      })),
    }),
    [imported, accepted],
  );
  const after = useMemo(() => applyImport(current, theirs, mode), [current, theirs, mode]);
  const changes = useMemo(
    () => [
      ...describeChanges(current, after),
      ...(mode === 'merge' && current ? keptValues(current, theirs, after) : []),
    ],
    [current, after, theirs, mode],
  );
  const toFill = useMemo(() => stillToFill(imported.toFill, theirs, after), [imported, theirs, after]);

  const accept = (work: number, tag: WorkTag) =>
    setAccepted((map) => new Map(map).set(work, [...(map.get(work) ?? []), tag]));

  return (
    <div class="review" data-part="europass-review">
      <h3>
        Review the import from {file} ({imported.format})
      </h3>
      <fieldset class="row">
        <legend>How to import</legend>
        <label class="check">
          <input
            type="radio"
            name="europass-mode"
            value="merge"
            checked={mode === 'merge'}
            disabled={!current}
            onChange={() => setMode('merge')}
          />
          Merge into my profile
        </label>
        <label class="check">
          <input
            type="radio"
            name="europass-mode"
            value="replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
          Replace my profile
        </label>
      </fieldset>
      <p class="hint">
        {mode === 'merge'
          ? 'Merging keeps everything in your profile: lists are united without duplicates (a job or qualification you already have is kept once, with its tags), a language you already list keeps your level, and name, availability, clearance and the yes/no answers are only filled where yours are empty.'
          : 'Replacing saves the CV’s profile instead of yours: anything not in the CV is lost.'}
      </p>

      <h4>What saving changes</h4>
      {changes.length === 0 ? (
        <p data-part="europass-changes">Nothing: your profile already holds everything the CV has.</p>
      ) : (
        <ul data-part="europass-changes">
          {changes.map((change) => (
            <li key={`${change.kind}:${change.text}`} data-kind={change.kind}>
              <strong>{KIND_LABELS[change.kind]}</strong> {change.text}
            </li>
          ))}
        </ul>
      )}

      {imported.suggestions.length > 0 && (
        <>
          <h4>Suggested tags for your jobs</h4>
          <p class="hint">Suggestions from the words of each job; none is applied unless you accept it.</p>
          <ul data-part="europass-suggestions">
            {imported.suggestions.map(({ work, suggestions }) => (
              <li key={work}>
                {describeWork(imported.profile.work[work]!)}
                <ul>
                  {suggestions.map((s) => {
                    const taken = theirs.work[work]!.tags.includes(s.tag);
                    return (
                      <li key={s.tag}>
                        {tagLabel(s.tag)} — because of “{s.because.join('”, “')}”{' '}
                        <button
                          type="button"
                          disabled={taken}
                          data-suggestion={`${work}:${s.tag}`}
                          onClick={() => accept(work, s.tag)}
                        >
                          {taken ? 'Accepted' : 'Accept'}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}

      {imported.warnings.length > 0 && (
        <>
          <h4>Left out of the import</h4>
          <ul data-part="europass-warnings">
            {imported.warnings.map((w) => (
              <li key={`${w.path}:${w.message}`}>{w.message}</li>
            ))}
          </ul>
        </>
      )}

      {toFill.length > 0 && (
        <>
          <h4>To fill in after saving</h4>
          <ul data-part="europass-to-fill">
            {toFill.map((item) => (
              <li key={`${item.path}:${item.message}`}>{item.message}</li>
            ))}
          </ul>
        </>
      )}

      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={saving}
          onClick={async () => {
            setSaving(true);
            try {
              await onSave(
                after,
                `${mode === 'merge' ? 'Merged' : 'Replaced your profile with'} the Europass CV from ${file} and saved.`,
              );
            } finally {
              setSaving(false);
            }
          }}
        >
          {mode === 'merge' ? 'Merge and save' : 'Replace and save'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
