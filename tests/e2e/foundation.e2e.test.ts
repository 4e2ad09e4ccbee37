import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LaunchedBrowser } from '../../scripts/browser';
import { screenshotOnFailure, startBrowser } from './setup';
import { extensionTraces, SidebarPage } from './sidebar-page';

const CALL_URL = 'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en';

let browser: LaunchedBrowser | undefined;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('content script mounting', () => {
  it('mounts the sidebar frame, in a closed shadow root, on an EEAS vacancy page', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const page = await browser!.context.newPage();
    await page.goto(CALL_URL);
    const sidebar = await SidebarPage.attach(page);
    await sidebar.waitForMounted();
    expect(await extensionTraces(page)).toEqual({ frames: 1, elements: ['div'] });
    expect(
      await page.evaluate(() => document.documentElement.lastElementChild?.shadowRoot ?? null),
    ).toBeNull();
    expect(await sidebar.waitForText('EULEX Kosovo 2-2026')).toContain('Vacancy Fit');
    await page.close();
  });

  it.each([
    ['the EEAS vacancies listing', 'https://www.eeas.europa.eu/eeas/vacancies_en'],
    [
      'a filtered EEAS vacancies listing',
      'https://www.eeas.europa.eu/eeas/vacancies_en?f%5B0%5D=vacancy_site%3ACSDP%20missions',
    ],
    [
      'an unofficial mirror outside the host list',
      'https://eeas.eu.com/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en',
    ],
  ])('does not mount on %s', async (name, url) => {
    const page = await browser!.context.newPage();
    await page.goto(url);
    await page.waitForLoadState('load');
    // The content script runs at document_idle; give it time to (wrongly) mount.
    await page.waitForTimeout(1000);
    expect(await extensionTraces(page), name).toEqual({ frames: 0, elements: [] });
    await page.close();
  });
});

describe('extension pages', () => {
  it('opens the popup', async () => {
    const page = await browser!.context.newPage();
    await page.goto(`chrome-extension://${browser!.extensionId}/popup.html`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Vacancy Fit');
    await page.close();
  });

  it('opens the options page', async () => {
    const page = await browser!.context.newPage();
    await page.goto(`chrome-extension://${browser!.extensionId}/options.html`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Your profile');
    await page.close();
  });
});
