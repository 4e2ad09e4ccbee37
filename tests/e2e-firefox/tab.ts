import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fromRemote } from './bidi/client';
import type { BrowsingContextInfo, LocalValue, Target } from './bidi/protocol';
import type { FirefoxSession } from './launch';

/** A JSON-serialisable argument passed into a page function. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * A browser tab driven over BiDi. Page functions run in the page's own realm (`inPage`), which
 * extension pages need for the `browser` API, or in an isolated sandbox (`inSandbox`) that page
 * scripts patching prototypes cannot reach.
 */
export class Tab {
  private constructor(
    readonly session: FirefoxSession,
    readonly context: string,
  ) {}

  /** A frame of a tab (an extension frame, say), driven like a tab of its own. */
  static frame(session: FirefoxSession, context: string): Tab {
    return new Tab(session, context);
  }

  static async open(session: FirefoxSession, url?: string): Promise<Tab> {
    const { context } = await session.bidi.send('browsingContext.create', { type: 'tab' });
    const tab = new Tab(session, context);
    if (url) await tab.goto(url);
    return tab;
  }

  /** The top-level tab showing `url`, once one does (a tab the extension opened, say). */
  static async find(session: FirefoxSession, url: string, timeout = 10_000): Promise<Tab> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const { contexts } = await session.bidi.send('browsingContext.getTree', { maxDepth: 0 });
      const found = contexts.find((info) => info.url === url);
      if (found) return new Tab(session, found.context);
      if (Date.now() > deadline) throw new Error(`No tab showed ${url} within ${timeout} ms`);
      await sleep(100);
    }
  }

  async goto(url: string): Promise<void> {
    await this.session.bidi.send('browsingContext.navigate', {
      context: this.context,
      url,
      wait: 'complete',
    });
  }

  async reload(): Promise<void> {
    await this.session.bidi.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  async close(): Promise<void> {
    await this.session.bidi.send('browsingContext.close', { context: this.context });
  }

  /** Runs `fn(...args)` in the page's realm and returns its (awaited) result as JSON. */
  inPage<T, A extends Json[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    return this.run({ context: this.context }, fn, args);
  }

  /** Runs `fn(...args)` in a sandbox realm of the page: same DOM, none of the page's script changes. */
  inSandbox<T, A extends Json[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    return this.run({ context: this.context, sandbox: 'vacancy-fit-test' }, fn, args);
  }

  /** Runs `fn` with `this` bound to a node found earlier (by its BiDi shared id). */
  async onNode<T, A extends Json[]>(
    sharedId: string,
    fn: (this: Element, ...args: A) => T | Promise<T>,
    ...args: A
  ): Promise<T> {
    return this.call({ context: this.context, sandbox: 'vacancy-fit-test' }, fn, args, { sharedId });
  }

  /** BiDi shared ids of the nodes `fn` returns (an element, a list, or null). */
  async nodes(fn: string, root?: string): Promise<string[]> {
    const result = await this.session.bidi.send('script.callFunction', {
      functionDeclaration: `function () { const found = (${fn}).call(this); return found == null ? [] : Array.isArray(found) ? found : [found]; }`,
      target: { context: this.context, sandbox: 'vacancy-fit-test' },
      awaitPromise: true,
      ...(root ? { this: { sharedId: root } } : {}),
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
    const value = result.result;
    if (value.type !== 'array') throw new Error(`Expected nodes, got ${value.type}`);
    return ((value.value as { sharedId?: string }[] | undefined) ?? []).flatMap((node) =>
      node.sharedId ? [node.sharedId] : [],
    );
  }

  /** The closed (or open) shadow root of the first element matching `hostSelector`, if any. */
  async shadowRoot(hostSelector: string): Promise<string | null> {
    const result = await this.session.bidi.send('script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(hostSelector)})`,
      target: { context: this.context, sandbox: 'vacancy-fit-test' },
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    if (result.type === 'exception' || result.result.type !== 'node') return null;
    const node = result.result.value as { shadowRoot?: { sharedId?: string } | null } | undefined;
    return node?.shadowRoot?.sharedId ?? null;
  }

  /** Evaluates a script's source (such as a library bundle) in the page's realm. */
  async evaluateSource(source: string): Promise<void> {
    const result = await this.session.bidi.send('script.evaluate', {
      expression: source,
      target: { context: this.context },
      awaitPromise: false,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
  }

  /** The frames inside this tab (extension frames included, whatever shadow root holds them). */
  async frames(): Promise<{ context: string; url: string }[]> {
    const { contexts } = await this.session.bidi.send('browsingContext.getTree', { root: this.context });
    const frames: { context: string; url: string }[] = [];
    const walk = (infos: BrowsingContextInfo[] | null) => {
      for (const info of infos ?? []) {
        frames.push({ context: info.context, url: info.url });
        walk(info.children);
      }
    };
    walk(contexts[0]?.children ?? null);
    return frames;
  }

  /** Polls `fn` in the sandbox until it returns something other than null/undefined/false. */
  async waitFor<T, A extends Json[]>(
    fn: (...args: A) => T | null | undefined | false,
    args: A,
    what: string,
    timeout = 10_000,
  ): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.inSandbox(fn, ...args).catch(() => null);
      if (value !== null && value !== undefined && value !== false) return value as T;
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
      await sleep(100);
    }
  }

  /** Text of the first element matching `selector` once it contains `expected`. */
  waitForText(selector: string, expected: string, timeout?: number): Promise<string> {
    return this.waitFor(
      (sel: string, text: string) => {
        const content = (document.querySelector(sel) as HTMLElement | null)?.innerText ?? '';
        return content.includes(text) ? content : null;
      },
      [selector, expected],
      `"${expected}" in ${selector}`,
      timeout,
    );
  }

  text(selector: string): Promise<string> {
    return this.inSandbox((sel: string) => {
      const element = document.querySelector(sel) as HTMLElement | null;
      if (!element) throw new Error(`No element matches ${sel}`);
      return element.innerText;
    }, selector);
  }

  count(selector: string): Promise<number> {
    return this.inSandbox((sel: string) => document.querySelectorAll(sel).length, selector);
  }

  click(selector: string): Promise<void> {
    return this.inSandbox((sel: string) => {
      const element = document.querySelector(sel) as HTMLElement | null;
      if (!element) throw new Error(`No element matches ${sel}`);
      element.click();
    }, selector);
  }

  /** Sets a <select> or checkbox the way a user would: value change, then input and change events. */
  setValue(selector: string, value: string | boolean): Promise<void> {
    return this.inSandbox(
      (sel: string, next: string | boolean) => {
        const element = document.querySelector(sel) as HTMLInputElement | HTMLSelectElement | null;
        if (!element) throw new Error(`No element matches ${sel}`);
        if (typeof next === 'boolean') (element as HTMLInputElement).checked = next;
        else element.value = next;
        element.dispatchEvent(new Event('input', { bubbles: true }));
        element.dispatchEvent(new Event('change', { bubbles: true }));
      },
      selector,
      value,
    );
  }

  /** Chooses files in an <input type=file>, as the file picker does (BiDi input.setFiles). */
  async setFiles(selector: string, paths: string[]): Promise<void> {
    const [element] = await this.nodes(
      `function () { return document.querySelector(${JSON.stringify(selector)}); }`,
    );
    if (!element) throw new Error(`No element matches ${selector}`);
    await this.session.bidi.send('input.setFiles', {
      context: this.context,
      element: { sharedId: element },
      files: paths,
    });
  }

  /** The next file saved to the download directory with a name ending in `suffix`. */
  async waitForDownload(suffix: string, timeout = 10_000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const names = await readdir(this.session.downloadDir);
      const done = names.find((f) => f.endsWith(suffix) && !names.includes(`${f}.part`));
      // Firefox creates the file first and writes it after: wait for its content.
      if (done && (await stat(join(this.session.downloadDir, done))).size > 0) {
        return join(this.session.downloadDir, done);
      }
      if (Date.now() > deadline) throw new Error(`No *${suffix} download within ${timeout} ms`);
      await sleep(100);
    }
  }

  private run<T>(target: Target, fn: (...args: never[]) => unknown, args: Json[]): Promise<T> {
    return this.call(target, fn, args);
  }

  private async call<T>(
    target: Target,
    fn: (...args: never[]) => unknown,
    args: Json[],
    self?: LocalValue,
  ): Promise<T> {
    const result = await this.session.bidi.send('script.callFunction', {
      // esbuild may wrap named functions in __name(); the page has no such helper.
      functionDeclaration: `function (argsJson) { const __name = (f) => f; return (${fn.toString()}).apply(this, JSON.parse(argsJson)); }`,
      target,
      awaitPromise: true,
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      ...(self ? { this: self } : {}),
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
    return fromRemote(result.result) as T;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
