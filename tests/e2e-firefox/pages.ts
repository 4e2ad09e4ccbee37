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
 * What the extension has put into a page that the page could observe: its elements (any
 * `vacancy-fit-*` element) and its frames. Empty on every page that is not a vacancy.
 */
export async function extensionTraces(tab: Tab): Promise<string[]> {
  const elements = await tab.inSandbox(() =>
    [...document.querySelectorAll('*')]
      .filter(
        (e) => e.localName.startsWith('vacancy-fit') || /^moz-extension:/.test(e.getAttribute('src') ?? ''),
      )
      .map((e) => `<${e.localName}>`),
  );
  const frames = (await tab.frameUrls()).filter((url) => url.startsWith('moz-extension:'));
  return [...elements, ...frames.map((url) => `frame ${new URL(url).pathname}`)];
}

/**
 * The sidebar, reached in its closed shadow root through BiDi (`includeShadowTree: 'all'` hands
 * out the root as a shared reference that page scripts never get).
 */
export class SidebarPage {
  private constructor(
    readonly tab: Tab,
    private root: string | null,
  ) {}

  static attach(tab: Tab): SidebarPage {
    return new SidebarPage(tab, null);
  }

  async waitForMounted(timeout = 10_000): Promise<void> {
    await this.tab.waitFor(
      () => document.querySelector('vacancy-fit-sidebar') !== null,
      [],
      'the sidebar',
      timeout,
    );
  }

  private async shadowRoot(): Promise<string> {
    this.root ??= await this.tab.shadowRoot('vacancy-fit-sidebar');
    if (!this.root) throw new Error('Sidebar shadow root not found');
    return this.root;
  }

  /** innerText of every element matching `selector` in the sidebar. */
  async texts(selector: string): Promise<string[]> {
    return this.tab.onNode(
      await this.shadowRoot(),
      function (this: Element, sel: string) {
        return [...this.querySelectorAll(sel)].map((e) => (e as HTMLElement).innerText);
      },
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
    await this.tab.onNode(
      await this.shadowRoot(),
      function (this: Element, sel: string, at: number) {
        const element = this.querySelectorAll(sel)[at] as HTMLElement | undefined;
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
        this.root = null; // a reload or remount replaces the root
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
