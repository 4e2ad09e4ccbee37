import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, ROOT } from '../../scripts/browser';
import { OptionsPage, URLS } from './pages';
import { screenshotOnFailure, startBrowser } from './setup';
import { extensionTraces, SidebarPage } from './sidebar-page';

const PROFILE = join(ROOT, 'examples', 'profile.example.json');
/** The fit engine's verdicts for the example persona, with no answers given (see tests/unit/fit). */
const SUMMARY = '11 meet all decided · 2 eligible if · 4 not eligible';
const EK_60092_EXPLANATION =
  "Essentials met 2 of 2 known, desirables met 1 of 1 known (this post's own): 0.7 × 100% + 0.3 × 100% = 100";

let browser: LaunchedBrowser | undefined;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openSidebar(url: string): Promise<SidebarPage> {
  const page = await browser!.context.newPage();
  await page.goto(url);
  const sidebar = await SidebarPage.attach(page);
  await sidebar.waitForMounted();
  return sidebar;
}

describe('sidebar without a profile', () => {
  it('lists the call, its 17 positions and an invitation to create a profile', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const sidebar = await openSidebar(URLS.eulexCall);
    const text = await sidebar.waitForText('Create your profile');
    expect(text).toContain(
      'European Union Rule of Law Mission in Kosovo · Call 2-2026 · 17 posts, 18 vacancies',
    );
    expect(text).toContain('Thu 25 Jun 2026, 17:00 Brussels time');
    expect(await sidebar.count('[data-position]')).toBe(17);
    // Requirements are listed even without a profile.
    await sidebar.click('[data-position="ek-60092"] .vf-position-head');
    const detail = await sidebar.waitForText('ESSENTIAL (', '[data-position="ek-60092"]');
    expect(detail).toContain('The qualification should be in Law');
    await sidebar.page.close();
  });

  it('opens the one position a single-post notice names, first and expanded', async () => {
    const sidebar = await openSidebar(URLS.eulexNotice);
    await sidebar.waitForText('ESSENTIAL (');
    const titles = await sidebar.texts('.vf-position-title');
    expect(titles[0]).toBe('Justice Monitor');
    expect(await sidebar.count('[data-position="ek-60092"] .vf-detail')).toBe(1);
    await sidebar.page.close();
  });

  it('says a recognised call is not in the bundled data and reads the annex on the page', async () => {
    const sidebar = await openSidebar(URLS.eubamNotInBundle);
    const text = await sidebar.waitForText('read from this page');
    expect(text).toContain('Not in the bundled data');
    expect(await sidebar.texts('.vf-position-title')).toEqual([
      'Border Management Adviser',
      'Mission Security Officer',
    ]);
    expect(await sidebar.text('[data-part="deadline"]')).toContain('closed');
    await sidebar.page.close();
  });

  it('uses the bundle for a call page that carries the annex inline', async () => {
    const sidebar = await openSidebar(URLS.eulexInline);
    const text = await sidebar.waitForText('17 posts, 18 vacancies');
    expect(text).not.toContain('read from this page');
    await sidebar.page.close();
  });

  it('shows the ISD job with no deadline published', async () => {
    const sidebar = await openSidebar(URLS.isdJob);
    const text = await sidebar.waitForText('No deadline published');
    expect(await sidebar.texts('.vf-position-title')).toEqual(['Programmes Lead, Western Balkans']);
    expect(text).toContain('You can set one when you save the post to your watchlist.');
    await sidebar.page.close();
  });

  it('shows the CILC posts with no requirements published and two possible deadlines', async () => {
    const sidebar = await openSidebar(URLS.cilcCall);
    const text = await sidebar.waitForText('Two possible deadlines');
    expect(text).toContain('7 posts, 9 vacancies');
    await sidebar.click('.vf-position-head');
    expect(await sidebar.text('[data-part="no-requirements"]')).toMatch(/no requirements/i);
    await sidebar.page.close();
  });

  it('does not mount on a CILC news post', async () => {
    const page = await browser!.context.newPage();
    await page.goto(URLS.cilcNews);
    await page.waitForTimeout(1000);
    expect(await extensionTraces(page)).toEqual({ frames: 0, elements: [] });
    await page.close();
  });

  it('collapses to a tab that stays collapsed after a reload, and expands again', async () => {
    const sidebar = await openSidebar(URLS.eulexCall);
    await sidebar.waitForText('17 posts');
    await sidebar.click('[data-action="collapse"]');
    // The tab fills the collapsed frame (44 × 200 px, 40% down the right edge): no transparent
    // part of the frame takes the page's clicks.
    expect(await sidebar.waitForText('Vacancy Fit', '[data-action="expand"]')).toBe('Vacancy Fit');
    await expect
      .poll(() => sidebar.box('[data-action="expand"]'))
      .toEqual({ x: 1280 - 44, y: 360, width: 44, height: 200 });
    await sidebar.page.reload();
    await sidebar.waitForMounted();
    expect(await sidebar.waitForText('Vacancy Fit', '[data-action="expand"]')).toBe('Vacancy Fit');
    await sidebar.click('[data-action="expand"]');
    await sidebar.waitForText('17 posts');
    await sidebar.page.close();
  });
});

describe('single-page navigation', () => {
  it('mounts when the URL changes without a reload and the vacancy arrives late', async () => {
    const page = await browser!.context.newPage();
    await page.goto('https://www.eeas.europa.eu/eeas/missions-and-operations_en');
    await page.waitForTimeout(500);
    expect(await extensionTraces(page)).toEqual({ frames: 0, elements: [] });
    await page.click('#open-call');
    const sidebar = await SidebarPage.attach(page);
    await sidebar.waitForMounted();
    expect(await sidebar.waitForText('17 posts, 18 vacancies')).toContain('EULEX Kosovo 2-2026');
    expect(await sidebar.count('.vf-detail')).toBe(0);
    // On to another vacancy of the same site: a new frame shows the new page's view, never the last.
    await page.click('#open-notice');
    const notice = await SidebarPage.attach(page);
    await notice.waitForText('ESSENTIAL (');
    expect((await notice.texts('.vf-position-title'))[0]).toBe('Justice Monitor');
    expect(await notice.count('[data-position="ek-60092"] .vf-detail')).toBe(1);
    expect(await extensionTraces(page)).toEqual({ frames: 1, elements: ['div'] });
    await page.close();
  });
});

describe('hostile page', () => {
  it('keeps the sidebar unreadable to page scripts and visible despite hostile CSS', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const sidebar = await openSidebar(URLS.hostile);
    await sidebar.waitForText('17 posts');
    const probe = await sidebar.page.evaluate(() =>
      (window as unknown as { __probe: () => Record<string, unknown> }).__probe(),
    );
    expect(probe.hostFound).toBe(true);
    expect(probe.shadowRoot).toBe('null');
    expect(probe.hostText).toBe('|');
    // The frame's geometry, nothing else.
    expect(probe.hostAttributes).toEqual(['style']);
    expect(String(probe.documentText)).not.toContain('17 posts');
    expect(String(probe.documentText)).not.toContain('Create your profile');
    expect(
      await sidebar.page.evaluate(() => (window as unknown as { __stolenRoots?: unknown[] }).__stolenRoots),
    ).toBeUndefined();
    expect(
      await sidebar.page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    const box = await sidebar.box('.vf-panel');
    expect(box.width).toBeGreaterThanOrEqual(380);
    expect(box.height).toBe(900);
    expect(box.x + box.width).toBe(1280);
    await sidebar.page.close();
  });
});

describe('with a profile imported', () => {
  it('ranks the 17 EULEX positions and shows the fit verdicts', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const options = await OptionsPage.open(browser!.context, browser!.extensionId);
    await options.importProfile(PROFILE);
    await expect.poll(() => options.importMessage()).toContain('Imported and saved the profile');
    const sidebar = await openSidebar(URLS.eulexCall);
    const summary = await sidebar.waitForText('not eligible', '[data-part="ranking-summary"]');
    expect(await sidebar.count('[data-position] [data-part="eligibility"]')).toBe(17);
    // The example persona (EU national, Master's in Law 2014) against the engine's verdicts.
    expect(summary).toBe(SUMMARY);
    // Hard-gate status first: the post built for the persona is within the first three, with its headline.
    expect((await sidebar.texts('.vf-position-title')).slice(0, 3)).toContain('Justice Monitor');
    expect(await sidebar.text('[data-position="ek-60092"] [data-part="headline"]')).toBe(
      'You meet all 6 requirements your profile can decide · 22 statements left for you to confirm (17 essential)',
    );
    await sidebar.page.screenshot({ path: 'screenshots/e2e/sidebar-headline.png' });
    await sidebar.click('[data-position="ek-60092"] .vf-position-head');
    const detail = await sidebar.waitForText('Essentials met', '[data-position="ek-60092"]');
    expect(detail).toContain(EK_60092_EXPLANATION);
    await options.page.close();
    await sidebar.page.close();
  });
});
