// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseSource } from '@/utils/parse/index';
import type { Call } from '@/utils/schema/call';
import { ROOT } from '../parse/helpers';
import { ANNEXES, READ_TIMEOUT, readAnnex } from './helpers';

vi.setConfig({ testTimeout: READ_TIMEOUT });

const bundled = JSON.parse(readFileSync(join(ROOT, 'data/calls/eulex-kosovo-2-2026.json'), 'utf8')) as Call;

async function callFrom(file: string): Promise<Call> {
  const read = await readAnnex(file);
  if (!read.ok) throw new Error(read.error);
  return parseSource(read.text, { file, originalName: file });
}

/** Everything but where the text came from. */
const facts = ({ source: _, ...call }: Call) => call;

describe.each([
  ['eulex-kosovo-2-2026-annex1.docx', 'docx'],
  ['eulex-kosovo-2-2026-annex1.pdf', 'pdf'],
])('the EULEX Kosovo 2-2026 annex as published (%s)', (file, kind) => {
  it(`is read as ${kind}`, async () => {
    const read = await readAnnex(file);
    expect(read.ok && read.kind).toBe(kind);
  });

  it('parses to the bundled call: every position with its requirements, facets, tasks and header fields', async () => {
    const call = await callFrom(file);
    expect(call.source).toEqual({ file, originalName: file });
    expect(call.positions.map((p) => p.ref)).toEqual(bundled.positions.map((p) => p.ref));
    bundled.positions.forEach((position, i) => {
      expect(call.positions[i], position.ref ?? position.id).toEqual(position);
    });
    expect(call.deadline).toEqual(bundled.deadline);
    expect(call.deadline).toEqual({
      status: 'published',
      deadline: expect.objectContaining({ instant: '2026-06-25T15:00:00Z', zone: 'Europe/Brussels' }),
    });
    expect(facts(call)).toEqual(facts(bundled));
  });
});

describe('reading the annex documents', () => {
  it('drops page furniture: no "N/37" page numbers and no Ares stamp in the text of the PDF', async () => {
    const read = await readAnnex('eulex-kosovo-2-2026-annex1.pdf');
    if (!read.ok) throw new Error(read.error);
    expect(read.text).not.toMatch(/^\s*\d+\/37\s*$/m);
    expect(read.text).not.toContain('Ares(2026)');
    expect(read.text.split('\n').slice(0, 9)).toEqual([
      'EUROPEAN EXTERNAL ACTION SERVICE',
      'Annex 1',
      'European Union Rule of Law Mission in Kosovo EULEX 2-2026 Call for Contributions Requirements and Job Descriptions',
      'Organisation:\tEuropean Union Rule of Law Mission in Kosovo',
      'Job location:\tAs indicated below',
      'Employment regime:\tAs indicated below',
      'Job titles/ vacancy notice:\tRef.:\tName of the post:\tLocation:\tAvailability:',
      'Seconded (15)',
      'EK 60021\tExecutive Officer\tPristina\tASAP',
    ]);
  });

  it('rebuilds wrapped table cells and keeps words broken at a line end whole', async () => {
    const read = await readAnnex('eulex-kosovo-2-2026-annex1.pdf');
    if (!read.ok) throw new Error(read.error);
    const lines = read.text.split('\n');
    expect(lines).toContain(
      'EK 60300\tMember of the Human Rights Review Panel (part-time)\tPristina (hybrid)\tASAP',
    );
    expect(lines).toContain(
      'Ref. Number: EK 60021 Confirmed Vacancies: 1 Pending Vacancies: 0\tLocation: Western Balkans Region (Kosovo)\tAvailability: ASAP',
    );
    expect(read.text).toContain('Low to Moderate Threat Non-Family Mission status');
    expect(read.text).toContain('impartiality and self-discipline within the Mission');
    expect(read.text).toContain('computer hard- and software standardisation');
  });

  it('gives the PDF and the Word file the same lines but for a table row split over a page', async () => {
    const [pdf, docx] = await Promise.all([
      readAnnex('eulex-kosovo-2-2026-annex1.pdf'),
      readAnnex('eulex-kosovo-2-2026-annex1.docx'),
    ]);
    if (!pdf.ok || !docx.ok) throw new Error('unreadable');
    const lines = (text: string) =>
      text
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
    const fromPdf = lines(pdf.text);
    const fromDocx = lines(docx.text);
    expect(fromPdf.length).toBe(fromDocx.length + 1);
    const split = fromPdf.findIndex((l) => l.startsWith('Please note: Seconded positions'));
    expect(fromDocx[split - 1]).toBe(`${fromPdf[split - 1]} ${fromPdf[split]}`);
    expect([...fromPdf.slice(0, split - 1), ...fromPdf.slice(split + 1)]).toEqual([
      ...fromDocx.slice(0, split - 1),
      ...fromDocx.slice(split),
    ]);
  });
});

describe('another rendering: the annex as call 7-2026, exported to PDF here with other fonts (42 pages)', () => {
  it('the PDF and the Word file parse to the same call', async () => {
    const [pdf, docx] = await Promise.all([
      callFrom('eulex-kosovo-7-2026-annex1.pdf'),
      callFrom('eulex-kosovo-7-2026-annex1.docx'),
    ]);
    expect(pdf.id).toBe('eulex-kosovo-7-2026');
    expect(pdf.positions.length).toBe(17);
    expect(facts(pdf)).toEqual(facts(docx));
  });
});

describe('another call of the same format: EUMM Georgia 4-2026 (6 posts, GEO refs, a winter deadline)', () => {
  const fromText = () => {
    const file = 'eumm-georgia-4-2026-annex1.txt';
    return parseSource(readFileSync(join(ANNEXES, file), 'utf8'), { file, originalName: file });
  };

  it.each([
    ['eumm-georgia-4-2026-annex1.docx', 'docx'],
    ['eumm-georgia-4-2026-annex1.pdf', 'pdf'],
  ])('%s parses to exactly the call of its text, field by field', async (file, kind) => {
    const read = await readAnnex(file);
    expect(read.ok && read.kind).toBe(kind);
    const call = await callFrom(file);
    const text = fromText();
    expect(call.positions.map((p) => p.ref)).toEqual([
      'GEO HO 19',
      'GEO OC 03a',
      'GEO FO 07',
      'GEO MS 12',
      'GEO AD 05',
      'GEO AD 22',
    ]);
    text.positions.forEach((position, i) => {
      expect(call.positions[i], position.ref!).toEqual(position);
    });
    expect(call.deadline).toEqual({
      status: 'published',
      deadline: {
        instant: '2027-01-13T16:00:00Z',
        zone: 'Europe/Brussels',
        text: 'Wednesday, 13 January 2027 at 17:00 (Brussels time)',
      },
    });
    expect(facts(call)).toEqual(facts(text));
  });

  it('the PDF keeps refs wrapped in their narrow header cells whole ("GEO OC" / "03a")', async () => {
    const read = await readAnnex('eumm-georgia-4-2026-annex1.pdf');
    if (!read.ok) throw new Error(read.error);
    expect(read.text.split('\n').slice(6, 15)).toEqual([
      'Job titles/ vacancy notice:\tRef.:\tName of the post:\tLocation:\tAvailability:',
      'Seconded (4)',
      'GEO HO 19\tSenior Political Adviser\tTbilisi\tASAP',
      'GEO OC 03a\tMonitor\tGori\tASAP',
      'GEO FO 07\tField Security Officer\tZugdidi\t15 Feb 2027',
      'GEO MS 12\tMedical Adviser\tTbilisi\t01 Mar 2027',
      'Seconded/ Contracted (2)',
      'GEO AD 05\tProcurement Officer\tTbilisi\tASAP',
      'GEO AD 22\tCommunication and Information Systems Officer\tTbilisi\tASAP',
    ]);
  });
});
