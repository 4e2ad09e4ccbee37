/** The sidebar in Firefox: where it mounts and where it must not. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FirefoxSession, openSession } from './launch';
import { extensionTraces, URLS } from './pages';
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
    await tab.waitFor(() => document.querySelector('vacancy-fit-sidebar') !== null, [], 'the sidebar');
    expect(await extensionTraces(tab)).toEqual(['<vacancy-fit-sidebar>']);
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
