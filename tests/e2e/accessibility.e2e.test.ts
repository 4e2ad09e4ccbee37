import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, ROOT } from '../../scripts/browser';
import { seriousViolations } from './axe';
import { OptionsPage, URLS } from './pages';
import { startBrowser } from './setup';
import { SidebarPage } from './sidebar-page';

let browser: LaunchedBrowser | undefined;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core)', () => {
  it('options page with a profile has no serious or critical violations', async () => {
    const options = await OptionsPage.open(browser!.context, browser!.extensionId);
    await options.importProfile(join(ROOT, 'examples', 'profile.example.json'));
    await options.page.getByText('Imported and saved').waitFor();
    expect(await seriousViolations(options.page)).toEqual([]);
  });

  it('sidebar: ranked posts, an expanded post with its answer controls, dark scheme and the collapsed tab', async () => {
    const options = await OptionsPage.open(browser!.context, browser!.extensionId);
    await options.importProfile(join(ROOT, 'examples', 'profile.example.json'));
    await options.page.getByText('Imported and saved').waitFor();
    const page = await browser!.context.newPage();
    const results: Record<string, string[]> = {};
    const check = async (name: string, url: string, act?: (sidebar: SidebarPage) => Promise<void>) => {
      await page.goto(url);
      const sidebar = await SidebarPage.attach(page);
      await sidebar.waitForMounted();
      await sidebar.waitForText('11 meet all decided');
      await act?.(sidebar);
      // The sidebar is its own extension page, in a frame: axe checks that document as it is.
      results[name] = await seriousViolations(sidebar.frame());
    };
    await check('call page', URLS.eulexCall, (s) => s.click('[data-position="ek-60021"] .vf-position-head'));
    await check('single-post notice', URLS.eulexNotice);
    await page.emulateMedia({ colorScheme: 'dark' });
    await check('single-post notice, dark', URLS.eulexNotice);
    await check('collapsed tab, dark', URLS.eulexNotice, async (s) => {
      await s.click('[data-action="collapse"]');
      await s.waitForText('Vacancy Fit', '[data-action="expand"]');
    });
    await page.reload(); // the collapsed state is stored: open the sidebar again for later tests
    const reloaded = await SidebarPage.attach(page);
    await reloaded.waitForText('Vacancy Fit', '[data-action="expand"]');
    await reloaded.click('[data-action="expand"]');
    expect(results).toEqual({
      'call page': [],
      'single-post notice': [],
      'single-post notice, dark': [],
      'collapsed tab, dark': [],
    });
  });

  it('popup has no serious or critical violations', async () => {
    const popup = await browser!.context.newPage();
    await popup.goto(`chrome-extension://${browser!.extensionId}/popup.html`);
    await popup.getByRole('heading', { name: 'Vacancy Fit' }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
  });
});
