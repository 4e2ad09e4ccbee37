import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, ROOT } from '../../scripts/browser';
import { OptionsPage, URLS } from './pages';
import { screenshotOnFailure, startBrowser } from './setup';
import { SidebarPage } from './sidebar-page';

let browser: LaunchedBrowser | undefined;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('watchlist', () => {
  it('saves from the sidebar, shows it in the popup, changes its status and exports the deadline', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const page = await browser!.context.newPage();
    await page.goto(URLS.eulexCall);
    const sidebar = await SidebarPage.attach(page);
    await sidebar.waitForText('17 posts');
    await sidebar.click('[data-position="ek-60092"] .vf-position-head');
    await sidebar.click('[data-position="ek-60092"] [data-action="save"]');
    await sidebar.waitForText('Saved to watchlist', '[data-position="ek-60092"]');

    const popup = await browser!.context.newPage();
    await popup.goto(`chrome-extension://${browser!.extensionId}/popup.html`);
    const item = popup.locator('[data-item="eulex-kosovo-2-2026/ek-60092"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('.title').innerText()).toBe('Justice Monitor (EK 60092)');
    // 25 June 2026 has passed: the item is listed with the closed ones.
    expect(await popup.locator('.closed-items [data-item]').count()).toBe(1);
    expect(await item.locator('[data-part="deadline"]').innerText()).toContain(
      'Thu 25 Jun 2026, 17:00 Brussels time',
    );

    await item.getByLabel('Status').selectOption('applied');
    await popup.reload();
    await expect.poll(() => popup.locator('[data-item] select').inputValue()).toBe('applied');

    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Export deadlines (.ics)' }).click();
    const path = await (await download).path();
    const ics = readFileSync(path, 'utf8');
    expect(ics).toContain('DTSTART:20260625T150000Z');
    expect(ics).toContain('SUMMARY:Deadline: Justice Monitor (EK 60092)');
    await page.close();
    await popup.close();
  });

  it('updates the open sidebar when a profile is imported, and refuses a bad file without changing anything', async () => {
    const page = await browser!.context.newPage();
    await page.goto(URLS.eulexCall);
    const sidebar = await SidebarPage.attach(page);
    await sidebar.waitForText('Create your profile');
    expect(await sidebar.count('[data-part="eligibility"]')).toBe(0);

    const options = await OptionsPage.open(browser!.context, browser!.extensionId);
    await options.importProfileText('broken.json', '{"version": 2}');
    expect(await options.importErrors()).toContain('Profile file version 2 is not supported');
    await page.waitForTimeout(300);
    expect(await sidebar.count('[data-part="eligibility"]')).toBe(0);

    await options.importProfile(join(ROOT, 'examples', 'profile.example.json'));
    await sidebar.waitForText('not eligible', '[data-part="ranking-summary"]');
    expect(await sidebar.count('[data-part="eligibility"]')).toBe(17);
    await options.page.close();
    await page.close();
  });
});
