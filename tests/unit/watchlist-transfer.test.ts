import { describe, expect, it } from 'vitest';
import { parseWatchlistJson, watchlistToCsv, watchlistToJson } from '@/utils/watchlist/transfer';
import { watchItem } from './reminders/fixtures';

describe('watchlist export and import', () => {
  it('round-trips through JSON', () => {
    const items = [watchItem(), watchItem({ id: 'b/*', positionId: null, notes: 'line one\nline "two"' })];
    expect(parseWatchlistJson(watchlistToJson(items))).toEqual({ ok: true, items });
  });

  it('writes one CSV row per item with quoted cells', () => {
    const csv = watchlistToCsv([watchItem({ notes: 'ask, then "wait"' })]);
    expect(csv.split('\r\n')[0]).toBe(
      'id,callId,positionId,ref,title,callTitle,organisation,url,deadline,deadlineZone,status,notes,savedAt',
    );
    expect(csv.split('\r\n')[1]).toBe(
      'eulex-kosovo-2-2026/ek-60092,eulex-kosovo-2-2026,ek-60092,EK 60092,Justice Monitor,EULEX Kosovo 2-2026 Call for Contributions,European Union Rule of Law Mission in Kosovo,https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en,2026-06-25T15:00:00.000Z,Europe/Brussels,saved,"ask, then ""wait""",2026-06-01T10:00:00.000Z',
    );
  });

  it.each([
    ['not JSON', 'nope', 'The file is not valid JSON'],
    ['another file', '{"version": 1}', 'This is not a Vacancy Fit watchlist export'],
    [
      'a bad item',
      '{"format":"vacancy-fit-watchlist","items":[{"id":1}]}',
      'Item 1 is not a valid watchlist item.',
    ],
  ])('refuses %s with a clear error', (_, text, message) => {
    const result = parseWatchlistJson(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]).toContain(message);
  });
});
