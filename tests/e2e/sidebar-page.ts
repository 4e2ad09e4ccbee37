import type { CDPSession, Page } from 'playwright-core';

const HOST = 'vacancy-fit-sidebar';
const MIRROR = 'vacancy-fit-sidebar-mirror';

/**
 * Page object for the sidebar. The sidebar lives in a closed shadow root that page scripts (and
 * Playwright's injected selectors) cannot reach; the DevTools protocol can, with `pierce: true`.
 */
export class SidebarPage {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<SidebarPage> {
    return new SidebarPage(page, await page.context().newCDPSession(page));
  }

  async isMounted(): Promise<boolean> {
    return (await this.page.locator(HOST).count()) > 0;
  }

  async waitForMounted(timeout = 10_000): Promise<void> {
    await this.page.locator(HOST).waitFor({ state: 'attached', timeout });
  }

  private async shadowRootId(): Promise<number> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const shadowRootId = findShadowRoot(root);
    if (shadowRootId === null) throw new Error('Sidebar shadow root not found');
    return shadowRootId;
  }

  /** Object ids of the elements matching `selector` inside the closed shadow root. */
  private async query(selector: string): Promise<string[]> {
    const shadowRootId = await this.shadowRootId();
    const { nodeIds } = await this.cdp.send('DOM.querySelectorAll', { nodeId: shadowRootId, selector });
    const objectIds: string[] = [];
    for (const nodeId of nodeIds) {
      const { object } = await this.cdp.send('DOM.resolveNode', { nodeId });
      if (object.objectId) objectIds.push(object.objectId);
    }
    return objectIds;
  }

  private async call<T>(objectId: string, fn: string): Promise<T> {
    const { result } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: fn,
      returnByValue: true,
      awaitPromise: true,
    });
    return result.value as T;
  }

  /**
   * Copies the closed shadow root's nodes (its style element included) into an open shadow root
   * on a stand-in host and hides the original, so page-side tools such as axe-core, which cannot
   * enter a closed root, check the same markup and styles. Returns the stand-in's selector.
   */
  async mirrorIntoOpenRoot(): Promise<string> {
    const { object } = await this.cdp.send('DOM.resolveNode', { nodeId: await this.shadowRootId() });
    if (!object.objectId) throw new Error('Sidebar shadow root cannot be resolved');
    await this.call(
      object.objectId,
      `function () {
        document.querySelector('${MIRROR}')?.remove();
        const mirror = document.createElement('${MIRROR}');
        const root = mirror.attachShadow({ mode: 'open' });
        for (const node of this.childNodes) root.append(node.cloneNode(true));
        this.host.style.setProperty('display', 'none', 'important');
        document.documentElement.append(mirror);
      }`,
    );
    return MIRROR;
  }

  async texts(selector: string): Promise<string[]> {
    const ids = await this.query(selector);
    return Promise.all(ids.map((id) => this.call<string>(id, 'function () { return this.innerText; }')));
  }

  async text(selector = '[data-part="sidebar"]'): Promise<string> {
    const [first] = await this.texts(selector);
    if (first === undefined) throw new Error(`No element matches ${selector} in the sidebar`);
    return first;
  }

  async click(selector: string, index = 0): Promise<void> {
    const id = (await this.query(selector))[index];
    if (!id) throw new Error(`No element matches ${selector} in the sidebar`);
    await this.call(id, 'function () { this.scrollIntoView({ block: "center" }); this.click(); }');
  }

  async count(selector: string): Promise<number> {
    return (await this.query(selector)).length;
  }

  /** Bounding box in viewport pixels, to prove the sidebar is visible on hostile pages. */
  async box(
    selector = '[data-part="sidebar"]',
  ): Promise<{ x: number; y: number; width: number; height: number }> {
    const id = (await this.query(selector))[0];
    if (!id) throw new Error(`No element matches ${selector} in the sidebar`);
    return this.call(
      id,
      'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }',
    );
  }

  async waitForText(expected: string, selector?: string, timeout = 10_000): Promise<string> {
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
      try {
        last = await this.text(selector);
        if (last.includes(expected)) return last;
      } catch {
        // Not rendered yet.
      }
      await this.page.waitForTimeout(100);
    }
    throw new Error(`Sidebar never showed "${expected}". Last text:\n${last}`);
  }
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findShadowRoot(node: DomNode): number | null {
  if (node.nodeName.toLowerCase() === HOST && node.shadowRoots?.[0]) return node.shadowRoots[0].nodeId;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findShadowRoot(child);
    if (found !== null) return found;
  }
  return null;
}
