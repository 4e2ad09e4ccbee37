/** The sidebar in Firefox: where it mounts and where it must not. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FirefoxSession, openSession } from './launch';
import { extensionTraces, SIDEBAR_TRACES, SidebarPage, URLS } from './pages';
import { sleep, Tab } from './tab';

let session: FirefoxSession;
beforeAll(async () => {
  session = await openSession(inject('firefox'));
});
afterAll(async () => {
  await session?.close();
});

describe('where the sidebar mounts', () => {
  it('mounts on the EULEX call page and adds nothing else', async () => {
    const tab = await Tab.open(session, URLS.eulexCall);
    const sidebar = SidebarPage.attach(tab);
    await sidebar.waitForMounted();
    // Closing the tab while the view is on its way would log Firefox's "Promise rejected after
    // context unloaded" for the content script's pending message: wait for it to arrive.
    await sidebar.waitForText('17 posts');
    expect(await extensionTraces(tab)).toEqual(SIDEBAR_TRACES);
    await tab.close();
  });

  it.each([
    ['the EEAS vacancies listing', URLS.eeasListing],
    [
      'a filtered EEAS vacancies listing',
      'https://www.eeas.europa.eu/eeas/vacancies_en?f%5B0%5D=vacancy_site%3ACSDP%20missions',
    ],
    [
      'an unofficial mirror outside the host list',
      'https://eeas.eu.com/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en',
    ],
    ['a CILC news post', URLS.cilcNews],
  ])('leaves no trace on %s', async (_name, url) => {
    const tab = await Tab.open(session, url);
    // The content script runs at document_idle; give it time to (wrongly) mount.
    await sleep(1000);
    expect(await extensionTraces(tab)).toEqual([]);
    await tab.close();
  });
});

describe('single-page navigation', () => {
  it('follows a router from a page that is not a vacancy to a call, then on to a notice', async () => {
    const tab = await Tab.open(session, 'https://www.eeas.europa.eu/eeas/missions-and-operations_en');
    await sleep(500);
    expect(await extensionTraces(tab)).toEqual([]);
    await tab.inPage(() => document.getElementById('open-call')?.click());
    const call = SidebarPage.attach(tab);
    await call.waitForMounted();
    await call.waitForText('17 posts, 18 vacancies');
    expect(await call.count('.vf-detail')).toBe(0);
    // The router changes the URL first and shows the notice later: a new frame shows the notice.
    await tab.inPage(() => document.getElementById('open-notice')?.click());
    const notice = SidebarPage.attach(tab);
    await notice.waitForText('ESSENTIAL (');
    expect((await notice.texts('.vf-position-title'))[0]).toBe('Justice Monitor');
    expect(await notice.count('[data-position="ek-60092"] .vf-detail')).toBe(1);
    expect(await extensionTraces(tab)).toEqual(SIDEBAR_TRACES);
    await tab.close();
  });
});

async function openSidebar(url: string): Promise<SidebarPage> {
  const sidebar = SidebarPage.attach(await Tab.open(session, url));
  await sidebar.waitForMounted();
  return sidebar;
}

describe('the sidebar without a profile, on every kind of page', () => {
  it('lists the EULEX call, its 17 positions and an invitation to create a profile', async () => {
    const sidebar = await openSidebar(URLS.eulexCall);
    const text = await sidebar.waitForText('Create your profile');
    expect(text).toContain(
      'European Union Rule of Law Mission in Kosovo · Call 2-2026 · 17 posts, 18 vacancies',
    );
    expect(text).toContain('Thu 25 Jun 2026, 17:00 Brussels time');
    expect(await sidebar.count('[data-position]')).toBe(17);
    await sidebar.click('[data-position="ek-60092"] .vf-position-head');
    const detail = await sidebar.waitForText('ESSENTIAL (', '[data-position="ek-60092"]');
    expect(detail).toContain('The qualification should be in Law');
    await sidebar.tab.close();
  });

  it('opens the one position a single-post notice names, first and expanded', async () => {
    const sidebar = await openSidebar(URLS.eulexNotice);
    await sidebar.waitForText('ESSENTIAL (');
    expect((await sidebar.texts('.vf-position-title'))[0]).toBe('Justice Monitor');
    expect(await sidebar.count('[data-position="ek-60092"] .vf-detail')).toBe(1);
    await sidebar.tab.close();
  });

  it('reads a call that is not in the bundled data from the annex on the page', async () => {
    const sidebar = await openSidebar(URLS.eubamNotInBundle);
    const text = await sidebar.waitForText('read from this page');
    expect(text).toContain('Not in the bundled data');
    expect(await sidebar.texts('.vf-position-title')).toEqual([
      'Border Management Adviser',
      'Mission Security Officer',
    ]);
    await sidebar.tab.close();
  });

  it('uses the bundle for a call page that carries the annex inline', async () => {
    const sidebar = await openSidebar(URLS.eulexInline);
    expect(await sidebar.waitForText('17 posts, 18 vacancies')).not.toContain('read from this page');
    await sidebar.tab.close();
  });

  it('shows the ISD job with no deadline published', async () => {
    const sidebar = await openSidebar(URLS.isdJob);
    const text = await sidebar.waitForText('No deadline published');
    expect(await sidebar.texts('.vf-position-title')).toEqual(['Programmes Lead, Western Balkans']);
    expect(text).toContain('You can set one when you save the post to your watchlist.');
    await sidebar.tab.close();
  });

  it('shows the CILC posts with two possible deadlines', async () => {
    const sidebar = await openSidebar(URLS.cilcCall);
    expect(await sidebar.waitForText('Two possible deadlines')).toContain('7 posts, 9 vacancies');
    await sidebar.tab.close();
  });

  it('collapses to a tab that stays collapsed after a reload, and expands again', async () => {
    const sidebar = await openSidebar(URLS.eulexCall);
    await sidebar.waitForText('17 posts');
    await sidebar.click('[data-action="collapse"]');
    await sidebar.waitForText('Vacancy Fit', '[data-action="expand"]');
    await sidebar.tab.reload();
    await sidebar.waitForMounted();
    expect(await sidebar.waitForText('Vacancy Fit', '[data-action="expand"]')).toBe('Vacancy Fit');
    await sidebar.click('[data-action="expand"]');
    await sidebar.waitForText('17 posts');
    await sidebar.tab.close();
  });
});

describe('Firefox', () => {
  it('logged no error or warning from any extension context', async () => {
    expect(await session.extensionErrors()).toEqual([]);
  });
});
