import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR, type FirefoxSession } from './launch';
import { type Json, sleep, Tab } from './tab';

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

/** Whether this build draws the sidebar in an extension frame (sidebar.html) or a closed shadow root. */
export const SIDEBAR_IN_FRAME = existsSync(join(FIREFOX_EXTENSION_DIR, 'sidebar.html'));

/** What the extension adds to a vacancy page, as extensionTraces() lists it. */
export const SIDEBAR_TRACES = SIDEBAR_IN_FRAME
  ? ['<div> on <html>', 'frame /sidebar.html']
  : ['<vacancy-fit-sidebar> on <html>'];

/**
 * What the extension has put into a page that the page could observe: elements beside <head> and
 * <body> (where the sidebar's host goes), `vacancy-fit-*` elements anywhere, and extension frames,
 * wherever they sit. Empty on every page that is not a vacancy.
 */
export async function extensionTraces(tab: Tab): Promise<string[]> {
  const elements = await tab.inSandbox(() => [
    ...[...document.documentElement.children]
      .filter((e) => e.localName !== 'head' && e.localName !== 'body')
      .map((e) => `<${e.localName}> on <html>`),
    ...[...document.querySelectorAll('body *, head *')]
      .filter((e) => e.localName.startsWith('vacancy-fit'))
      .map((e) => `<${e.localName}>`),
  ]);
  const frames = (await tab.frames()).filter((f) => f.url.startsWith('moz-extension:'));
  return [...elements, ...frames.map((f) => `frame ${new URL(f.url).pathname}`)];
}

/**
 * The sidebar: inside its extension frame (found through browsingContext.getTree, which reaches
 * frames in closed shadow roots) or, in builds before the frame, in its closed shadow root
 * (`includeShadowTree: 'all'` hands out the root as a reference page scripts never get).
 */
export class SidebarPage {
  private constructor(readonly tab: Tab) {}

  static attach(tab: Tab): SidebarPage {
    return new SidebarPage(tab);
  }

  /** The sidebar's extension frame, driven like a tab (null before it mounts or in shadow-root builds). */
  async frame(): Promise<Tab | null> {
    const frame = (await this.tab.frames()).find((f) =>
      /^moz-extension:\/\/[^/]+\/sidebar\.html/.test(f.url),
    );
    return frame ? Tab.frame(this.tab.session, frame.context) : null;
  }

  async isMounted(): Promise<boolean> {
    if (SIDEBAR_IN_FRAME) return (await this.frame()) !== null;
    return (await this.tab.shadowRoot('vacancy-fit-sidebar')) !== null;
  }

  async waitForMounted(timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!(await this.isMounted())) {
      if (Date.now() > deadline) throw new Error('The sidebar never mounted');
      await sleep(100);
    }
  }

  /** Runs `fn(root, ...args)` where root is the sidebar's document or shadow root. */
  private async within<T, A extends Json[]>(fn: (this: Element, ...args: A) => T, ...args: A): Promise<T> {
    if (SIDEBAR_IN_FRAME) {
      const frame = await this.frame();
      if (!frame) throw new Error('The page shows no sidebar frame');
      const [root] = await frame.nodes('function () { return document.documentElement; }');
      if (!root) throw new Error('The sidebar frame has no document');
      return frame.onNode(root, fn, ...args);
    }
    const root = await this.tab.shadowRoot('vacancy-fit-sidebar');
    if (!root) throw new Error('Sidebar shadow root not found');
    return this.tab.onNode(root, fn, ...args);
  }

  /** innerText of every element matching `selector` in the sidebar. */
  texts(selector: string): Promise<string[]> {
    return this.within(function (this: Element, sel: string) {
      return [...this.querySelectorAll(sel)].map((e) => (e as HTMLElement).innerText);
    }, selector);
  }

  async text(selector = '[data-part="sidebar"]'): Promise<string> {
    const [first] = await this.texts(selector);
    if (first === undefined) throw new Error(`No element matches ${selector} in the sidebar`);
    return first;
  }

  async count(selector: string): Promise<number> {
    return (await this.texts(selector)).length;
  }

  click(selector: string, index = 0): Promise<void> {
    return this.within(
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
