/**
 * `npm run bench`: prints every performance figure of the extension (median, min, max over repeated
 * runs) and writes them as JSON to bench-results/bench.json. Builds the extension itself.
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance as clock } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { rankPositions } from '../utils/fit/rank';
import { createLookup } from '../utils/lookup';
import { parseProfileFile } from '../utils/profile/file';
import type { Call, LookupIndex } from '../utils/schema/call';
import { EXTENSION_DIR, launchWithExtension, launchWithoutExtension, ROOT } from './browser';
import { round, type Stats, stats } from './stats';
import { syntheticBundle } from './synthetic-bundle';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const results: Record<string, Stats | number> = {};
const row = (name: string, value: Stats | number, unit: string) => {
  results[`${name} (${unit})`] = value;
  const show = (n: number) => String(round(n, 3));
  console.log(
    typeof value === 'number'
      ? `${name.padEnd(58)} ${show(value).padStart(10)} ${unit}`
      : `${name.padEnd(58)} ${show(value.median).padStart(10)} ${unit}  (min ${show(value.min)}, max ${show(value.max)}, ${value.runs} runs)`,
  );
};
const time = (fn: () => void, runs = RUNS) =>
  stats(
    Array.from({ length: runs }, () => {
      const start = clock.now();
      fn();
      return clock.now() - start;
    }),
  );

// The timings need the performance marks (utils/bench-marks.ts) that production builds drop; the
// production build is made first for the sizes and restored at the end.
const build = (bench: boolean) =>
  execSync('npx wxt build', {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, VACANCY_FIT_BENCH: bench ? '1' : '0' },
  });

// Sizes, of the production build.
build(false);
const contentScript = readFileSync(join(EXTENSION_DIR, 'vacancy.js'));
row('content script, raw', contentScript.length / 1024, 'KB');
row('content script, gzipped', gzipSync(contentScript).length / 1024, 'KB');
const dirSize = (dir: string): number =>
  readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? dirSize(path) : statSync(path).size);
  }, 0);
row('whole extension (chrome-mv3)', dirSize(EXTENSION_DIR) / 1024, 'KB');
// Page loads are timed on the production build (the marks cost main-thread time of their own).
const PRODUCTION_DIR = join(ROOT, 'bench-results', 'production-extension');
rmSync(PRODUCTION_DIR, { recursive: true, force: true });
cpSync(EXTENSION_DIR, PRODUCTION_DIR, { recursive: true });

// The timings need the performance marks that production builds drop.
build(true);

// Fit throughput and lookup scale.
const calls = readdirSync(join(ROOT, 'data', 'calls')).map(
  (name) => JSON.parse(readFileSync(join(ROOT, 'data', 'calls', name), 'utf8')) as Call,
);
const index = JSON.parse(readFileSync(join(ROOT, 'data', 'lookup.json'), 'utf8')) as LookupIndex;
const profileFile = parseProfileFile(readFileSync(join(ROOT, 'examples', 'profile.example.json'), 'utf8'));
if (!profileFile.ok) throw new Error('examples/profile.example.json is invalid');
const profile = profileFile.profile;
const now = new Date('2026-06-01T00:00:00Z');
const positions = calls.reduce((n, call) => n + call.positions.length, 0);
row(
  `assess 1 profile x ${positions} bundled positions`,
  time(() => calls.forEach((c) => void rankPositions(c, profile, {}, now))),
  'ms',
);

const eulex = calls.find((call) => call.id === 'eulex-kosovo-2-2026')!;
/** Heap in use after a full collection (npm run bench passes --expose-gc), so the rows are not GC noise. */
const heapUsed = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};
const heapStart = heapUsed();
const synthetic = syntheticBundle(eulex, 5000);
const heapBefore = heapUsed();
row(
  'synthetic bundle in memory, 5,000 calls / 50,000 positions',
  (heapBefore - heapStart) / 1024 / 1024,
  'MB',
);
const bigLookup = createLookup(synthetic.index);
row('lookup index memory, 5,000 calls', (heapUsed() - heapBefore) / 1024 / 1024, 'MB');
const smallLookup = createLookup(index);
const page = {
  site: 'eeas' as const,
  title: 'EULEX Kosovo 2-2026 Call for Contributions',
  text: `Deadline for applications: Thursday, 25 June 2026. ${eulex.signals.refs.join(', ')}`,
};
const url = new URL('https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en');
const synthUrl = new URL('https://www.eeas.europa.eu/eusyn/x_en');
const target = synthetic.calls[4321]!;
const synthPage = { ...page, title: target.title, text: target.signals.refs.slice(0, 2).join(', ') };
row(
  'lookup, 3 calls',
  time(() => smallLookup(url, page), 200),
  'ms',
);
row(
  'lookup, 5,000 calls',
  time(() => bigLookup(synthUrl, synthPage), 200),
  'ms',
);
// Pages that name no reference or call code (ISD, CILC): matched by their heading.
const titleOnly = createLookup({
  ...synthetic.index,
  calls: synthetic.index.calls.map((entry, i) => ({
    ...entry,
    callCode: null,
    refs: [],
    titles: [`job ${i}`],
  })),
});
const titlePage = { site: 'eeas' as const, title: 'Job 4321', text: '' };
row(
  'lookup by exact title only, 5,000 calls',
  time(() => titleOnly(synthUrl, titlePage), 200),
  'ms',
);
row(
  'lookup by a heading that contains a title, 5,000 calls (scan)',
  time(() => titleOnly(synthUrl, { ...titlePage, title: 'Vacancy: Job 4321 (closed)' }), 200),
  'ms',
);
row(
  'assess 1 profile x 50,000 synthetic positions',
  time(() => synthetic.calls.forEach((c) => void rankPositions(c, profile, {}, now)), 3),
  'ms',
);

// In Chromium: page-load overhead (interleaved A/B), detection time, time to sidebar painted.
const VACANCY = [
  'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en',
  'https://strongcitiesnetwork.org/careers/programmes-lead-western-balkans/',
  'https://cilc.nl/western-balkans-call-for-international-and-national-advisors/',
];
const OTHER = [
  'https://www.eeas.europa.eu/eeas/vacancies_en',
  'https://cilc.nl/western-balkans-kick-off-regional-project-migrant-smuggling/',
];
const withExt = await launchWithExtension();
const production = await launchWithExtension({ extensionDir: PRODUCTION_DIR });
// Same browser, settings and routes, no extension: the only difference is the extension.
const plain = await launchWithoutExtension();
// The floor: an extension whose content script, on the same hosts, is one empty statement.
const floor = await launchWithExtension({ extensionDir: emptyContentScriptExtension() });
// The profile makes the sidebar do its full work.
async function importExampleProfile(browser: typeof withExt): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('#profile-import').setInputFiles(join(ROOT, 'examples', 'profile.example.json'));
  await options.getByText('Imported and saved').waitFor();
  await options.close();
}
await importExampleProfile(withExt);
await importExampleProfile(production);

interface LoadRun {
  load: number;
  marks: Record<string, number>;
  /** Main-thread time of the page's renderer (CDP Performance.getMetrics), in ms. */
  script: number;
  task: number;
}

async function loadTime(context: typeof plain.context, target: string): Promise<LoadRun> {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.goto(target, { waitUntil: 'load' });
  await tab.waitForTimeout(300);
  const result = await tab.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
    return { load: nav.loadEventEnd - nav.startTime, marks };
  });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  await tab.close();
  return { ...result, script: metric('ScriptDuration'), task: metric('TaskDuration') };
}

/** Loads `target` in both contexts, alternating which goes first. */
async function abPair(x: typeof plain.context, y: typeof plain.context, target: string, run: number) {
  if (run % 2 === 0) {
    const first = await loadTime(x, target);
    return [first, await loadTime(y, target)] as const;
  }
  const first = await loadTime(y, target);
  return [await loadTime(x, target), first] as const;
}

for (const [label, urls] of [
  ['vacancy pages', VACANCY],
  ['other pages of the hosts', OTHER],
] as const) {
  const a: number[] = [];
  const b: number[] = [];
  const detect: number[] = [];
  const empty: number[] = [];
  const overFloor: number[] = [];
  const script = { ext: [] as number[], floor: [] as number[] };
  const task = { ext: [] as number[], floor: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    for (const target of urls) {
      const [ext, base] = await abPair(production.context, plain.context, target, i);
      a.push(ext.load);
      b.push(base.load);
      const [floorRun, floorBase] = await abPair(floor.context, plain.context, target, i);
      empty.push(floorRun.load - floorBase.load);
      // Paired with the floor run of the same round: our cost above an empty content script.
      overFloor.push(ext.load - base.load - (floorRun.load - floorBase.load));
      script.ext.push(ext.script);
      script.floor.push(floorRun.script);
      task.ext.push(ext.task);
      task.floor.push(floorRun.task);
      const { marks } = await loadTime(withExt.context, target);
      const start = marks['vacancy-fit:start'];
      const end = marks['vacancy-fit:detected'] ?? marks['vacancy-fit:exit'];
      if (start !== undefined && end !== undefined) detect.push(end - start);
    }
  }
  row(`page load with / without extension, ${label}`, stats(a.map((v, i) => v / b[i]!)), 'ratio');
  row(`page load added by the extension, ${label}`, stats(a.map((v, i) => v - b[i]!)), 'ms');
  row(`page load without extension, ${label}`, stats(b), 'ms');
  row(`page load added by an empty content script (floor), ${label}`, stats(empty), 'ms');
  row(`page load added above the floor (paired), ${label}`, stats(overFloor), 'ms');
  row(`main-thread ScriptDuration, extension, ${label}`, stats(script.ext), 'ms');
  row(`main-thread ScriptDuration, floor, ${label}`, stats(script.floor), 'ms');
  row(`main-thread TaskDuration, extension, ${label}`, stats(task.ext), 'ms');
  row(`main-thread TaskDuration, floor, ${label}`, stats(task.floor), 'ms');
  if (detect.length > 0) row(`detection time, ${label}`, stats(detect), 'ms');
  else console.log(`detection time, ${label}: no marks in the build`);
}

// The sidebar paints in its own (extension) document: both marks are compared as absolute times.
// Paired, round by round, with the frame floor (this build with a sidebar page that paints
// nothing and only marks) and, when BENCH_PAINT_BASELINE names a built extension (the last
// in-page sidebar, commit 2a8b8d5), with that build.
const absoluteMark = (name: string) => {
  const mark = performance.getEntriesByName(name)[0];
  return mark ? performance.timeOrigin + mark.startTime : null;
};
async function paintTime(context: typeof plain.context): Promise<number> {
  const tab = await context.newPage();
  await tab.goto(VACANCY[0]!);
  const start = await (
    await tab.waitForFunction(absoluteMark, 'vacancy-fit:start', { timeout: 10_000 })
  ).jsonValue();
  let end: number | null = null;
  while (end === null) {
    // In the page for an in-page sidebar, else in the sidebar's frame.
    end = await tab.evaluate(absoluteMark, 'vacancy-fit:painted');
    const frame = tab.frames().find((f) => f.url().includes('/sidebar.html'));
    if (end === null && frame)
      end = await frame.evaluate(absoluteMark, 'vacancy-fit:painted').catch(() => null);
    if (end === null) await tab.waitForTimeout(5);
  }
  await tab.close();
  return end - start!;
}
const paintRuns: { label: string; context: typeof plain.context; times: number[] }[] = [
  { label: 'this build', context: withExt.context, times: [] },
];
const frameFloor = await launchWithExtension({ extensionDir: frameFloorExtension() });
paintRuns.push({ label: 'frame floor (empty sidebar page)', context: frameFloor.context, times: [] });
const baselineDir = process.env.BENCH_PAINT_BASELINE;
const baseline = baselineDir ? await launchWithExtension({ extensionDir: baselineDir }) : null;
if (baseline) {
  await importExampleProfile(baseline);
  paintRuns.push({ label: 'baseline build', context: baseline.context, times: [] });
}
for (let i = 0; i < RUNS; i++) {
  for (const run of paintRuns) run.times.push(await paintTime(run.context));
}
for (const run of paintRuns) {
  row(`content-script start to sidebar painted, EULEX call page, ${run.label}`, stats(run.times), 'ms');
}
for (const run of paintRuns.slice(1)) {
  row(
    `paint, this build / ${run.label} (per-round ratio)`,
    stats(paintRuns[0]!.times.map((t, i) => t / run.times[i]!)),
    'ratio',
  );
}
await frameFloor.close();
await baseline?.close();

// Reading an annex document in the extension: "Check a call from a file", from the drop of the
// EULEX 2-2026 PDF to its report.
const annexPdf = readFileSync(join(ROOT, 'tests', 'fixtures', 'annexes', 'eulex-kosovo-2-2026-annex1.pdf'));
const readTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const check = await withExt.context.newPage();
  await check.goto(`chrome-extension://${withExt.extensionId}/check.html`);
  const transfer = await check.evaluateHandle(
    (data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'annex.pdf', { type: 'application/pdf' }));
      return dt;
    },
    [...annexPdf],
  );
  const started = await check.evaluate(() => performance.now());
  await check.dispatchEvent('[data-part="drop-zone"]', 'drop', { dataTransfer: transfer });
  await check.getByText('Read from your file.').waitFor({ timeout: 60_000 });
  readTimes.push((await check.evaluate(() => performance.now())) - started);
  await check.close();
}
row('read the EULEX annex PDF (37 pages) in the extension, drop to report', stats(readTimes), 'ms');
await withExt.close();
await production.close();
await plain.close();
await floor.close();
build(false);

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const out = join(ROOT, 'bench-results', 'bench.json');
writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), runs: RUNS, results }, null, 2)}\n`);
console.log(`\nWritten to ${out}`);

function emptyContentScriptExtension(): string {
  const dir = join(ROOT, 'bench-results', 'empty-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0.0',
      background: { service_worker: 'worker.js' },
      content_scripts: manifest.content_scripts.map((script: { matches: string[] }) => ({
        matches: script.matches,
        run_at: 'document_idle',
        js: ['empty.js'],
      })),
    }),
  );
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(join(dir, 'empty.js'), ';');
  return dir;
}

/** This build with a sidebar page that only marks "painted": the cost of the extension frame itself. */
function frameFloorExtension(): string {
  const dir = join(ROOT, 'bench-results', 'frame-floor-extension');
  rmSync(dir, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(
    join(dir, 'sidebar.html'),
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/floor.js"></script></head><body></body></html>',
  );
  writeFileSync(join(dir, 'floor.js'), "performance.mark('vacancy-fit:painted');");
  return dir;
}
