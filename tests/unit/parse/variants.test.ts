import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '@/utils/parse/deadline';
import { parseEeasAnnex } from '@/utils/parse/eeas-annex';
import { SourceParseError } from '@/utils/parse/errors';
import { ROOT, source } from './helpers';

const variants = readFileSync(join(ROOT, 'tests/fixtures/sources/eeas-variants.txt'), 'utf8');

describe('EEAS label variants', () => {
  const call = parseEeasAnnex(variants, { file: 'eeas-variants.txt', originalName: 'eeas-variants.txt' });

  it('reads Staff/Contract Regime, Reference/Ref. number, Level of Security Clearance, headings without colon, 3.1/3.2 and other ref formats', () => {
    expect([call.id, call.mission, call.callCode]).toEqual(['eumm-georgia-3-2024', 'EUMM Georgia', '3-2024']);
    expect(
      call.positions.map((p) => [
        p.ref,
        p.title,
        p.regime,
        p.vacancies,
        p.securityClearance,
        p.openToContributingThirdStates,
        p.group,
      ]),
    ).toEqual([
      [
        'GEO 123',
        'Monitor',
        'seconded-contracted',
        { confirmed: 1, pending: 1 },
        'EU CONFIDENTIAL',
        true,
        'Seconded/ Contracted',
      ],
      [
        'VN 001/2025',
        'Senior Analyst',
        'seconded-contracted',
        { confirmed: 1, pending: 0 },
        'EU SECRET',
        false,
        'Seconded/ Contracted',
      ],
    ]);
    expect(call.positions[0]!.tasks.map((t) => t.heading)).toEqual([
      '3.1 General Tasks and Responsibilities',
      '3.2 Core Responsive Tasks and Responsibilities',
    ]);
    expect(call.positions[0]!.reportingLine).toBe('The Monitor reports to the Head of Field Office.');
    expect(call.positions[1]!.availability).toEqual({
      kind: 'date',
      date: '2024-10-01',
      text: '01 October 2024',
    });
  });

  it('reads "(CET)" in July as Brussels summer time and "12.00 noon"', () => {
    expect(call.deadline.status === 'published' && call.deadline.deadline.instant).toBe(
      '2024-07-09T10:00:00Z',
    );
  });

  it('reads "must be in" as a hard field rule', () => {
    const items =
      call.positions[1]!.requirements.status === 'published' ? call.positions[1]!.requirements.items : [];
    expect(items.find((r) => r.id.endsWith(':eqe-1'))!.facets).toEqual([
      {
        kind: 'education',
        minEqf: 7,
        fields: ['Political Science'],
        fieldRule: 'must',
        relatedFieldsAccepted: false,
        alternatives: [],
      },
    ]);
  });
});

describe('parseDeadlines', () => {
  it.each([
    ['Thursday, 25 June 2026, at 17:00 (Brussels time)', 2026, ['2026-06-25T15:00:00Z']],
    ['15 January 2026 at 17h00 (CET)', null, ['2026-01-15T16:00:00Z']],
    ['12 September at 1700 (CET)', 2024, ['2024-09-12T15:00:00Z']],
    [
      'Deadline for applications are 25 and 30 August 2023.',
      null,
      ['2023-08-25T21:59:00Z', '2023-08-30T21:59:00Z'],
    ],
  ] as const)('%s', (text, year, instants) => {
    expect(parseDeadlines(text, 'Europe/Brussels', year).map((d) => d.instant)).toEqual(instants);
  });
});

describe('malformed annexes', () => {
  const parse = (text: string) => () => parseEeasAnnex(text, { file: 'bad.txt', originalName: 'bad.txt' });

  it('names the file, the line and what was expected', () => {
    const withoutBlock = variants.replace(/Position: Senior Analyst[\s\S]*$/, '');
    expect(parse(withoutBlock)).toThrow(
      new SourceParseError('bad.txt', 9, 'a "Position:" block for VN 001/2025'),
    );
    const noRef = variants.replace('Reference: GEO 123', 'Reference: ???');
    expect(parse(noRef)).toThrowError(/bad\.txt:23: expected a reference number/);
    expect(parse('Hello world')).toThrowError(/bad\.txt:1: expected a title line/);
  });

  it('throws nothing but SourceParseError on thousands of random mutations, or returns a valid call', async () => {
    const { Call } = await import('@/utils/schema/call');
    const texts = [source('eeas-eulex-kosovo-2-2026-annex1.txt'), variants];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let parsed = 0;
    let rejected = 0;
    for (let i = 0; i < 1200; i++) {
      const lines = texts[i % texts.length]!.split('\n');
      const at = Math.floor(random() * lines.length);
      const mode = i % 3;
      if (mode === 0) lines.splice(at, 1 + Math.floor(random() * 5));
      else if (mode === 1) lines.splice(at, 0, ...lines.slice(at, at + 1 + Math.floor(random() * 3)));
      else lines.length = at;
      try {
        const call = parseEeasAnnex(lines.join('\n'), { file: 'fuzz.txt', originalName: 'fuzz.txt' });
        expect(Call.safeParse(call).success).toBe(true);
        parsed++;
      } catch (error) {
        expect(error).toBeInstanceOf(SourceParseError);
        rejected++;
      }
    }
    expect(parsed + rejected).toBe(1200);
    expect(rejected).toBeGreaterThan(0);
  }, 60_000);
});
