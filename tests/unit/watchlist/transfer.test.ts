import { describe, expect, it } from 'vitest';
import {
  csvCell,
  parseCsvRecords,
  parseWatchlistCsv,
  parseWatchlistFile,
  parseWatchlistJson,
  unformula,
  watchlistToCsv,
  watchlistToJson,
} from '@/utils/watchlist/transfer';
import { watchItem } from '../reminders/fixtures';

const ITEMS = [
  watchItem({
    status: 'applied',
    history: [
      { status: 'saved', at: '2026-06-01T10:00:00.000Z' },
      { status: 'applied', at: '2026-06-05T09:30:00.000Z' },
    ],
    fitAtSave: { eligibility: 'eligible-if', score: 72 },
    notes: 'ask, then "wait"\nsecond line',
  }),
  watchItem({
    id: 'isd/*',
    callId: 'isd',
    positionId: null,
    ref: null,
    title: 'Programmes Lead, Western Balkans',
    deadline: null,
    deadlineNote: 'No closing date published.',
    notes: '=cmd|calc',
  }),
];

describe('watchlist JSON', () => {
  it('round-trips', () => {
    expect(parseWatchlistJson(watchlistToJson(ITEMS))).toEqual({ ok: true, items: ITEMS });
  });

  it.each([
    ['not JSON', 'nope', 'The file is not valid JSON'],
    ['another file', '{"version": 1}', 'This is not a Vacancy Fit watchlist export'],
    [
      'a bad item',
      '{"format":"vacancy-fit-watchlist","items":[{"id":1}]}',
      'Item 1 is not a valid watchlist item (version: Invalid input: expected 2; id: Invalid input: expected string, received number; callId: Invalid input: expected string, received undefined; and 13 more).',
    ],
  ])('refuses %s with a clear error', (_, text, message) => {
    const result = parseWatchlistJson(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]).toContain(message);
  });

  it('names the field of a bad version-2 item and refuses duplicate ids', () => {
    const bad = { ...watchItem(), status: 'hired' };
    const result = parseWatchlistJson(JSON.stringify({ format: 'vacancy-fit-watchlist', items: [bad] }));
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^Item 1 is not a valid watchlist item \(status: /),
    ]);
    const twice = JSON.stringify({ format: 'vacancy-fit-watchlist', items: [watchItem(), watchItem()] });
    expect(parseWatchlistJson(twice)).toEqual({
      ok: false,
      errors: ['Item 2 has the same id as item 1 (eulex-kosovo-2-2026/ek-60092).'],
    });
  });

  it('imports a version-1 export too', () => {
    const v1 = {
      id: 'a/1',
      callId: 'a',
      positionId: '1',
      title: 'Justice Monitor',
      url: 'https://www.eeas.europa.eu/x_en',
      deadline: '2026-06-25T15:00:00Z',
      status: 'saved',
      savedAt: '2026-06-01T10:00:00.000Z',
    };
    const result = parseWatchlistJson(JSON.stringify({ format: 'vacancy-fit-watchlist', items: [v1] }));
    expect(result.ok && result.items[0]?.version).toBe(2);
  });
});

describe('watchlist CSV', () => {
  it('writes one row per item with quoted cells and formula-safe text', () => {
    const lines = watchlistToCsv(ITEMS).split('\r\n');
    expect(lines[0]).toBe(
      'id,callId,positionId,ref,title,callTitle,organisation,url,deadline,deadlineZone,deadlineText,deadlineSource,deadlineNote,status,history,notes,fitAtSaveEligibility,fitAtSaveScore,savedAt',
    );
    expect(`${lines[1]}\r\n${lines[2]}`).toBe(
      'eulex-kosovo-2-2026/ek-60092,eulex-kosovo-2-2026,ek-60092,EK 60092,Justice Monitor,EULEX Kosovo 2-2026 Call for Contributions,European Union Rule of Law Mission in Kosovo,https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en,2026-06-25T15:00:00.000Z,Europe/Brussels,"Thursday, 25 June 2026, at 17:00 (Brussels time)",bundle,,applied,"saved 2026-06-01T10:00:00.000Z; applied 2026-06-05T09:30:00.000Z","ask, then ""wait""\nsecond line",eligible-if,72,2026-06-01T10:00:00.000Z\r\nisd/*,isd,,,"Programmes Lead, Western Balkans",EULEX Kosovo 2-2026 Call for Contributions,European Union Rule of Law Mission in Kosovo,https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en,,,,,No closing date published.,saved,saved 2026-06-01T10:00:00.000Z,\'=cmd|calc,,,2026-06-01T10:00:00.000Z',
    );
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+31 20 123', "'+31 20 123"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ["'=already", "''=already"],
    ["it's fine", "it's fine"],
    ['a;b', '"a;b"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['a-b=c', 'a-b=c'],
  ])('exports %j as %j and reads it back exactly', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
    const [record] = parseCsvRecords(`${cell}\r\n`) ?? [];
    expect(unformula(record?.[0] ?? '')).toBe(value);
  });

  it('strips only the prefix the exporter added', () => {
    expect(unformula("'=x")).toBe('=x');
    expect(unformula("''=x")).toBe("'=x");
    expect(unformula("'plain")).toBe("'plain");
    expect(unformula("'")).toBe("'");
  });

  it('round-trips notes starting with a tab, CR, apostrophe or formula sign', () => {
    const items = ['\tindented', '\rcarriage', "'=quoted", '-minus; and semicolon'].map((notes, i) =>
      watchItem({ id: `n/${i}`, notes }),
    );
    expect(parseWatchlistCsv(watchlistToCsv(items))).toEqual({
      ok: true,
      items: items.map((item) => ({ ...item, fitNow: null })),
    });
  });

  it('round-trips (the fit now is recomputed, not imported)', () => {
    const result = parseWatchlistCsv(watchlistToCsv(ITEMS));
    expect(result).toEqual({ ok: true, items: ITEMS.map((item) => ({ ...item, fitNow: null })) });
    expect(parseWatchlistFile(watchlistToCsv(ITEMS)).ok).toBe(true);
    expect(parseWatchlistFile(watchlistToJson(ITEMS)).ok).toBe(true);
  });

  it('reports every bad row by number and imports nothing', () => {
    const csv = watchlistToCsv(ITEMS)
      .replace(',applied,"saved', ',hired,"saved')
      .replace('https://www.eeas.europa.eu/eulex', 'not a url');
    const result = parseWatchlistCsv(`${csv}only,three,cells\r\n`);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^Row 2 \(status "hired"\): url: .*; status: .*\.$/),
      'Row 4 has 3 cells; the header has 19.',
    ]);
  });

  it('refuses files that are not a watchlist CSV', () => {
    expect(parseWatchlistCsv('name,email\r\nA,b\r\n')).toEqual({
      ok: false,
      errors: [
        expect.stringContaining('This is not a Vacancy Fit watchlist CSV: missing column(s) id, callId'),
      ],
    });
    expect(parseWatchlistCsv('id,"unclosed\r\n')).toEqual({
      ok: false,
      errors: ['The CSV file ends inside a quoted field.'],
    });
  });

  it('reads RFC 4180 quoting, CRLF and LF', () => {
    expect(parseCsvRecords('a,"b ""c""",d\r\n"x\ny",,z\n')).toEqual([
      ['a', 'b "c"', 'd'],
      ['x\ny', '', 'z'],
    ]);
  });
});
