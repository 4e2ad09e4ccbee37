import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCilcPost } from '@/utils/parse/cilc-post';
import { parseEeasAnnex } from '@/utils/parse/eeas-annex';
import { SourceParseError } from '@/utils/parse/errors';
import { parseSource } from '@/utils/parse/index';
import { parseIsdJobDescription } from '@/utils/parse/isd-job-description';
import { ROOT, source } from './helpers';

const variants = readFileSync(join(ROOT, 'tests/fixtures/sources/eeas-variants.txt'), 'utf8');
const name = { file: 'bad.txt', originalName: 'bad.txt' };

function errorOf(run: () => unknown): SourceParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceParseError) return error;
    throw error;
  }
  throw new Error('expected a SourceParseError');
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('malformed EEAS annexes', () => {
  const eeas = (text: string) => errorOf(() => parseEeasAnnex(text, name));

  it('a header post without its Position block', () => {
    const error = eeas(variants.replace(/Position: Senior Analyst[\s\S]*$/, ''));
    expect([error.file, error.line, error.expected]).toEqual([
      'bad.txt',
      lineOf(variants, '\tVN 001/2025\tSenior Analyst'),
      'a "Position:" block for VN 001/2025',
    ]);
    expect(error.message).toBe(
      `bad.txt:${error.line}: expected a "Position:" block for VN 001/2025 (the header lists it, but the blocks (GEO 123) end at line ${
        variants
          .replace(/Position: Senior Analyst[\s\S]*$/, '')
          .trimEnd()
          .split('\n').length
      } without it: the text is cut off or the block is missing)`,
    );
  });

  it('a Position block with no reference number', () => {
    const error = eeas(variants.replace('Reference: GEO 123', 'Reference: ???'));
    expect([error.line, error.expected]).toEqual([
      lineOf(variants, 'Reference: GEO 123'),
      'a reference number ("Ref. Number: EK 60021")',
    ]);
  });

  it('a group count that does not match its rows', () => {
    const error = eeas(variants.replace('Contracted (2)', 'Contracted (3)'));
    expect([error.line, error.expected, error.detail]).toEqual([
      lineOf(variants, 'Contracted (2)'),
      '3 posts listed under "Seconded/ Contracted (3)"',
      'found 2',
    ]);
  });

  it('a missing essential requirement section', () => {
    const text = variants.replace(
      '5. Essential Knowledge, Skills and Abilities\n\n- Report writing skills;\n',
      '',
    );
    const error = eeas(text);
    expect([error.line, error.expected]).toEqual([
      lineOf(text, 'Position: Monitor'),
      'a "Essential Knowledge, Skills and Abilities" section for GEO 123',
    ]);
  });

  it('a repeated or unknown section heading', () => {
    const repeated = variants.replace(
      '5. Essential Knowledge',
      '4. Essential Qualifications and Experience\n\n- x\n\n5. Essential Knowledge',
    );
    expect(eeas(repeated).expected).toBe('each numbered section once per position');
    const unknown = variants.replace('1. Reporting Line\n', '1. Chain of Command\n');
    expect([eeas(unknown).line, eeas(unknown).expected]).toEqual([
      lineOf(variants, '1. Reporting Line'),
      expect.stringMatching(/^a known section heading/),
    ]);
  });

  it('a header listing a post more often than its block announces vacancies', () => {
    const text = variants
      .replace(
        'GEO 123\tMonitor\tTbilisi\tASAP\n',
        'GEO 123\tMonitor\tTbilisi\tASAP\nGEO 123\tMonitor\tTbilisi\tASAP\n',
      )
      .replace('(2)', '(3)')
      .replace('Pending vacancies: 1', 'Pending vacancies: 0');
    const error = eeas(text);
    expect([error.line, error.expected]).toEqual([
      lineOf(variants, 'GEO 123\tMonitor') + 1,
      'GEO 123 listed in the header at most 1 time(s), as its block announces',
    ]);
  });

  it('no deadline, no title', () => {
    const noDeadline = variants.replace(/Deadline for applications:.*\n/, '');
    expect(eeas(noDeadline).expected).toBe('a "Deadline for applications:" line');
    expect(eeas('Hello world')).toMatchObject({
      line: 1,
      expected:
        'a title with the call code and "Call for Contributions" ("EULEX 2-2026 Call for Contributions")',
    });
  });
});

describe('malformed ISD and CILC texts, unknown formats', () => {
  it('ISD: no person specification table', () => {
    const text = source('isd-programmes-lead-western-balkans.txt').replace(
      '\tEssential\tDesirable',
      'Essential or Desirable',
    );
    const error = errorOf(() => parseIsdJobDescription(text, name));
    expect(error.expected).toBe('the person specification table ("Essential | Desirable")');
    expect(error.line).toBe(text.trimEnd().split('\n').length);
  });

  it('ISD: a continued table row with no row before it', () => {
    const original = source('isd-programmes-lead-western-balkans.txt');
    const text = original.replace(/\nKnowledge, training and qualifications\t[^\n]*\n/, '\n');
    const error = errorOf(() => parseIsdJobDescription(text, name));
    expect(error.expected).toMatch(/^a row name/);
    expect(error.line).toBe(
      lineOf(text, '\t<ul style="list-style-type: none"> • Knowledge of counter-terrorism'),
    );
  });

  it('CILC: no deadline sentence, or a country list that does not match the count', () => {
    const original = source('cilc-western-balkans-advisors-2023.txt');
    const noDeadline = original.replace('Deadline for applications are 25 and 30 August 2023.', '');
    expect(errorOf(() => parseCilcPost(noDeadline, name)).expected).toBe(
      'a sentence with the application deadline',
    );
    const error = errorOf(() => parseCilcPost(original.replace(/six\s+National/, 'seven National'), name));
    expect([error.line, error.expected]).toEqual([3, '7 countries for the National Advisors']);
  });

  it('an unknown format', () => {
    expect(errorOf(() => parseSource('Just some text\nwith lines', name))).toMatchObject({
      file: 'bad.txt',
      line: 1,
      expected: expect.stringMatching(/EEAS .* annex, an ISD job description or a CILC call post/),
    });
  });
});
