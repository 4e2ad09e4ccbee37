import { useState } from 'preact/hooks';
import { type EuropassImport as Imported, readEuropass } from '@/utils/profile/europass';
import type { ProfileIssue } from '@/utils/profile/issues';
import type { Profile } from '@/utils/profile/schema';
import { EuropassReview } from './EuropassReview';
import { Section } from './fields';

interface Props {
  /** The profile the import joins: the form as it stands (or the saved one). */
  current: Profile | null;
  onSave: (profile: Profile) => Promise<void>;
}

async function readFile(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isPdf = new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';
  if (!isPdf) return readEuropass(new TextDecoder().decode(bytes));
  // pdf.js is loaded only when a PDF is chosen.
  const { readEuropassPdf } = await import('@/utils/profile/europass-pdf');
  return readEuropassPdf(bytes);
}

export function EuropassImport({ current, onSave }: Props) {
  const [errors, setErrors] = useState<ProfileIssue[]>([]);
  const [review, setReview] = useState<{ file: string; imported: Imported } | null>(null);
  const [message, setMessage] = useState('');
  const [reading, setReading] = useState(false);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setMessage('');
    setErrors([]);
    setReview(null);
    setReading(true);
    try {
      const result = await readFile(file);
      if (result.ok) setReview({ file: file.name, imported: result.value });
      else setErrors(result.errors);
    } finally {
      setReading(false);
    }
  };

  return (
    <Section title="Start from your Europass CV">
      <p class="hint">
        Choose your Europass CV as XML, or as the PDF the Europass editor exports with the XML attached. You
        see everything it would change before anything is saved. The mapping is described in the README
        ("Start from your Europass CV").
      </p>
      <div class="row">
        <label class="button" for="europass-import">
          Choose a Europass CV (XML or PDF)…
        </label>
        <input
          id="europass-import"
          class="visually-hidden"
          type="file"
          accept=".xml,.pdf,application/xml,text/xml,application/pdf"
          onChange={(e) => {
            const input = e.currentTarget;
            void choose(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
        {reading && <span role="status">Reading the CV…</span>}
      </div>
      {errors.length > 0 && (
        <div class="error-box" role="alert" data-part="europass-errors">
          <p>
            <strong>The CV was not imported; your profile is unchanged.</strong>
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
      {review && (
        <EuropassReview
          key={review.file}
          file={review.file}
          imported={review.imported}
          current={current}
          onCancel={() => setReview(null)}
          onSave={async (profile, summary) => {
            await onSave(profile);
            setReview(null);
            setMessage(summary);
          }}
        />
      )}
      {message && (
        <p class="ok-box" role="status" data-part="europass-saved">
          {message}
        </p>
      )}
    </Section>
  );
}
