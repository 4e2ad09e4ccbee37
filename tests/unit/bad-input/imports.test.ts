import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfileFile } from '@/utils/profile/file';
import { parseWatchlistFile } from '@/utils/watchlist/transfer';

const DIR = join('tests', 'fixtures', 'bad-imports');

/** The text the options page and popup get: the browser decodes files as UTF-8 (dropping a BOM). */
const read = (kind: string, file: string) => new Blob([readFileSync(join(DIR, kind, file))]).text();

const STATUS =
  'Invalid option: expected one of "saved"|"preparing"|"applied"|"interview"|"offer"|"rejected"|"withdrawn"';

describe('malformed profile files: refused with the field and a reason', () => {
  it.each([
    ['empty.json', '', 'The file is empty.'],
    [
      'not-json.json',
      '',
      `The file is not valid JSON (Unexpected token 'a', "name: Anna "... is not valid JSON).`,
    ],
    ['truncated.json', '', 'The file is not valid JSON (Unterminated string in JSON at position 1138).'],
    [
      'utf16.json',
      '',
      'The file is not UTF-8 text (it looks like UTF-16, e.g. saved as "Unicode"); save it as UTF-8 and import it again.',
    ],
    ['too-large.json', '', 'The file is too large (1.1 MB); a profile file is at most 1 MB.'],
    ['array.json', '', 'The file must contain a JSON object with "version": 1.'],
    [
      'no-version.json',
      'version',
      '"version" is missing: this does not look like a Vacancy Fit profile file (expected "version": 1).',
    ],
    [
      'other-tool.json',
      'version',
      '"version" is missing: this does not look like a Vacancy Fit profile file (expected "version": 1).',
    ],
    ['version-as-string.json', 'version', '"version" must be the number 1, not "1".'],
    [
      'future-version.json',
      'version',
      'Profile file version 2 is not supported; this extension reads version 1.',
    ],
    ['cefr-c3.json', 'languages[1].level', 'must be a CEFR level (A1, A2, B1, B2, C1, C2) or "native"'],
    ['date-dmy.json', 'education[0].completed', 'must be a date written YYYY-MM-DD'],
    ['impossible-date.json', 'work[0].from', 'must be a date written YYYY-MM-DD'],
    ['end-before-start.json', 'work[0].to', '"to" must not be before "from"'],
    ['eqf-as-string.json', 'education[0].eqf', 'Invalid input: expected number, received string'],
    [
      'nationality-name.json',
      'citizenships[0]',
      'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. "DE"',
    ],
  ])('%s', async (file, path, message) => {
    expect(parseProfileFile(await read('profile', file))).toEqual({ ok: false, errors: [{ path, message }] });
  });

  it('reads a UTF-8 file with a byte-order mark like one without', async () => {
    const result = parseProfileFile(await read('profile', 'bom-utf8.json'));
    expect(result.ok && result.profile.name).toBe('Anna Becker');
  });

  it('ignores "__proto__" and "constructor" keys without touching any prototype', async () => {
    const result = parseProfileFile(await read('profile', 'proto-pollution.json'));
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        { path: '__proto__', message: 'Unknown field "__proto__" was ignored.' },
        { path: 'constructor', message: 'Unknown field "constructor" was ignored.' },
      ],
    });
    expect(result.ok && Object.hasOwn(result.profile, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('malformed watchlist files: refused whole, with the item or row at fault', () => {
  it.each([
    ['empty.json', 'The file is empty.'],
    [
      'utf16.json',
      'The file is not UTF-8 text (it looks like UTF-16, e.g. saved as "Unicode"); save it as UTF-8 and import it again.',
    ],
    ['truncated.json', 'The file is not valid JSON (Unterminated string in JSON at position 200).'],
    [
      'not-a-watchlist.json',
      'This is not a Vacancy Fit watchlist export ("format": "vacancy-fit-watchlist").',
    ],
    [
      'profile-instead.json',
      'This is not a Vacancy Fit watchlist export ("format": "vacancy-fit-watchlist").',
    ],
    ['unknown-status.json', `Item 1 is not a valid watchlist item (status: ${STATUS}).`],
    [
      'missing-url.json',
      'Item 1 is not a valid watchlist item (url: Invalid input: expected string, received undefined).',
    ],
    ['bad-deadline.json', 'Item 1 is not a valid watchlist item (deadline.instant: Invalid ISO datetime).'],
    ['duplicate-ids.json', 'Item 2 has the same id as item 1 (eulex-kosovo-2-2026/ek-60092).'],
    ['wrong-header.csv', 'This is not a Vacancy Fit watchlist CSV: missing column(s) id, callId.'],
    ['unbalanced-quote.csv', 'The CSV file ends inside a quoted field.'],
    ['short-row.csv', 'Row 2 has 5 cells; the header has 19.'],
    ['bad-status.csv', `Row 2 (status "hired"): status: ${STATUS}.`],
  ])('%s', async (file, error) => {
    expect(parseWatchlistFile(await read('watchlist', file))).toEqual({ ok: false, errors: [error] });
  });
});
