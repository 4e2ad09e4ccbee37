import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, type LaunchedBrowser, ROOT } from '../../scripts/browser';
import { ANNEX_FILES, ANNEX_URLS, OptionsPage, URLS } from './pages';
import { startBrowser } from './setup';
import { SidebarPage } from './sidebar-page';

let browser: LaunchedBrowser | undefined;
beforeAll(async () => {
  browser = await startBrowser({ files: ANNEX_FILES });
  await browser.context.addCookies([
    { name: 'session', value: 'secret', domain: 'www.eeas.europa.eu', path: '/', secure: true },
  ]);
});
afterAll(async () => {
  await browser?.close();
});

describe('privacy', () => {
  it('asks for exactly the documented permissions and loads no remote code', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications']);
    expect(manifest.host_permissions).toEqual([
      'https://eeas.europa.eu/*',
      'https://www.eeas.europa.eu/*',
      'https://isdglobal.org/*',
      'https://www.isdglobal.org/*',
      'https://strongcitiesnetwork.org/*',
      'https://www.strongcitiesnetwork.org/*',
      'https://cilc.nl/*',
      'https://www.cilc.nl/*',
    ]);
    // Only the sidebar page, only for the publisher hosts, only through the per-session URL.
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['sidebar.html'], matches: manifest.host_permissions, use_dynamic_url: true },
    ]);
    expect(JSON.stringify(manifest)).not.toMatch(
      /https?:\/\/(?!(www\.)?(eeas\.europa\.eu|isdglobal\.org|strongcitiesnetwork\.org|cilc\.nl)\/\*)/,
    );
  });

  it('makes one request in a full session: the credential-less GET of the annex a page links, on its host', async () => {
    const options = await OptionsPage.open(browser!.context, browser!.extensionId);
    await options.importProfile(join(ROOT, 'examples', 'profile.example.json'));
    await options.page.getByText('Imported and saved').waitFor();
    for (const url of [
      URLS.eulexCall,
      URLS.eulexNotice,
      URLS.eubamNotInBundle,
      ANNEX_URLS.linkedAnnexCall,
      URLS.isdJob,
      URLS.cilcCall,
    ]) {
      const page = await browser!.context.newPage();
      await page.goto(url);
      const sidebar = await SidebarPage.attach(page);
      await sidebar.waitForText('Vacancy Fit');
      if (url === ANNEX_URLS.linkedAnnexCall)
        await sidebar.waitForText('read from the published annex', undefined, 30_000);
      if (url === URLS.eulexNotice) {
        await sidebar.waitForText('Essentials met');
        await sidebar.click('[data-action="save"]');
        await sidebar.waitForText('Saved to watchlist');
      }
      await page.waitForTimeout(300);
      await page.close();
    }
    const popup = await browser!.context.newPage();
    await popup.goto(`chrome-extension://${browser!.extensionId}/popup.html`);
    await popup.getByRole('heading', { name: 'Vacancy Fit' }).waitFor();
    const pageRequests = browser!.requests.filter((r) => !r.fromExtension);
    expect(pageRequests.length).toBeGreaterThanOrEqual(6);
    const own = browser!.requests.filter((r) => r.fromExtension);
    expect(own.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${ANNEX_URLS.linkedAnnexPdf}`]);
    // The page's host, and nothing that identifies the user: no cookie, referrer or credentials.
    expect(new URL(own[0]!.url).host).toBe(new URL(ANNEX_URLS.linkedAnnexCall).host);
    expect(
      Object.keys(own[0]!.headers ?? { missing: '' }).filter((h) =>
        /^(cookie|referer|authorization|missing)$/i.test(h),
      ),
    ).toEqual([]);
  }, 90_000);

  it('passes web-ext lint for Firefox with 0 errors and only the known library warnings', () => {
    execSync('npx wxt build -b firefox', { cwd: ROOT, stdio: 'ignore' });
    const report = JSON.parse(
      execSync('npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted --output json', {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as { errors: unknown[]; warnings: { code: string; file: string }[] };
    expect(report.errors).toEqual([]);
    // Preact's innerHTML support and zod's optional eval fast path (unused under the extension CSP);
    // data_collection_permissions, which Firefox for Android reads from 142 on (desktop from 140, the
    // minimum); pdf.js in the background (the annex reader) and in the chunk the check page and the
    // options page's Europass reader share: its font compiler's new Function, disabled by
    // isEvalSupported: false, and innerHTML in display code the readers never run. Anything new
    // fails here.
    // Shared chunks are named after whichever module Rollup picks (schema, text-file…): not checked.
    const where = (file: string) =>
      file.replace(/-[\w-]{8}\.js$/, '.js').replace(/^chunks\/.*\.js$/, 'chunks/*.js');
    expect(report.warnings.map((w) => `${w.code} ${where(w.file)}`).sort()).toEqual([
      ...Array<string>(8).fill('DANGEROUS_EVAL background.js'),
      ...Array<string>(8).fill('DANGEROUS_EVAL chunks/*.js'),
      'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION manifest.json',
      ...Array<string>(2).fill('UNSAFE_VAR_ASSIGNMENT background.js'),
      ...Array<string>(3).fill('UNSAFE_VAR_ASSIGNMENT chunks/*.js'),
    ]);
  }, 300_000);
});
