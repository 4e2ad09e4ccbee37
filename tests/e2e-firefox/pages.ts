import type { FirefoxSession } from './launch';
import { sleep, Tab } from './tab';

export { URLS } from '../e2e/pages';

/** The options page opened as a tab at its moz-extension:// address. */
export class OptionsPage {
  private constructor(readonly tab: Tab) {}

  static async open(session: FirefoxSession): Promise<OptionsPage> {
    const tab = await Tab.open(session, `${session.extensionOrigin}/options.html`);
    await tab.waitForText('h1', 'Your profile');
    return new OptionsPage(tab);
  }

  async importProfile(path: string): Promise<string> {
    await this.tab.setFiles('#profile-import', [path]);
    return this.tab.waitForText('.ok-box', 'Imported and saved');
  }

  async importProfileExpectingError(path: string): Promise<string> {
    await this.tab.setFiles('#profile-import', [path]);
    return this.tab.waitForText('[data-part="import-errors"]', ' ');
  }
}

/** The toolbar popup's page, opened as a tab (headless Firefox has no toolbar to click). */
export class PopupPage {
  private constructor(readonly tab: Tab) {}

  static async open(session: FirefoxSession): Promise<PopupPage> {
    const tab = await Tab.open(session, `${session.extensionOrigin}/popup.html`);
    await tab.waitFor(
      () =>
        document.querySelector('h1')?.textContent === 'Vacancy Fit' &&
        !document.querySelector('[aria-busy="true"]'),
      [],
      'the popup to load its watchlist',
    );
    return new PopupPage(tab);
  }

  item(id: string): string {
    return `[data-item="${id}"]`;
  }

  /** The badge text the toolbar button shows on the tab at `url`, read through the extension API. */
  badgeText(url: string): Promise<string> {
    return this.tab.inPage(async (tabUrl: string) => {
      const api = (globalThis as unknown as { browser: BadgeApi }).browser;
      const [found] = await api.tabs.query({ url: tabUrl });
      if (found?.id === undefined) throw new Error(`No tab shows ${tabUrl}`);
      return api.browserAction.getBadgeText({ tabId: found.id });
    }, url);
  }
}

interface BadgeApi {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/**
 * What the extension has put into a page that the page could observe: elements of <html> other
 * than <head> and <body> (the sidebar's host goes there), any `vacancy-fit-*` element or element
 * with a moz-extension: source, and its frames. Empty on every page that is not a vacancy.
 */
export async function extensionTraces(tab: Tab): Promise<string[]> {
  const elements = await tab.inSandbox(() =>
    [...document.querySelectorAll('*')]
      .filter(
        (e) =>
          (e.parentElement === document.documentElement && e !== document.head && e !== document.body) ||
          e.localName.startsWith('vacancy-fit') ||
          /^moz-extension:/.test(e.getAttribute('src') ?? ''),
      )
      .map((e) => `<${e.localName}>`),
  );
  const frames = (await tab.frameUrls()).filter((url) => url.startsWith('moz-extension:'));
  return [...elements, ...frames.map((url) => `frame ${new URL(url).pathname}`)];
}

/** The sidebar extension page, as the content script frames it on vacancy pages. */
const SIDEBAR_FRAME = /^moz-extension:\/\/[^/]+\/sidebar\.html$/;

/**
 * The sidebar: an extension page in a frame on the vacancy page (inside a closed shadow root),
 * driven through BiDi as a browsing context of its own.
 */
export class SidebarPage {
  private constructor(readonly tab: Tab) {}

  static attach(tab: Tab): SidebarPage {
    return new SidebarPage(tab);
  }

  async waitForMounted(timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!(await this.tab.childFrame(SIDEBAR_FRAME))) {
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for the sidebar`);
      await sleep(100);
    }
  }

  private async frame(): Promise<Tab> {
    const frame = await this.tab.childFrame(SIDEBAR_FRAME);
    if (!frame) throw new Error('The page shows no sidebar frame');
    return frame;
  }

  /** innerText of every element matching `selector` in the sidebar. */
  async texts(selector: string): Promise<string[]> {
    return (await this.frame()).inSandbox(
      (sel: string) => [...document.querySelectorAll(sel)].map((e) => (e as HTMLElement).innerText),
      selector,
    );
  }

  async text(selector = '[data-part="sidebar"]'): Promise<string> {
    const [first] = await this.texts(selector);
    if (first === undefined) throw new Error(`No element matches ${selector} in the sidebar`);
    return first;
  }

  async count(selector: string): Promise<number> {
    return (await this.texts(selector)).length;
  }

  async click(selector: string, index = 0): Promise<void> {
    await (await this.frame()).inSandbox(
      (sel: string, at: number) => {
        const element = document.querySelectorAll(sel)[at] as HTMLElement | undefined;
        if (!element) throw new Error(`No element matches ${sel} in the sidebar`);
        element.scrollIntoView({ block: 'center' });
        element.click();
      },
      selector,
      index,
    );
  }

  async waitForText(expected: string, selector?: string, timeout = 10_000): Promise<string> {
    const deadline = Date.now() + timeout;
    let last = '';
    for (;;) {
      try {
        last = await this.text(selector);
        if (last.includes(expected)) return last;
      } catch {
        // Not rendered yet.
      }
      if (Date.now() > deadline) throw new Error(`Sidebar never showed "${expected}". Last text:\n${last}`);
      await sleep(100);
    }
  }
}
