import { useEffect, useMemo, useState } from 'preact/hooks';
import { issuesFromZod, type ProfileIssue } from '@/utils/profile/issues';
import { emptyProfile, Profile } from '@/utils/profile/schema';
import { readProfile, readProfileBackup, writeProfile } from '@/utils/storage/profile';
import { downloadText } from '../download';
import { CredentialsSection } from './CredentialsSection';
import { EducationSection } from './EducationSection';
import { EuropassImport } from './EuropassImport';
import { ImportExport } from './ImportExport';
import { LanguagesSection } from './LanguagesSection';
import { PersonalSection } from './PersonalSection';
import { RemindersSection } from './RemindersSection';
import { WorkSection } from './WorkSection';

export function OptionsApp({ now = new Date() }: { now?: Date }) {
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState<Profile | null>(null);
  const [draft, setDraft] = useState<Profile>(emptyProfile());
  const [dropped, setDropped] = useState<ProfileIssue[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void readProfile().then((stored) => {
      setSaved(stored.profile);
      setDraft(stored.profile ?? emptyProfile());
      setDropped(stored.dropped);
      setLoaded(true);
    });
  }, []);

  const validation = useMemo(() => Profile.safeParse(draft), [draft]);
  const issues = useMemo(
    () =>
      new Map(
        validation.success ? [] : issuesFromZod(validation.error).map((issue) => [issue.path, issue.message]),
      ),
    [validation],
  );
  const dirty = JSON.stringify(saved) !== JSON.stringify(draft);

  const change = (patch: Partial<Profile>) => {
    setStatus('');
    setDraft((current) => ({ ...current, ...patch }));
  };

  const save = async (profile: Profile) => {
    await writeProfile(profile);
    setSaved(profile);
    setDraft(profile);
    setDropped([]);
    setStatus('Profile saved. Open vacancy pages update at once.');
  };

  if (!loaded) return <p>Loading your profile…</p>;

  return (
    <main>
      <h1>Your profile</h1>
      <p class="lead">
        Vacancy Fit checks this profile against each requirement of the vacancies you open. It is stored only
        in this browser and never sent anywhere.
      </p>
      {dropped.length > 0 && (
        <div class="error-box" role="alert" data-part="salvage-notice">
          <p>
            <strong>Part of your stored profile could not be read</strong> and is not shown below. Everything
            else was kept. The original is kept as a backup until you save.
          </p>
          <ul>
            {dropped.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                <code>{issue.path || 'profile'}</code> {issue.message}
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={async () => {
              const backup = await readProfileBackup();
              if (backup)
                downloadText(
                  'vacancy-fit-profile-backup.json',
                  JSON.stringify(backup.raw, null, 2),
                  'application/json',
                );
            }}
          >
            Download the original
          </button>
        </div>
      )}
      <EuropassImport
        current={saved === null && !dirty ? null : validation.success ? validation.data : saved}
        onSave={save}
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (validation.success) void save(validation.data);
        }}
      >
        <PersonalSection draft={draft} issues={issues} onChange={change} />
        <EducationSection education={draft.education} issues={issues} onChange={change} />
        <WorkSection work={draft.work} issues={issues} now={now} onChange={change} />
        <LanguagesSection languages={draft.languages} issues={issues} onChange={change} />
        <CredentialsSection draft={draft} issues={issues} onChange={change} />
        <div class="savebar">
          <button type="submit" class="primary" disabled={!validation.success || (!dirty && saved !== null)}>
            Save profile
          </button>
          <span role="status" data-part="save-status">
            {!validation.success
              ? `Fix ${issues.size} ${issues.size === 1 ? 'problem' : 'problems'} before saving.`
              : status || (dirty ? 'Unsaved changes.' : '')}
          </span>
        </div>
      </form>
      <ImportExport saved={saved} onImport={save} />
      <RemindersSection />
    </main>
  );
}
