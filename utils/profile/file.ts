import { unreadableText, withoutBom } from '../text-file';
import { issuesFromZod, type ProfileIssue } from './issues';
import { PROFILE_VERSION, Profile } from './schema';

/** Profile files larger than this are refused before parsing. */
export const MAX_PROFILE_FILE_BYTES = 1024 * 1024;

export type ProfileFileResult =
  | { ok: true; profile: Profile; warnings: ProfileIssue[] }
  | { ok: false; errors: ProfileIssue[] };

function fail(path: string, message: string): ProfileFileResult {
  return { ok: false, errors: [{ path, message }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an exported profile file (the same format as the stored profile). */
export function parseProfileFile(file: string): ProfileFileResult {
  const text = withoutBom(file);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PROFILE_FILE_BYTES) {
    return fail(
      '',
      `The file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB); a profile file is at most 1 MB.`,
    );
  }
  const unreadable = unreadableText(text);
  if (unreadable) return fail('', unreadable);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('', `The file is not valid JSON (${detail}).`);
  }
  if (!isRecord(raw)) return fail('', 'The file must contain a JSON object with "version": 1.');
  if (!('version' in raw)) {
    return fail(
      'version',
      `"version" is missing: this does not look like a Vacancy Fit profile file (expected "version": ${PROFILE_VERSION}).`,
    );
  }
  if (typeof raw.version !== 'number') {
    return fail(
      'version',
      `"version" must be the number ${PROFILE_VERSION}, not ${JSON.stringify(raw.version)}.`,
    );
  }
  if (raw.version !== PROFILE_VERSION) {
    return fail(
      'version',
      `Profile file version ${JSON.stringify(raw.version)} is not supported; this extension reads version ${PROFILE_VERSION}.`,
    );
  }
  const parsed = Profile.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: issuesFromZod(parsed.error) };
  const known = new Set(Object.keys(Profile.shape));
  const warnings = Object.keys(raw)
    .filter((key) => !known.has(key))
    .map((key) => ({ path: key, message: `Unknown field "${key}" was ignored.` }));
  return { ok: true, profile: parsed.data, warnings };
}

/** The export file: pretty-printed JSON with a trailing newline. */
export function serializeProfile(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
