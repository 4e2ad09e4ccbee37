import { describe, expect, it } from 'vitest';
import { parseCilcPost } from '@/utils/parse/cilc-post';
import { parseDeadlines } from '@/utils/parse/deadline';
import { MAX_REQUIREMENTS, parseEeasAnnex } from '@/utils/parse/eeas-annex';
import { flatHeaderPosts } from '@/utils/parse/eeas-header';
import { relayout } from '@/utils/parse/eeas-layout';
import { missionName } from '@/utils/parse/eeas-mission';
import { refsOf } from '@/utils/parse/eeas-refs';
import { items } from '@/utils/parse/eeas-requirements';
import { educationFacet } from '@/utils/parse/facets/education';
import { experienceFacet, inlinePartsStart } from '@/utils/parse/facets/experience';
import { parseSource } from '@/utils/parse/index';
import { parseIsdJobDescription } from '@/utils/parse/isd-job-description';
import { clean, sourceLines } from '@/utils/parse/text';
import { source } from './helpers';

/*
 * Page and annex text is the publisher's, or a hostile page's: one worker parses it for every tab.
 * Each input below is a near-match repeated until the code before the fix (a regex retried from
 * every position of a long run, or a loop over everything so far) took tens of seconds to minutes
 * on it; each test asserts the exact result, which now comes at once.
 */

const name = { file: 'hostile.txt', originalName: 'hostile.txt' };

describe('text helpers on long runs', () => {
  it('sourceLines keeps an inner run of spaces and tabs that does not end the line', () => {
    const text = `a${' \t'.repeat(150_000)}b`;
    expect(sourceLines(text)).toEqual([{ n: 1, text }]);
  });

  it('clean keeps "<" that no ">" follows, and still drops the tags before the last ">"', () => {
    const text = '<'.repeat(300_000);
    expect(clean(text)).toBe(text);
    expect(clean(`<b>bold</b> ${text}`)).toBe(`bold ${text}`);
  });

  it('refsOf reads a long run of "*" that does not end the value as no ref', () => {
    expect(refsOf(`${'*'.repeat(300_000)}x`)).toBeNull();
    expect(refsOf('EK 60021 **')).toEqual(['EK 60021']);
  });
});

describe('flattened annex text', () => {
  it('relayout reads a run of 70,000 em spaces as one line', () => {
    const text = `x${'\u2003'.repeat(70_000)}y`;
    expect(relayout([{ n: 1, text }])).toEqual([{ n: 1, text }]);
  });

  it('missionName reads two long capitalised words without an acronym shape', () => {
    expect(missionName(`${'A'.repeat(4000)} ${'B'.repeat(4000)} x`, '')).toBeNull();
  });
});

describe('requirement items and facets', () => {
  it('items joins 20,000 continuation lines into one item', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => ({ n: i + 1, text: 'word word' }));
    const [item, ...rest] = items(lines);
    expect(rest).toEqual([]);
    expect(item).toEqual({ text: Array(20_000).fill('word word').join(' '), line: 1, sub: false });
  });

  it('educationFacet reads "secondary education" repeated 60,000 times as one secondary path', () => {
    const facet = educationFacet('secondary education '.repeat(60_000).trim());
    expect(facet?.minEqf).toBeNull();
    expect(facet?.alternatives).toEqual([]);
    expect(educationFacet('Secondary education and police training.')?.alternatives).toEqual([
      'secondary-plus-police-military-training',
    ]);
  });

  it('inlinePartsStart finds no inline part in "including" repeated 65,000 times', () => {
    expect(inlinePartsStart('including '.repeat(65_000))).toBeNull();
    expect(inlinePartsStart(`${'including '.repeat(10)}: 6 years, including 2 years abroad`)).toBe(109);
  });

  it('experienceFacet reads no field from "in the" repeated 125,000 times', () => {
    expect(experienceFacet(`at least 3 years experience ${'in the '.repeat(125_000)}`, false)).toEqual({
      kind: 'experience',
      years: 3,
      scope: 'total',
      domains: [],
      afterQualification: true,
    });
  });
});

describe('deadlines', () => {
  it('parseDeadlines reads no date from a list of 70,000 day numbers without a month', () => {
    expect(parseDeadlines(`${'1, 2'.repeat(35_000)} x`, 'UTC', 2026)).toEqual([]);
  });

  it('parseDeadlines reads at most 50 dates, the first ones, from a text of 85,000', () => {
    const dates = parseDeadlines('Jan 1 '.repeat(85_000), 'UTC', 2026);
    expect(dates).toHaveLength(50);
    expect(dates[0]!.instant).toBe('2026-01-01T23:59:00Z');
    expect(parseDeadlines('25 and 30 August 2023', 'UTC', null).map((d) => d.instant)).toEqual([
      '2023-08-25T23:59:00Z',
      '2023-08-30T23:59:00Z',
    ]);
  });
});

describe('the header and position blocks', () => {
  it('flatHeaderPosts gives each of 100,000 refs its line', () => {
    const lines = [
      { n: 1, text: 'Ref. Name of the Post Location Availability' },
      ...Array.from({ length: 100_000 }, (_, i) => ({ n: i + 2, text: `EK ${10000 + i}` })),
    ];
    const posts = flatHeaderPosts(lines, 'f', null);
    expect(posts).toHaveLength(100_000);
    expect(posts.at(-1)).toEqual({
      ref: 'EK 109999',
      title: '',
      location: '',
      availability: '',
      group: null,
      line: 100_001,
    });
  });

  const annex = (header: string, wide: string, blocks: string) =>
    [
      'European Union Mission in Libya EUBAM 3-2024 Call for Contributions',
      'Organisation:\tEuropean Union Mission in Libya',
      'Job titles/ vacancy notice:\tRef.:\tName of the post:\tLocation:\tAvailability:',
      header,
      'Deadline for applications:\t12 September at 1700 (CET)',
      'I. GENERAL CONDITIONS',
      'Citizenship – Candidates must have a citizenship of an EU Member State.',
      'II. REQUIREMENTS',
      'II.A Essential requirements',
      'Language skills – Candidates must have proficiency in English.',
      wide,
      blocks,
    ].join('\n');
  const block = (ref: string, vacancies: number, sections = '') =>
    [
      `Position: Adviser\tContract Regime: Seconded`,
      `Ref.: ${ref} Confirmed Vacancies: ${vacancies}\tLocation: Tripoli`,
      '1. Reporting Line:',
      'Head.',
      sections,
      '4. Essential Qualifications and Experience:',
      '- Thing one;',
      '5. Essential Knowledge, Skills and Abilities:',
      '- Knowledge of Arabic language.',
    ].join('\n');

  it('refuses posts × call-wide requirements past the limit before building them (2,000 × 2,000 in 95 KB)', () => {
    const refs = Array.from({ length: 2000 }, (_, i) => String(100000 + i)).join(', ');
    const wide = Array.from({ length: 2000 }, (_, i) => `Label${i} – Candidates must have ${i}.`).join('\n');
    const text = annex(`LIB ${refs}\tAdviser\tTripoli\tASAP`, wide, block(`LIB ${refs}`, 2000));
    expect(() => parseEeasAnnex(text, name)).toThrow(
      `hostile.txt:2011: expected at most ${MAX_REQUIREMENTS.toLocaleString('en')} requirements over all its posts, call-wide ones counted in each post (2,000 posts of 2,002 call-wide requirements each: this is no call's annex)`,
    );
  });

  it('reads a block of 30,000 distinct task sections', () => {
    const names = Array.from({ length: 30_000 }, (_, i) =>
      Array.from(i.toString(26).padStart(4, '0'), (c) =>
        String.fromCharCode(97 + Number.parseInt(c, 26)),
      ).join(''),
    );
    const sections = names.map((n) => `3. X${n} Tasks and Responsibilities\n- Task.`).join('\n');
    const call = parseEeasAnnex(
      annex('LIB 1234\tAdviser\tTripoli\tASAP', '', block('LIB 1234', 1, sections)),
      name,
    );
    expect(call.positions[0]!.tasks).toHaveLength(30_000);
    expect(call.positions[0]!.tasks.at(-1)).toEqual({
      heading: `3. X${names.at(-1)} Tasks and Responsibilities`,
      items: ['Task.'],
    });
  });
});

describe('ISD and CILC posts', () => {
  const isd = source('isd-programmes-lead-western-balkans.txt');

  it('reads a person-specification cell of 100,000 "<li" and a responsibility after 150,000 "*" as text', () => {
    const stars = `${'*'.repeat(150_000)}x`;
    const text = isd
      .replace(/^Key Responsibilities$/m, `Key Responsibilities\n1. Hostile\n- ${stars}`)
      .replace(/^(\s*Essential\s*\tDesirable\s*)$/m, `$1\nHostile\t${'<li'.repeat(100_000)}\t`);
    const position = parseIsdJobDescription(text, name).positions[0]!;
    // clean drops "**" emphasis: the stars go, "x" stays.
    expect(position.tasks.find((t) => t.heading === '1. Hostile')?.items).toEqual(['x']);
    const items = position.requirements.status === 'published' ? position.requirements.items : [];
    expect(items.find((r) => r.section === 'Hostile')?.text).toBe('<li'.repeat(100_000));
  });

  const cilc = source('cilc-western-balkans-advisors-2023.txt');

  it('reads the deadline sentence after a deadline line of 150,000 characters without a full stop', () => {
    const text = cilc.replace(/^To read more/m, `Our deadline ${'x'.repeat(150_000)}\nTo read more`);
    expect(() => parseCilcPost(text, name)).toThrow(
      `expected a deadline date (Our deadline ${'x'.repeat(150_000)})`,
    );
  });

  it('refuses an announcement of 30,000 "and"s without the countries, and mentions of the project without one', () => {
    const text = cilc.replace(
      /^In the framework[^\n]*/m,
      `${'In the framework of the project: '.repeat(10_000)}\nWe are looking for two Advisors${' and Bb Cc'.repeat(30_000)}`,
    );
    expect(() => parseCilcPost(text, name)).toThrow(
      'expected a sentence "looking for <n> <posts> and <n> <posts> (<countries>)"',
    );
  });
});

describe('choosing the parser', () => {
  it('reads a first line of 100,000 "// " without "call for" as no CILC post', () => {
    const text = `x${'// '.repeat(100_000)}\nmore`;
    expect(() => parseSource(text, name)).toThrow(
      'hostile.txt:1: expected an EEAS "Requirements and Job Descriptions" annex, an ISD job description or a CILC call post',
    );
    expect(parseSource(source('cilc-western-balkans-advisors-2023.txt'), name).format).toBe('cilc-post');
  });
});
