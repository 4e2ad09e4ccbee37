import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, ROOT } from '../../scripts/browser';
import { ANNEX_FILES, ANNEX_URLS, OptionsPage } from './pages';
import { screenshotOnFailure, startBrowser } from './setup';
import { SidebarPage } from './sidebar-page';

const PROFILE = join(ROOT, 'examples', 'profile.example.json');
const ANNEXES = join(ROOT, 'tests', 'fixtures', 'annexes');
/** The example persona on the EULEX annex (the 7-2026 copy carries the same posts as 2-2026). */
const SUMMARY = '11 meet all decided · 2 eligible if · 4 not eligible';

let browser: LaunchedBrowser | undefined;
beforeAll(async () => {
  browser = await startBrowser({ files: ANNEX_FILES });
  // A cookie for the publisher's site: the annex request must not carry it.
  await browser.context.addCookies([
    { name: 'session', value: 'secret', domain: 'www.eeas.europa.eu', path: '/', secure: true },
  ]);
  const options = await OptionsPage.open(browser.context, browser.extensionId);
  await options.importProfile(PROFILE);
  await options.page.getByText('Imported and saved').waitFor();
  await options.page.close();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const extensionRequests = () => browser!.requests.filter((r) => r.fromExtension);

describe('annex documents', () => {
  it('a call page not in the bundle that links its PDF annex gets the full ranked report, read once', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const page = await browser!.context.newPage();
    await page.goto(ANNEX_URLS.linkedAnnexCall);
    const sidebar = await SidebarPage.attach(page);
    const text = await sidebar.waitForText('read from the published annex', undefined, 30_000);
    expect(text).toContain('EULEX Kosovo 7-2026 Call for Contributions');
    expect(text).toContain(
      'European Union Rule of Law Mission in Kosovo · Call 7-2026 · 17 posts, 18 vacancies',
    );
    expect(text).toContain(SUMMARY);
    expect(text).toContain('Thu 25 Jun 2026, 17:00 Brussels time');
    expect(await sidebar.count('[data-position]')).toBe(17);
    await page.reload();
    await (await SidebarPage.attach(page)).waitForText('read from the published annex', undefined, 30_000);
    const requests = extensionRequests();
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${ANNEX_URLS.linkedAnnexPdf}`]);
    expect(requests[0]!.headers).toBeDefined();
    expect(
      Object.keys(requests[0]!.headers!).filter((h) => /^(cookie|referer|authorization)$/i.test(h)),
    ).toEqual([]);
    await page.close();
  }, 90_000);

  it('the PDF opened on its own: the badge counts the posts the profile can apply to, the popup shows the report', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const popup = await browser!.context.newPage();
    await popup.goto(`chrome-extension://${browser!.extensionId}/popup.html`);
    const pdf = await browser!.context.newPage();
    await pdf.goto(ANNEX_URLS.linkedAnnexPdf).catch(() => undefined);
    await pdf.bringToFront();
    const badge = async () =>
      browser!.serviceWorker.evaluate(async (url) => {
        type Chrome = {
          tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
          action: {
            getBadgeText(d: { tabId: number }): Promise<string>;
            getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
          };
        };
        const api = (globalThis as unknown as { chrome: Chrome }).chrome;
        const tab = (await api.tabs.query({})).find((t) => t.url === url);
        if (tab?.id === undefined) return null;
        const color = await api.action.getBadgeBackgroundColor({ tabId: tab.id });
        return `${await api.action.getBadgeText({ tabId: tab.id })} ${color.join(',')}`;
      }, ANNEX_URLS.linkedAnnexPdf);
    // The example persona: 11 posts meet all her profile decides, 2 eligible if, 4 closed to her.
    await expect.poll(badge, { timeout: 30_000 }).toBe('13 26,127,55,255');
    // The popup of the PDF's tab: reloaded while the PDF is the active tab.
    await popup.reload();
    const slot = popup.locator('[data-part="tab-fit"]');
    await slot.getByText('Read from the published annex.').waitFor({ timeout: 30_000 });
    expect(await slot.locator('h2').textContent()).toBe(
      'This tab: EULEX Kosovo 7-2026 Call for Contributions',
    );
    expect(await slot.locator('li').count()).toBe(17);
    await popup.close();
    await pdf.close();
  }, 90_000);

  it('a dropped Word annex gets the report, read on the machine', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const before = extensionRequests().length;
    const page = await browser!.context.newPage();
    await page.goto(`chrome-extension://${browser!.extensionId}/check.html`);
    const bytes = [...readFileSync(join(ANNEXES, 'eulex-kosovo-7-2026-annex1.docx'))];
    const transfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'eulex-kosovo-7-2026-annex1.docx'));
      return dt;
    }, bytes);
    await page.dispatchEvent('[data-part="drop-zone"]', 'drop', { dataTransfer: transfer });
    const sidebar = page.locator('[data-part="sidebar"]');
    await sidebar.getByText('Read from your file.').waitFor({ timeout: 30_000 });
    const text = await sidebar.innerText();
    expect(text).toContain('Call 7-2026 · 17 posts, 18 vacancies');
    expect(text).toContain(SUMMARY);
    expect(await page.locator('[data-position]').count()).toBe(17);
    expect(extensionRequests().length).toBe(before);
    await page.close();
  }, 90_000);

  it('a page whose linked PDF is not an annex says so', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const page = await browser!.context.newPage();
    await page.goto(ANNEX_URLS.nonAnnexCall);
    const sidebar = await SidebarPage.attach(page);
    const text = await sidebar.waitForText('is not a call', undefined, 30_000);
    expect(text).toContain(
      '"Privacy statement - selection procedures.pdf", linked from this page, is not a call\'s requirements annex: Privacy statement - selection procedures.pdf:1: expected an EEAS "Requirements and Job Descriptions" annex, an ISD job description or a CILC call post',
    );
    await page.close();
  }, 60_000);
});
