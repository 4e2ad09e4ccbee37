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

/** The extension APIs as the service worker sees them (this file is not typed against them). */
type WorkerGlobal = {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
    alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  };
};

describe('reminder settings', () => {
  it('are written as one settings item and the worker plans the daily digest from them', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const options = await OptionsPage.open(browser!.context, browser!.extensionId);
    const section = options.page.getByRole('region', { name: 'Deadline reminders' });
    await section.getByLabel('14 days before').check();
    await section.getByLabel('3 hours before').uncheck();
    await section.getByLabel('A daily digest of saved posts closing within a week').check();
    await section.getByLabel('Digest time (your time)').selectOption('7');
    const worker = browser!.serviceWorker;
    const state = () =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as WorkerGlobal;
        const alarms = await chrome.alarms.getAll();
        const digest = alarms.find((a) => a.name === 'digest');
        return {
          settings: (await chrome.storage.local.get('reminderSettings')).reminderSettings,
          // 07:00 in the browser's zone (Europe/Brussels in these tests).
          digestAt: digest
            ? new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeStyle: 'short' }).format(
                digest.scheduledTime,
              )
            : null,
        };
      });
    await expect.poll(state).toEqual({
      settings: { offsets: [20160, 10080, 2880, 1440], digest: { enabled: true, hour: 7 } },
      digestAt: '07:00',
    });
    await options.page.reload();
    expect(await section.getByLabel('Digest time (your time)').inputValue()).toBe('7');
    expect(await section.getByLabel('14 days before').isChecked()).toBe(true);
    expect(await section.getByLabel('3 hours before').isChecked()).toBe(false);
  });
});
