import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, type LaunchedBrowser, ROOT } from '../../scripts/browser';
import { rankPositions } from '../../utils/fit/rank';
import { parseSource } from '../../utils/parse/index';
import { parseProfileFile } from '../../utils/profile/file';
import { OptionsPage } from './pages';
import { screenshotOnFailure, startBrowser } from './setup';
import { SidebarPage } from './sidebar-page';

/*
 * A call of the annex format that is neither in the bundle nor EULEX (EUMM Georgia 4-2026,
 * tests/fixtures/annexes/README.md): read in the browser from the Word or PDF annex a call page
 * links and from both inline page shapes, it ranks exactly as its text parsed in Node.
 */
const PROFILE = join(ROOT, 'examples', 'profile.example.json');
const ANNEXES = join(ROOT, 'tests', 'fixtures', 'annexes');
const PAGES = join(FIXTURE_DIR, 'eeas');
const EEAS = 'https://www.eeas.europa.eu';
const URLS = {
  linked: `${EEAS}/eumm-georgia/eumm-georgia-4-2026-call-contributions_en`,
  docx: `${EEAS}/sites/default/files/documents/2026/EUMM%20Georgia%204-2026%20Annex%201%20-%20Requirements%20and%20Job%20Descriptions.docx`,
  linkedPdf: `${EEAS}/eumm-georgia/eumm-georgia-4-2026-call-contributions_en?s=410`,
  pdf: `${EEAS}/sites/default/files/documents/2026/EUMM%20Georgia%204-2026%20Annex%201%20-%20Requirements%20and%20Job%20Descriptions.pdf`,
  table: `${EEAS}/eumm-georgia/eumm-georgia-4-2026-call-contributions-requirements_en`,
  paragraphs: `${EEAS}/eumm-georgia/eumm-georgia-4-2026-call-contributions-requirements_en?page_lang=en`,
} as const;
const HEADER = 'European Union Monitoring Mission in Georgia · Call 4-2026 · 6 posts, 7 vacancies';

/** The posts in the order the engine ranks them for the example profile, from the fixture text. */
function expectedTitles(): string[] {
  const name = 'eumm-georgia-4-2026-annex1.txt';
  const call = parseSource(readFileSync(join(ANNEXES, name), 'utf8'), { file: name, originalName: name });
  const profile = parseProfileFile(readFileSync(PROFILE, 'utf8'));
  if (!profile.ok) throw new Error('examples/profile.example.json is invalid');
  return rankPositions(call, profile.profile, {}, new Date()).map((a) => a.title);
}

let browser: LaunchedBrowser | undefined;
beforeAll(async () => {
  const linkedDocx = readFileSync(join(PAGES, 'eumm-georgia-4-2026-call-linked-docx.html'), 'utf8');
  browser = await startBrowser({
    // The same call page, linking the PDF the Word file was exported to.
    pages: { [URLS.linkedPdf]: linkedDocx.replace(URLS.docx, URLS.pdf).replace('(Word)', '(PDF)') },
    files: {
      [URLS.pdf]: join(ANNEXES, 'eumm-georgia-4-2026-annex1.pdf'),
      [URLS.linked]: join(PAGES, 'eumm-georgia-4-2026-call-linked-docx.html'),
      [URLS.docx]: join(ANNEXES, 'eumm-georgia-4-2026-annex1.docx'),
      [URLS.table]: join(PAGES, 'eumm-georgia-4-2026-inline.html'),
      [URLS.paragraphs]: join(PAGES, 'eumm-georgia-4-2026-inline-p-tabs.html'),
    },
  });
  const options = await OptionsPage.open(browser.context, browser.extensionId);
  await options.importProfile(PROFILE);
  await options.page.getByText('Imported and saved').waitFor();
  await options.page.close();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('another call of the annex format, EUMM Georgia 4-2026', () => {
  for (const [name, url, source] of [
    ['the Word annex a call page links', URLS.linked, 'read from the published annex'],
    ['the PDF annex a call page links', URLS.linkedPdf, 'read from the published annex'],
    ['the annex inline as tables', URLS.table, 'read from this page'],
    ['the annex inline as one paragraph per line with tabs', URLS.paragraphs, 'read from this page'],
  ] as const) {
    it(`gets the full ranked report from ${name}`, async (ctx) => {
      screenshotOnFailure(() => browser, ctx.task.name);
      const page = await browser!.context.newPage();
      await page.goto(url);
      const sidebar = await SidebarPage.attach(page);
      const text = await sidebar.waitForText(source, undefined, 30_000);
      expect(text).toContain(HEADER);
      expect(text).toContain('Wed 13 Jan 2027, 17:00 Brussels time');
      expect(await sidebar.texts('.vf-position-title')).toEqual(expectedTitles());
      await page.close();
    }, 60_000);
  }
});
