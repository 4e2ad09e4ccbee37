/**
 * Privacy in Firefox: the MV2 manifest asks for exactly the documented permissions, and a full
 * session sends nothing to the network. Requests of the MV2 background page bypass BiDi
 * interception, so the test reads the logging proxy every request must pass (Firefox's own
 * service traffic is switched off by prefs in launch.ts, not filtered out here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/browser';
import { FIREFOX_EXTENSION_DIR, type FirefoxSession, openSession } from './launch';
import { OptionsPage, PopupPage, SidebarPage, URLS } from './pages';
import { Tab } from './tab';

let session: FirefoxSession;
beforeAll(async () => {
  session = await openSession(inject('firefox'));
});
afterAll(async () => {
  await session?.close();
});

const HOSTS = [
  'https://eeas.europa.eu/*',
  'https://www.eeas.europa.eu/*',
  'https://isdglobal.org/*',
  'https://www.isdglobal.org/*',
  'https://strongcitiesnetwork.org/*',
  'https://www.strongcitiesnetwork.org/*',
  'https://cilc.nl/*',
  'https://www.cilc.nl/*',
];

describe('privacy in Firefox', () => {
  it('asks for exactly the documented permissions, for Firefox 140 and later', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications', ...HOSTS]);
    expect(manifest.browser_specific_settings.gecko).toEqual({
      id: 'vacancy-fit@vacancyfit.eu',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('sends nothing to the network in a full session (import, five vacancy pages, a save, the popup), and the pages load only what they are', async () => {
    const options = await OptionsPage.open(session);
    await options.importProfile(join(ROOT, 'examples', 'profile.example.json'));
    await options.tab.close();
    // Each page with a line its sidebar shows once its view has arrived.
    const shown: Record<string, string> = {
      [URLS.eulexCall]: '17 posts, 18 vacancies',
      [URLS.eulexNotice]: 'Essentials met',
      [URLS.eubamNotInBundle]: 'read from this page',
      [URLS.isdJob]: 'No deadline published',
      [URLS.cilcCall]: 'Two possible deadlines',
    };
    const pages = Object.keys(shown);
    for (const url of pages) {
      const tab = await Tab.open(session, url);
      const sidebar = SidebarPage.attach(tab);
      await sidebar.waitForMounted();
      await sidebar.waitForText(shown[url]!);
      if (url === URLS.eulexNotice) {
        await sidebar.click('[data-action="save"]');
        await sidebar.waitForText('Saved to watchlist');
      }
      await tab.close();
    }
    const popup = await PopupPage.open(session);
    await popup.tab.close();
    expect(await session.networkRequests()).toEqual([]);
    const loaded = new Set(session.pageRequests.map((r) => r.url));
    const favicons = new Set(pages.map((url) => `${new URL(url).origin}/favicon.ico`));
    expect(loaded).toEqual(new Set([...pages, ...favicons]));
  });

  it('logged no error or warning from any extension context in that session', async () => {
    expect(await session.extensionErrors()).toEqual([]);
  });
});
