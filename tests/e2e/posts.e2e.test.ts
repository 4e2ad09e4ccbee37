import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, ROOT } from '../../scripts/browser';
import { seriousViolations } from './axe';
import { ANNEX_FILES, ANNEX_URLS, OptionsPage, URLS } from './pages';
import { screenshotOnFailure, startBrowser } from './setup';
import { SidebarPage } from './sidebar-page';

let browser: LaunchedBrowser | undefined;
beforeAll(async () => {
  browser = await startBrowser({ files: ANNEX_FILES });
  const options = await OptionsPage.open(browser.context, browser.extensionId);
  await options.importProfile(join(ROOT, 'examples', 'profile.example.json'));
  await options.page.getByText('Imported and saved').waitFor();
  await options.page.close();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/*
 * The fixtures' deadlines (EULEX 25 June 2026, CILC 2023) have passed on any day this suite runs;
 * the ISD job publishes none, so it is the one open post.
 */
describe('Posts for you', () => {
  it('lists the bundled posts and a call read from its annex, open first, linked, filtered to open posts', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const call = await browser!.context.newPage();
    await call.goto(ANNEX_URLS.linkedAnnexCall);
    await (await SidebarPage.attach(call)).waitForText('read from the published annex', undefined, 30_000);
    await call.close();

    const popup = await browser!.context.newPage();
    await popup.goto(`chrome-extension://${browser!.extensionId}/popup.html`);
    const opened = browser!.context.waitForEvent('page');
    await popup.locator('[data-action="posts-for-you"]').click();
    const posts = await opened;
    await posts.locator('[data-part="posts-count"]').waitFor();
    expect(new URL(posts.url()).pathname).toBe('/posts.html');
    expect(await posts.locator('[data-part="posts-count"]').textContent()).toBe(
      '42 posts in 4 calls · 1 open',
    );
    const ids = await posts
      .locator('[data-post]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-post')));
    expect(ids.slice(0, 4)).toEqual([
      'isd-programmes-lead-western-balkans/programmes-lead-western-balkans',
      'eulex-kosovo-2-2026/ek-60092',
      'eulex-kosovo-7-2026/ek-60092',
      'eulex-kosovo-2-2026/ek-60300',
    ]);

    const isd = posts.locator(
      '[data-post="isd-programmes-lead-western-balkans/programmes-lead-western-balkans"]',
    );
    expect(await isd.locator('a').getAttribute('href')).toBe(URLS.isdJob);
    expect(await isd.locator('[data-part="deadline"]').textContent()).toBe(
      'The job description does not give an application deadline.',
    );
    const monitor = posts.locator('[data-post="eulex-kosovo-2-2026/ek-60092"]');
    expect(await monitor.locator('a').textContent()).toBe('EK 60092 · Justice Monitor');
    expect(await monitor.locator('a').getAttribute('href')).toBe(URLS.eulexCall);
    expect(await monitor.locator('[data-part="headline"]').textContent()).toBe(
      'Meets all decided You meet all 6 requirements your profile can decide · relevance 81 · 22 statements left for you to confirm (17 essential)',
    );
    expect(await monitor.locator('[data-part="deadline"]').textContent()).toMatch(
      /^Thu 25 Jun 2026, 17:00 \(your time\)closed \d+ days( \d+ h)? ago$/,
    );
    const fromAnnex = posts.locator('[data-post="eulex-kosovo-7-2026/ek-60092"]');
    expect(await fromAnnex.locator('.post-sub').textContent()).toBe(
      'EULEX Kosovo 7-2026 Call for Contributions · Western Balkans Region (Kosovo) · read from the published annex',
    );
    expect(await fromAnnex.locator('a').getAttribute('href')).toBe(ANNEX_URLS.linkedAnnexCall);
    await posts.screenshot({ path: join(ROOT, 'test-results', 'posts-for-you.png'), fullPage: false });

    await posts.locator('[data-action="open-only"]').check();
    expect(await posts.locator('[data-post]').count()).toBe(1);
    expect(await seriousViolations(posts)).toEqual([]);
    await posts.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(posts)).toEqual([]);
    await posts.close();
    await popup.close();
  }, 90_000);
});
