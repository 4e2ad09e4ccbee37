/** The profile and the watchlist across the sidebar, the options page and the popup, in Firefox. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/browser';
import { type FirefoxSession, openSession } from './launch';
import { OptionsPage, PopupPage, SidebarPage, URLS } from './pages';
import { Tab } from './tab';

/** The fit engine's verdicts for the example persona, as in the Chromium suite. */
const SUMMARY = '11 meet all decided · 2 eligible if · 4 not eligible';

let session: FirefoxSession;
beforeAll(async () => {
  session = await openSession(inject('firefox'));
});
afterAll(async () => {
  await session?.close();
});

describe('watchlist in Firefox', () => {
  it('updates the open sidebar when a profile is imported in the options page', async () => {
    const sidebar = SidebarPage.attach(await Tab.open(session, URLS.eulexCall));
    await sidebar.waitForMounted();
    await sidebar.waitForText('Create your profile');
    expect(await sidebar.count('[data-part="eligibility"]')).toBe(0);
    const options = await OptionsPage.open(session);
    await options.importProfile(join(ROOT, 'examples', 'profile.example.json'));
    expect(await sidebar.waitForText('not eligible', '[data-part="ranking-summary"]')).toBe(SUMMARY);
    expect(await sidebar.count('[data-part="eligibility"]')).toBe(17);
    await options.tab.close();
    await sidebar.tab.close();
  });

  it('saves from the sidebar, lists it in the popup, changes its status and exports the deadline', async () => {
    const sidebar = SidebarPage.attach(await Tab.open(session, URLS.eulexCall));
    await sidebar.waitForMounted();
    await sidebar.waitForText('17 posts');
    await sidebar.click('[data-position="ek-60092"] .vf-position-head');
    await sidebar.click('[data-position="ek-60092"] [data-action="save"]');
    await sidebar.waitForText('Saved to watchlist', '[data-position="ek-60092"]');

    const popup = await PopupPage.open(session);
    const item = popup.item('eulex-kosovo-2-2026/ek-60092');
    expect(await popup.tab.text(`${item} .title`)).toBe('Justice Monitor (EK 60092)');
    // 25 June 2026 has passed: the item is listed with the closed ones.
    expect(await popup.tab.count('.closed-items [data-item]')).toBe(1);
    expect(await popup.tab.text(`${item} [data-part="deadline"]`)).toContain(
      'Thu 25 Jun 2026, 17:00 Brussels time',
    );

    await popup.tab.setValue(`${item} select`, 'applied');
    await popup.tab.reload();
    await expect
      .poll(() =>
        popup.tab.inSandbox(
          () => document.querySelector<HTMLSelectElement>('[data-item] select')?.value ?? null,
        ),
      )
      .toBe('applied');

    await popup.tab.click('footer button');
    const ics = readFileSync(await popup.tab.waitForDownload('.ics'), 'utf8');
    expect(ics).toContain('DTSTART:20260625T150000Z');
    expect(ics).toContain('SUMMARY:Deadline: Justice Monitor (EK 60092)');
    await popup.tab.close();
    await sidebar.tab.close();
  });

  it('logged no error or warning from any extension context', async () => {
    expect(await session.extensionErrors()).toEqual([]);
  });
});
