/**
 * Hostile pages (issue 7, bad input): a huge and deep DOM, markup injected into titles and
 * reference lines, odd encodings, a page that replaces DOM and built-in prototypes before the
 * extension runs, and a huge hostile page that is not a vacancy. Each page has one exact expected
 * outcome, and none of them may log an error that comes from the extension.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, ROOT } from '../../scripts/browser';
import { OptionsPage } from './pages';
import { screenshotOnFailure, startBrowser } from './setup';
import { SidebarPage } from './sidebar-page';

const PROFILE = join(ROOT, 'examples', 'profile.example.json');
const SCREENSHOTS = join(ROOT, 'test-results', 'hostile-pages');

const EEAS = 'https://www.eeas.europa.eu';
const NOTICE = `${EEAS}/eulex-kosovo/vacancy-notice-justice-monitor-eulex-kosovo-ek-60092-hostile`;
const PAGES = {
  hugeDom: `${EEAS}/eulex-kosovo/eulex-kosovo-2-2026-call-contributions-hostile-huge-dom_en`,
  markupInBundledCall: `${EEAS}/eulex-kosovo/eulex-kosovo-2-2026-call-contributions-hostile-injected-markup_en`,
  markupInTitleNotInBundle: `${EEAS}/eucap-sahel-mali/vacancy-notice-head-unit-hostile-injected-markup_en`,
  markupInInlineAnnex: `${EEAS}/eubam-libya/eubam-libya-3-2024-call-contributions-hostile-injected-markup_en`,
  windows1252: `${NOTICE}-windows-1252_en`,
  zeroWidth: `${NOTICE}-zero-width_en`,
  utf8Bom: `${NOTICE}-utf8-bom_en`,
  utf16Bom: `${NOTICE}-utf16-bom_en`,
  prototypeOverrides: `${EEAS}/eulex-kosovo/eulex-kosovo-2-2026-call-contributions-hostile-prototype-overrides_en`,
  hugeHostileNonVacancy: `${EEAS}/eeas/working-eeas-vacancies-traineeships-hostile_en`,
} as const;

const EULEX_TITLE = 'EULEX Kosovo 2-2026 Call for Contributions';
const EULEX_META = 'European Union Rule of Law Mission in Kosovo · Call 2-2026 · 17 posts, 18 vacancies';
/** The example persona's verdicts on the EULEX call, as in sidebar.e2e.test.ts. */
const EULEX_SUMMARY = '11 meet all decided · 2 eligible if · 4 not eligible';
/** From the example profile and from the fit computed on it: page scripts must never see these. */
const PROFILE_STRINGS = ['Anna Becker', 'OSCE Mission to Serbia', 'LL.M. International', 'meet all decided'];
/** Every element the sidebar renders (in the frame page's #app): anything else was injected. */
const SIDEBAR_TAGS =
  'div, aside, section, h2, h3, p, strong, span, button, ol, ul, li, details, summary, fieldset, legend, label, input, textarea';

/**
 * Uncaught errors and console errors on a page. Playwright reports those of every world, the
 * content script's isolated world included; the script URL in the stack or the console call's
 * location tells the extension's (chrome-extension://) from the page's own.
 */
class PageWatch {
  readonly problems: { kind: 'pageerror' | 'console.error'; text: string; where: string }[] = [];

  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<PageWatch> {
    const watch = new PageWatch(await page.context().newCDPSession(page));
    await watch.watchWorlds();
    page.on('pageerror', (error) =>
      watch.problems.push({ kind: 'pageerror', text: error.message, where: error.stack ?? '' }),
    );
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'assert') return;
      watch.problems.push({ kind: 'console.error', text: message.text(), where: message.location().url });
    });
    return watch;
  }

  fromExtension() {
    return this.problems.filter((p) => p.where.includes('chrome-extension://'));
  }

  /** The fixtures' own errors: every message they throw or log starts "fixture:". */
  deliberate() {
    return this.problems.filter((p) => p.text.includes('fixture:'));
  }

  /** Neither the extension's nor the fixture's: must not exist either. */
  unexplained() {
    return this.problems.filter((p) => !this.fromExtension().includes(p) && !this.deliberate().includes(p));
  }

  /**
   * Evaluates in the page's main world through the protocol, not page.evaluate: on the hostile
   * pages Array.prototype.map, Function.prototype.call and JSON.parse are the page's.
   */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description}`);
    return result.value as T;
  }

  /** Whether the extension's content script has been injected (its isolated world exists). */
  contentScriptRan(): boolean {
    return this.worlds.some((world) => world.startsWith('chrome-extension://'));
  }

  /** Origins of the isolated worlds created in the page, reported by Runtime.enable. */
  private readonly worlds: string[] = [];

  async watchWorlds(): Promise<void> {
    this.cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.auxData?.type === 'isolated') this.worlds.push(context.origin);
    });
    await this.cdp.send('Runtime.enable');
  }
}

let browser: LaunchedBrowser | undefined;
beforeAll(async () => {
  browser = await startBrowser();
  const options = await OptionsPage.open(browser.context, browser.extensionId);
  await options.importProfile(PROFILE);
  await options.page.locator('.ok-box', { hasText: 'Imported and saved the profile' }).waitFor();
  await options.page.close();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(url: string): Promise<{ page: Page; sidebar: SidebarPage; watch: PageWatch }> {
  const page = await browser!.context.newPage();
  const watch = await PageWatch.attach(page);
  await page.goto(url);
  return { page, sidebar: await SidebarPage.attach(page), watch };
}

function expectNoErrorsButTheFixtures(watch: PageWatch): void {
  expect(watch.fromExtension()).toEqual([]);
  expect(watch.unexplained()).toEqual([]);
}

/** Nothing but the sidebar's own elements in its shadow root, and the page's payloads never ran. */
async function expectMarkupShownAsText(page: Page, sidebar: SidebarPage): Promise<void> {
  expect(await sidebar.count(`#app :not(${SIDEBAR_TAGS})`)).toBe(0);
  expect(await sidebar.count('#app :is(img, script, iframe, b, i)')).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

describe('a huge DOM', () => {
  it('60,000 elements, 12,000 of them nested in one chain: the 17 positions still show', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, sidebar, watch } = await open(PAGES.hugeDom);
    await sidebar.waitForMounted();
    // Read with the whole page in place: the sidebar is its own document, in its own frame.
    expect(await sidebar.waitForText('not eligible', '[data-part="ranking-summary"]')).toBe(EULEX_SUMMARY);
    const elements = await watch.evaluate<number>("document.getElementsByTagName('*').length");
    expect(elements).toBeGreaterThanOrEqual(60_000);
    expect(await watch.evaluate<number>("document.getElementById('deep') ? 1 : 0")).toBe(1);
    expect(await sidebar.text('[data-part="call"] h2')).toBe(EULEX_TITLE);
    expect(await sidebar.text('[data-part="call"] .vf-meta')).toBe(EULEX_META);
    expect(await sidebar.count('[data-position]')).toBe(17);
    await page.screenshot({ path: join(SCREENSHOTS, 'huge-dom.png') });
    expectNoErrorsButTheFixtures(watch);
    await page.close();
  });
});

describe('markup injected into titles and reference lines', () => {
  it('a bundled call whose heading, title and ref lines carry tags is still recognised', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, sidebar, watch } = await open(PAGES.markupInBundledCall);
    await sidebar.waitForMounted();
    expect(await sidebar.waitForText('not eligible', '[data-part="ranking-summary"]')).toBe(EULEX_SUMMARY);
    expect(await sidebar.text('[data-part="call"] h2')).toBe(EULEX_TITLE);
    expect(await sidebar.count('[data-position]')).toBe(17);
    await expectMarkupShownAsText(page, sidebar);
    expectNoErrorsButTheFixtures(watch);
    await page.close();
  });

  it('a call not in the bundle is named by its raw title, as text', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, sidebar, watch } = await open(PAGES.markupInTitleNotInBundle);
    await sidebar.waitForMounted();
    await sidebar.waitForText('not in the bundled data');
    const title =
      'Vacancy Notice: Head of <img src=x onerror="window.__pwned=1"> Unit <script>window.__pwned=2</script> <b>bold</b> &lt;i&gt; | EEAS';
    expect(await sidebar.text('[data-part="not-in-bundle"] strong')).toBe(title);
    expect(await sidebar.text('[data-part="not-in-bundle"] .vf-note')).toBe(
      `${title} is a vacancy, but it is not in the bundled data.`,
    );
    expect(await sidebar.text('[data-part="not-in-bundle"] .vf-reason')).toBe(
      "This page does not carry the requirements text, so nothing can be checked here. Open the call's annex, or add the call to the data bundle (see the README).",
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'injected-markup-title.png') });
    await expectMarkupShownAsText(page, sidebar);
    expectNoErrorsButTheFixtures(watch);
    await page.close();
  });

  it('an annex read from the page shows tags in position titles, locations and requirements as text', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, sidebar, watch } = await open(PAGES.markupInInlineAnnex);
    await sidebar.waitForMounted();
    await sidebar.waitForText('read from this page');
    expect(await sidebar.text('[data-part="call"] h2')).toBe('EUBAM Libya 3-2024 Call for Contributions');
    // The annex parser drops anything tag-shaped from the text it reads (published annexes carry
    // <u> markers); what is left of the payloads is plain text.
    expect((await sidebar.texts('.vf-position-title')).sort()).toEqual([
      'Border Management Adviser',
      'Mission Security Officer',
    ]);
    const adviser = '[data-position="lib-0221"]';
    expect(await sidebar.text(`${adviser} .vf-position-sub`)).toBe(
      'LIB 0221 · 1 vacancy · Tripoli window.__pwned=3',
    );
    await sidebar.click(`${adviser} .vf-position-head`);
    expect(await sidebar.waitForText('ESSENTIAL (', adviser)).toContain(
      '\nKnowledge of integrated border management concepts &lt;b&gt; ;\n',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'injected-markup-inline-annex.png') });
    await expectMarkupShownAsText(page, sidebar);
    expectNoErrorsButTheFixtures(watch);
    await page.close();
  });
});

describe('odd encodings', () => {
  it.each([
    [
      'windows-1252 (en dash 0x96, no-break spaces 0xA0)',
      PAGES.windows1252,
      'windows-1252',
      'Monitor – EULEX\u00a0Kosovo (EK\u00a060092)',
    ],
    [
      'zero-width spaces, word joiner and soft hyphens in the refs',
      PAGES.zeroWidth,
      'UTF-8',
      '(EK\u200b60092)',
    ],
    ['UTF-8 with a BOM and a contradicting meta charset', PAGES.utf8Bom, 'UTF-8', '(EK\u00a060092)'],
    ['UTF-16LE with a BOM', PAGES.utf16Bom, 'UTF-16LE', 'Monitor – EULEX'],
  ])('%s: the EK 60092 notice is found and its post opened first', async (_name, url, charset, heading) => {
    const { page, sidebar, watch } = await open(url);
    // The page really is what the case says, as the browser decoded it.
    expect(await watch.evaluate('document.characterSet')).toBe(charset);
    expect(await watch.evaluate("document.querySelector('h1').textContent")).toContain(heading);
    await sidebar.waitForMounted();
    await sidebar.waitForText('Essentials met', '[data-position="ek-60092"]');
    expect(await sidebar.text('[data-part="call"] .vf-meta')).toBe(EULEX_META);
    expect((await sidebar.texts('.vf-position-title'))[0]).toBe('Justice Monitor');
    expect(await sidebar.count('[data-position="ek-60092"] .vf-detail')).toBe(1);
    expect(await sidebar.text('[data-part="ranking-summary"]')).toBe(EULEX_SUMMARY);
    expectNoErrorsButTheFixtures(watch);
    await page.close();
  });
});

describe('a page that replaces DOM and built-in prototypes before the extension runs', () => {
  it('still gets the sidebar, and its hooks never see profile data', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, sidebar, watch } = await open(PAGES.prototypeOverrides);
    await sidebar.waitForMounted();
    expect(await sidebar.waitForText('not eligible', '[data-part="ranking-summary"]')).toBe(EULEX_SUMMARY);
    expect(await sidebar.count('[data-position]')).toBe(17);
    // Interaction goes through the same page: open a post and save it to the watchlist.
    await sidebar.click('[data-position="ek-60092"] .vf-position-head');
    await sidebar.waitForText('Essentials met', '[data-position="ek-60092"]');
    await sidebar.click('[data-position="ek-60092"] [data-action="save"]');
    await sidebar.waitForText('Saved', '[data-position="ek-60092"] [data-action="save"]');

    const log = await watch.evaluate<string[]>('window.__fixtureLog');
    // The hooks were live and saw the extension's host element arrive, an empty element...
    expect(log).toContain('JSON.parse: "fixture: JSON.parse hook is live"');
    // (Its style attribute sets every property inline, all: initial (serialised property by property), and runs past the
    // 2,000 characters the fixture logs of each node: nothing but that attribute is seen.)
    const added = log.filter((entry) =>
      entry.startsWith('added: <div style="color-scheme: initial !important'),
    );
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^added: <div style="[^"<>]*$/);
    // ...but were never called by it, and nothing they saw carries the profile or the fit.
    expect(
      log.filter((entry) =>
        /^(attachShadow|appendChild|querySelector|MutationObserver|fetch|postMessage|message|event|Object\.prototype)/.test(
          entry,
        ),
      ),
    ).toEqual([]);
    expect(await watch.evaluate('window.__fixtureStolenRoots.length')).toBe(0);
    const pageVisible = [
      ...log,
      await watch.evaluate<string>('document.documentElement.outerHTML'),
      await watch.evaluate<string>('document.documentElement.innerText'),
    ].join('\n');
    for (const secret of PROFILE_STRINGS) expect(pageVisible).not.toContain(secret);

    // The fixture's own three (a console error, an uncaught error, an unhandled rejection) are seen.
    const deliberate = watch.deliberate().map((p) => `${p.kind}: ${p.text}`);
    expect(deliberate.sort()).toEqual([
      'console.error: fixture: deliberate console error',
      'pageerror: fixture: deliberate uncaught error',
      'pageerror: fixture: deliberate unhandled rejection',
    ]);
    expectNoErrorsButTheFixtures(watch);
    await page.close();
  });
});

describe('a huge hostile page of a publisher that is not a vacancy', () => {
  it('gets no sidebar and no error from the extension while it keeps mutating', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, watch } = await open(PAGES.hugeHostileNonVacancy);
    await expect.poll(() => watch.contentScriptRan(), { timeout: 10_000 }).toBe(true);
    // The ticker mutates the page every 200 ms: the late-content watcher re-reads it meanwhile.
    await page.waitForTimeout(1_000);
    expect(await page.frames().length).toBe(1);
    const elements = await watch.evaluate<number>("document.getElementsByTagName('*').length");
    expect(elements).toBeGreaterThanOrEqual(60_000);
    const log = await watch.evaluate<string[]>('window.__fixtureLog');
    expect(log.filter((entry) => /vacancy-fit|^attachShadow/.test(entry))).toEqual([]);
    expect(watch.deliberate().length).toBeGreaterThanOrEqual(3);
    expectNoErrorsButTheFixtures(watch);
    await page.close();
  });
});
