import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCilcPost } from '@/utils/parse/cilc-post';
import { parseEeasAnnex } from '@/utils/parse/eeas-annex';
import { SourceParseError } from '@/utils/parse/errors';
import { parseSource } from '@/utils/parse/index';
import { parseIsdJobDescription } from '@/utils/parse/isd-job-description';
import { Call } from '@/utils/schema/call';
import { ROOT, source } from './helpers';

/** mulberry32: a small seeded generator, so a failing mutation can be replayed from its seed. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(text: string, random: () => number): string {
  const lines = text.split('\n');
  const operations = 1 + Math.floor(random() * 3);
  for (let k = 0; k < operations; k++) {
    const at = Math.floor(random() * lines.length);
    const kind = Math.floor(random() * 4);
    if (kind === 0) lines.splice(at, 1 + Math.floor(random() * 4));
    else if (kind === 1) lines.splice(at, 0, ...lines.slice(at, at + 1 + Math.floor(random() * 3)));
    else if (kind === 2) lines.length = Math.max(1, at);
    // Truncate inside a line too: a copy cut off mid-sentence.
    else lines[at] = (lines[at] ?? '').slice(0, Math.floor(random() * (lines[at] ?? '').length));
  }
  return lines.join('\n');
}

type Parser = (text: string, name: { file: string; originalName: string }) => Call;

const CASES: [label: string, text: string, parser: Parser, runs: number][] = [
  ['EULEX annex', source('eeas-eulex-kosovo-2-2026-annex1.txt'), parseEeasAnnex, 500],
  [
    'EEAS variants fixture',
    readFileSync(join(ROOT, 'tests/fixtures/sources/eeas-variants.txt'), 'utf8'),
    parseEeasAnnex,
    200,
  ],
  ['ISD job description', source('isd-programmes-lead-western-balkans.txt'), parseIsdJobDescription, 400],
  ['CILC post', source('cilc-western-balkans-advisors-2023.txt'), parseCilcPost, 400],
  ['any source through content sniffing', source('cilc-western-balkans-advisors-2023.txt'), parseSource, 100],
];

describe('parsers on randomly damaged sources (line deletions, duplications, truncations)', () => {
  it.each(CASES)(
    '%s: a valid call or a SourceParseError, nothing else',
    (_label, text, parser, runs) => {
      const outcomes = { parsed: 0, rejected: 0 };
      for (let seed = 1; seed <= runs; seed++) {
        const mutated = mutate(text, generator(seed));
        try {
          const call = parser(mutated, { file: 'fuzz.txt', originalName: 'fuzz.txt' });
          const check = Call.safeParse(call);
          if (!check.success)
            throw new Error(`seed ${seed}: invalid call ${check.error.message.slice(0, 300)}`);
          outcomes.parsed++;
        } catch (error) {
          if (!(error instanceof SourceParseError)) throw new Error(`seed ${seed}: ${String(error)}`);
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.file).toBe('fuzz.txt');
          outcomes.rejected++;
        }
      }
      expect(outcomes.parsed + outcomes.rejected).toBe(runs);
      expect(outcomes.rejected).toBeGreaterThan(0);
    },
    // 500 full parses of the EULEX annex: ~25 s when the 2-core machine is shared, so a margin.
    90_000,
  );
});
