/** The sidebar in Firefox: where it mounts and where it must not. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FirefoxSession, openSession } from './launch';
import { extensionTraces, SidebarPage, URLS } from './pages';
import { sleep, Tab } from './tab';

let session: FirefoxSession;
beforeAll(async () => {
  session = await openSession(inject('firefox'));
});
afterAll(async () => {
  await session?.close();
});

describe('where the sidebar mounts', () => {
  it('mounts on the EULEX call page', async () => {
    const tab = await Tab.open(session, URLS.eulexCall);
    const sidebar = SidebarPage.attach(tab);
    await sidebar.waitForMounted();
    // Shown (not only mounted): closing the tab with the frame's request in flight makes Firefox
    // log the request's rejection in the unloaded frame.
    await sidebar.waitForText('17 posts, 18 vacancies');
    expect(await extensionTraces(tab)).toEqual(['<div>', 'frame /sidebar.html']);
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

describe('Firefox', () => {
  it('logged no error or warning from any extension context', async () => {
    expect(await session.extensionErrors()).toEqual([]);
  });
});
