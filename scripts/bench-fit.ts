/**
 * Times assessing one profile against every position in the bundle.
 * Run: npx tsx scripts/bench-fit.ts [runs]   (default 200 runs after 20 warm-up runs)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cilcVerbatim, eulexVerbatim, isdVerbatim } from '../tests/unit/fit/fixtures/verbatim-calls';
import { assessPosition } from '../utils/fit/assess';
import { parseProfileFile } from '../utils/profile/file';
import { Call } from '../utils/schema/call';

const root = resolve(import.meta.dirname, '..');
const callsDir = join(root, 'data', 'calls');
const bundled = existsSync(callsDir)
  ? readdirSync(callsDir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => Call.parse(JSON.parse(readFileSync(join(callsDir, name), 'utf8'))))
  : [];
// Without a generated bundle, time the verbatim-text fixtures the persona tests use.
const calls = bundled.length > 0 ? bundled : [eulexVerbatim, isdVerbatim, cilcVerbatim];
const positions = calls.flatMap((call) => call.positions.map((position) => ({ call, position })));

const file = parseProfileFile(readFileSync(join(root, 'examples', 'profile.example.json'), 'utf8'));
if (!file.ok) throw new Error(`examples/profile.example.json is invalid: ${JSON.stringify(file.errors)}`);
const profile = file.profile;
const now = new Date('2026-06-01T00:00:00Z');

function assessAll(): number {
  let requirements = 0;
  for (const { call, position } of positions) {
    requirements += assessPosition(call, position, profile, {}, now).requirements.length;
  }
  return requirements;
}

const runs = Number(process.argv[2] ?? 200);
for (let i = 0; i < 20; i++) assessAll();
const times: number[] = [];
let requirements = 0;
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  requirements = assessAll();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median =
  times.length % 2
    ? times[(times.length - 1) / 2]!
    : (times[times.length / 2 - 1]! + times[times.length / 2]!) / 2;
const ms = (x: number) => `${x.toFixed(3)} ms`;
const source = bundled.length > 0 ? 'data/calls' : 'verbatim test fixtures (no data/calls yet)';
console.log(
  `[${source}] Assessed 1 profile against ${positions.length} positions (${requirements} requirements) in ${calls.length} calls, ${runs} runs:`,
);
console.log(`  median ${ms(median)}   min ${ms(times[0]!)}   max ${ms(times[times.length - 1]!)}`);
