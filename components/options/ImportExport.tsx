import { useState } from 'preact/hooks';
import { parseProfileFile, serializeProfile } from '@/utils/profile/file';
import type { ProfileIssue } from '@/utils/profile/issues';
import type { Profile } from '@/utils/profile/schema';
import { downloadText } from '../download';
import { Section } from './fields';

interface Props {
  saved: Profile | null;
  onImport: (profile: Profile) => Promise<void>;
}

export function ImportExport({ saved, onImport }: Props) {
  const [errors, setErrors] = useState<ProfileIssue[]>([]);
  const [message, setMessage] = useState('');

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage('');
    const result = parseProfileFile(await file.text());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    await onImport(result.profile);
    const ignored = result.warnings.length ? ` ${result.warnings.map((w) => w.message).join(' ')}` : '';
    setMessage(`Imported and saved the profile from ${file.name}.${ignored}`);
  };

  return (
    <Section title="Import and export">
      <p class="hint">
        The file format is documented in the README ("Profile file format"). Importing replaces your profile
        only when the whole file is valid.
      </p>
      <div class="row">
        <label class="button" for="profile-import">
          Import a profile file…
        </label>
        <input
          id="profile-import"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const input = e.currentTarget;
            void importFile(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
        <button
          type="button"
          disabled={!saved}
          onClick={() =>
            saved && downloadText('vacancy-fit-profile.json', serializeProfile(saved), 'application/json')
          }
        >
          Export my profile
        </button>
      </div>
      {errors.length > 0 && (
        <div class="error-box" role="alert" data-part="import-errors">
          <p>
            <strong>The file was not imported; your profile is unchanged.</strong>
          </p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.path}:${error.message}`}>
                {error.path ? <code>{error.path}</code> : null} {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {message && (
        <p class="ok-box" role="status">
          {message}
        </p>
      )}
    </Section>
  );
}
