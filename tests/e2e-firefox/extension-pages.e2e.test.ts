/**
 * The options page, the popup and the toolbar badge in Firefox ESR with the MV2 build: what a
 * Firefox user sees without the sidebar.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/browser';
import { documentVacancyUrls } from '../../utils/detect/document';
import { type FirefoxSession, openSession } from './launch';
import { OptionsPage, PopupPage } from './pages';
import { onePagePdf } from './pdf';
import { Tab } from './tab';

const PROFILE = join(ROOT, 'examples', 'profile.example.json');
const EULEX_ANNEX_PDF = documentVacancyUrls[0]!;

let session: FirefoxSession;
beforeAll(async () => {
  session = await openSession(inject('firefox'), {
    responses: {
      [EULEX_ANNEX_PDF]: { body: onePagePdf('EULEX Kosovo 2-2026 Annex 1'), contentType: 'application/pdf' },
    },
  });
});
afterAll(async () => {
  await session?.close();
});

describe('toolbar badge on a PDF annex, and the options page', () => {
  it('shows "?" on the EULEX annex PDF while there is no profile', async () => {
    const pdf = await Tab.open(session, EULEX_ANNEX_PDF);
    const popup = await PopupPage.open(session);
    await expect.poll(() => popup.badgeText(EULEX_ANNEX_PDF).catch(String)).toBe('?');
    await popup.tab.close();
    await pdf.close();
  });

  it('refuses a profile file of an unknown version with its error, then imports the example profile', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vacancy-fit-'));
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"version": 2}');
    const options = await OptionsPage.open(session);
    expect(await options.importProfileExpectingError(broken)).toContain(
      'Profile file version 2 is not supported',
    );
    expect(await options.importProfile(PROFILE)).toBe(
      'Imported and saved the profile from profile.example.json.',
    );
    await options.tab.close();
    await rm(dir, { recursive: true });
  });

  it('then shows how many posts of the call the profile can apply to now', async () => {
    const pdf = await Tab.open(session, EULEX_ANNEX_PDF);
    const popup = await PopupPage.open(session);
    // The example persona: of the 17 EULEX posts, 11 meet all her profile decides, 2 are eligible if, 4 are closed to her.
    await expect.poll(() => popup.badgeText(EULEX_ANNEX_PDF).catch(String)).toBe('13');
    expect(await popup.tab.text('main')).toContain('Your watchlist is empty');
    await popup.tab.close();
    await pdf.close();
  });

  it('lists every bundled post in Posts for you, opened from the popup, the one open post first', async () => {
    const popup = await PopupPage.open(session);
    await popup.tab.click('[data-action="posts-for-you"]');
    const posts = await Tab.find(session, `${session.extensionOrigin}/posts.html`);
    // The EULEX (25 June 2026) and CILC (2023) deadlines have passed; the ISD job publishes none.
    expect(await posts.waitForText('[data-part="posts-count"]', '25 posts in 3 calls · 1 open')).toBe(
      '25 posts in 3 calls · 1 open',
    );
    expect(
      await posts.inSandbox(() =>
        [...document.querySelectorAll('[data-post]')].slice(0, 3).map((e) => e.getAttribute('data-post')),
      ),
    ).toEqual([
      'isd-programmes-lead-western-balkans/programmes-lead-western-balkans',
      'eulex-kosovo-2-2026/ek-60092',
      'eulex-kosovo-2-2026/ek-60300',
    ]);
    expect(
      await posts.inSandbox(
        () =>
          document.querySelector('[data-post="eulex-kosovo-2-2026/ek-60092"] [data-part="headline"]')
            ?.textContent,
      ),
    ).toBe(
      'Meets all decided You meet all 6 requirements your profile can decide · relevance 81 · 22 statements left for you to confirm (17 essential)',
    );
    await posts.setValue('[data-action="open-only"]', true);
    await expect.poll(() => posts.count('[data-post]')).toBe(1);
    await posts.close();
    await popup.tab.close();
  });
});

describe('Firefox', () => {
  it('logged no error or warning from any extension context', async () => {
    expect(await session.extensionErrors()).toEqual([]);
  });
});
