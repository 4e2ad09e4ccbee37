import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '@/utils/parse/bundle';
import { parseEeasAnnex } from '@/utils/parse/eeas-annex';
import { parseSource } from '@/utils/parse/index';
import { Call } from '@/utils/schema/call';
import { readSources } from '../../../scripts/sources';
import { ROOT, source } from './helpers';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/sources', name), 'utf8');
const parse = (name: string, text = fixture(name)) =>
  parseEeasAnnex(text, { file: name, originalName: name });
const items = (call: Call, i: number) => {
  const r = call.positions[i]!.requirements;
  return r.status === 'published' ? r.items : [];
};

/** What a content script gets from textContent: CRLF, non-breaking spaces, runs of spaces for tabs. */
const asPageText = (text: string) =>
  text.replace(/\t/g, '   ').replace(/: /g, ':\u00a0').replace(/\n/g, '\r\n');

describe('EEAS label variants (EUMM Georgia fixture)', () => {
  const call = parse('eeas-variants.txt');

  it('reads Staff/Contract Regime, Reference/Ref. number, Level of Security Clearance, headings without colon, 3.1/3.2 and other ref formats', () => {
    expect(Call.safeParse(call).success).toBe(true);
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
        p.postCategoryContracted,
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
        'Expert',
      ],
      [
        'VN 001/2025',
        'Senior Analyst',
        'seconded-contracted',
        { confirmed: 1, pending: 0 },
        'EU SECRET',
        false,
        'Seconded/ Contracted',
        null,
      ],
    ]);
    expect(call.positions[0]!.tasks.map((t) => t.heading)).toEqual([
      '3.1 General Tasks and Responsibilities',
      '3.2 Core Responsive Tasks and Responsibilities',
    ]);
    expect(call.positions[1]!.tasks.map((t) => t.heading)).toEqual([
      '3.1 General Tasks and Responsibilities:',
      '3.2 Core Responsive Tasks and Responsibilities:',
    ]);
    expect(call.positions[0]!.reportingLine).toBe('The Monitor reports to the Head of Field Office.');
    expect(call.positions[1]!.availability).toEqual({
      kind: 'date',
      date: '2024-10-01',
      text: '01 October 2024',
    });
  });

  it('reads "(CET)" in July as Brussels summer time and "12.00 noon"', () => {
    expect(call.deadline).toEqual({
      status: 'published',
      deadline: {
        instant: '2024-07-09T10:00:00Z',
        zone: 'Europe/Brussels',
        text: '09/07/2024 at 12.00 noon (CET)',
      },
    });
  });

  it('reads "must be in" as a hard field rule', () => {
    expect(items(call, 1).find((r) => r.id.endsWith(':eqe-1'))!.facets).toEqual([
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

describe('EEAS page-text variants (EUCAP Somalia fixture: spaces for tabs, headings without colon, • · * bullets)', () => {
  const call = parse('eucap-somalia-page-text.txt');

  it('reads the header and both posts', () => {
    expect([call.id, call.mission, call.callCode]).toEqual([
      'eucap-somalia-1-2025',
      'EUCAP Somalia',
      '1-2025',
    ]);
    expect(
      call.positions.map((p) => [
        p.ref,
        p.title,
        p.regime,
        p.group,
        p.vacancies,
        p.securityClearance,
        p.availability,
      ]),
    ).toEqual([
      [
        'SOM 012',
        'Maritime Security Adviser',
        'seconded',
        'Seconded',
        { confirmed: 1, pending: 0 },
        'EU CONFIDENTIAL',
        { kind: 'date', date: '2025-03-01', text: '01 March 2025' },
      ],
      [
        'SOM 0345',
        'Mission Security Officer',
        'contracted',
        'Contracted',
        { confirmed: 1, pending: 1 },
        'NOT REQUIRED',
        { kind: 'asap', text: 'ASAP' },
      ],
    ]);
    expect(call.positions[1]!.postCategoryContracted).toBe('Mission Support Staff - Management Level (MSML)');
    expect(call.positions[0]!.tasks.map((t) => [t.heading, t.items])).toEqual([
      ['2. Main Tasks and Responsibilities', ['To advise Somali maritime authorities;', 'To draft reports.']],
      ['3. General Tasks and Responsibilities', ['To contribute to lessons learned.']],
    ]);
  });

  it('takes the missing deadline year from the call code, in Brussels winter time', () => {
    expect(call.deadline.status === 'published' && call.deadline.deadline.instant).toBe(
      '2025-01-15T16:00:00Z',
    );
  });

  it('reads "out of which:" parts without indentation, and inline parts', () => {
    const own = items(call, 0).filter((r) => !r.callWide && r.section !== 'Position header');
    expect(own.map((r) => [r.id.split(':').pop(), r.parentId?.split(':').pop()])).toEqual([
      ['eqe-1', undefined],
      ['eqe-2', undefined],
      ['eqe-3', 'eqe-2'],
      ['eqe-4', 'eqe-2'],
      ['eksa-1', undefined],
      ['eksa-2', undefined],
      ['dqe-1', undefined],
    ]);
    expect(own[3]!.facets).toEqual([
      { kind: 'experience', years: 2, scope: 'domain', domains: ['security'], afterQualification: true },
    ]);
    const inline = items(call, 1).find((r) => r.id.endsWith(':eqe-2.1'))!;
    expect([inline.text, inline.parentId, inline.facets]).toEqual([
      'a minimum of 2 years at management level',
      'eucap-somalia-1-2025:som-0345:eqe-2',
      [{ kind: 'experience', years: 2, scope: 'management', domains: [], afterQualification: true }],
    ]);
  });
});

describe('EEAS minimal variant (EUBAM Libya fixture: "Ref.:", Contract Regime, "at 1700", no year)', () => {
  const call = parse('eubam-libya-minimal.txt');

  it('reads the post, the deadline and the clearance requirement', () => {
    expect(call.id).toBe('eubam-libya-3-2024');
    expect(call.deadline.status === 'published' && call.deadline.deadline.instant).toBe(
      '2024-09-12T15:00:00Z',
    );
    const position = call.positions[0]!;
    expect([position.ref, position.regime, position.securityClearance, position.availability]).toEqual([
      'LIB 1234',
      'seconded-contracted',
      'EU SECRET',
      { kind: 'date', date: '2024-12-01', text: '01 Dec 2024' },
    ]);
    expect(items(call, 0).find((r) => r.section === 'Position header')!.id).toBe(
      'eubam-libya-3-2024:lib-1234:header:security-clearance',
    );
  });
});

describe('text copied from a page', () => {
  it.each(['eeas-variants.txt', 'eucap-somalia-page-text.txt', 'eubam-libya-minimal.txt'])(
    '%s parses the same with CRLF, non-breaking spaces and spaces for tabs',
    (name) => {
      expect(parse(name, asPageText(fixture(name)))).toEqual(parse(name));
    },
  );

  it('the EULEX annex parses the same from page text', () => {
    const text = source('eeas-eulex-kosovo-2-2026-annex1.txt');
    expect(parse('eulex.txt', asPageText(text))).toEqual(parse('eulex.txt', text));
  });
});

describe('a new EEAS annex dropped into data/sources', () => {
  it('is picked by its content and built into the bundle with no code change', async () => {
    const sources = [
      ...(await readSources(join(ROOT, 'data'))),
      {
        file: 'whatever-name.txt',
        originalName: 'download.txt',
        text: fixture('eucap-somalia-page-text.txt'),
      },
    ];
    const bundle = buildBundle(sources);
    expect(bundle.calls.map((c) => c.id)).toContain('eucap-somalia-1-2025');
    expect(bundle.files['calls/eucap-somalia-1-2025.json']).toBeDefined();
    expect(bundle.lookup.calls.find((c) => c.callId === 'eucap-somalia-1-2025')).toMatchObject({
      file: 'calls/eucap-somalia-1-2025.json',
      refs: ['SOM 012', 'SOM 0345'],
      titles: ['eucap somalia 1-2025 call for contributions'],
    });
    expect(
      parseSource(fixture('eubam-libya-minimal.txt'), { file: 'x.txt', originalName: 'x.txt' }).format,
    ).toBe('eeas-annex');
  });
});
