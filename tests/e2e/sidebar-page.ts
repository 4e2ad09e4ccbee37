import type { CDPSession, Frame, Page } from 'playwright-core';

type Box = { x: number; y: number; width: number; height: number };

/**
 * Page object for the sidebar. The sidebar is an extension page in an iframe that sits in a
 * closed shadow root on the vacancy page: page scripts cannot reach into it, but Playwright drives
 * it as one of the page's frames (an out-of-process frame), with real clicks and key presses.
 */
export class SidebarPage {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<SidebarPage> {
    return new SidebarPage(page, await page.context().newCDPSession(page));
  }

  /** The sidebar frame, if the page shows one now. */
  currentFrame(): Frame | null {
    return (
      this.page
        .frames()
        .find(
          (frame) =>
            frame.parentFrame() === this.page.mainFrame() &&
            !frame.isDetached() &&
            /^chrome-extension:\/\/[^/]+\/sidebar\.html$/.test(frame.url()),
        ) ?? null
    );
  }

  frame(): Frame {
    const frame = this.currentFrame();
    if (!frame) throw new Error('The page shows no sidebar frame');
    return frame;
  }

  async isMounted(): Promise<boolean> {
    return this.currentFrame() !== null;
  }

  async waitForMounted(timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!this.currentFrame()) {
      if (Date.now() > deadline) throw new Error('The sidebar frame never appeared');
      await this.page.waitForTimeout(50);
    }
    await this.frame().waitForLoadState('domcontentloaded');
  }

  async texts(selector: string): Promise<string[]> {
    return this.frame().locator(selector).allInnerTexts();
  }

  async text(selector = '[data-part="sidebar"]'): Promise<string> {
    const [first] = await this.texts(selector);
    if (first === undefined) throw new Error(`No element matches ${selector} in the sidebar`);
    return first;
  }

  /**
   * A real click: mouse events at the element's position, as a user's. Positions are computed in
   * the frame and through the DevTools protocol, never by script in the embedding page's main
   * world (Playwright's locator.click() and boundingBox() run there, and the hostile pages' hooks
   * would count their work as the extension's).
   */
  async click(selector: string, index = 0, { untrusted = false } = {}): Promise<void> {
    // The sidebar takes a click only once it has been fully visible for a moment (clickjacking
    // guard, entrypoints/sidebar/visibility.ts); a user would not click sooner either.
    if (!untrusted) await this.frame().locator('html[data-input="trusted"]').waitFor({ state: 'attached' });
    // The content script resizes the frame when the collapsed state reaches it through storage,
    // a moment after the frame has drawn the new state: click only where the target has settled.
    let box = await this.box(selector, index, true);
    for (let tries = 0; tries < 20; tries++) {
      await this.page.waitForTimeout(50);
      const again = await this.box(selector, index, true);
      if (again.x === box.x && again.y === box.y && again.width === box.width) break;
      box = again;
    }
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Bounding box in the page's viewport pixels, to prove the sidebar is visible on hostile pages. */
  async box(selector = '[data-part="sidebar"]', index = 0, scroll = false): Promise<Box> {
    await this.frame().locator(selector).nth(index).waitFor({ state: 'visible', timeout: 5_000 });
    const inFrame = await this.frame().evaluate(
      ([selector, index, scroll]) => {
        const element = document.querySelectorAll(selector)[index];
        if (!element) return null;
        if (scroll) element.scrollIntoView({ block: 'center' });
        const r = element.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      },
      [selector, index, scroll] as const,
    );
    if (!inFrame) throw new Error(`No element matches ${selector} in the sidebar`);
    const offset = await this.frameOffset();
    return { ...inFrame, x: inFrame.x + offset.x, y: inFrame.y + offset.y };
  }

  /**
   * Where the frame's content box starts in the page's viewport: the iframe is found among the
   * children of <html> and inside their (closed) shadow roots through the DevTools protocol.
   */
  private async frameOffset(): Promise<{ x: number; y: number }> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: 2 });
    const html = root.children?.find((node) => node.nodeName === 'HTML');
    for (const child of [...(html?.children ?? [])].reverse()) {
      const { node } = await this.cdp.send('DOM.describeNode', {
        backendNodeId: child.backendNodeId,
        depth: 2,
        pierce: true,
      });
      const iframe = node.shadowRoots?.[0]?.children?.find((n) => n.nodeName === 'IFRAME');
      if (!iframe) continue;
      const { model } = await this.cdp.send('DOM.getBoxModel', { backendNodeId: iframe.backendNodeId });
      return { x: model.content[0]!, y: model.content[1]! };
    }
    throw new Error('The page shows no sidebar frame');
  }

  async count(selector: string): Promise<number> {
    return this.frame().locator(selector).count();
  }

  async waitForText(expected: string, selector?: string, timeout = 10_000): Promise<string> {
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
      try {
        last = await this.text(selector);
        if (last.includes(expected)) return last;
      } catch {
        // Not mounted or not rendered yet.
      }
      await this.page.waitForTimeout(100);
    }
    throw new Error(`Sidebar never showed "${expected}". Last text:\n${last}`);
  }
}

/**
 * What the extension left in a page that page scripts could see: child frames and elements of
 * <html> other than <head> and <body> (the sidebar's host is appended there).
 */
export async function extensionTraces(page: Page): Promise<{ frames: number; elements: string[] }> {
  const elements = await page.evaluate(() =>
    [...document.documentElement.children]
      .filter((element) => element !== document.head && element !== document.body)
      .map((element) => element.nodeName.toLowerCase()),
  );
  return { frames: page.frames().length - 1, elements };
}
