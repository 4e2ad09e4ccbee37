import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LaunchedBrowser } from '../../scripts/browser';
import {
  eventRecorder,
  importExampleProfile,
  MainWorld,
  openHostile,
  PROFILE_DERIVED,
  serve,
  withScript,
  wxtEventNames,
} from './hostile-kit';
import { screenshotOnFailure, startBrowser } from './setup';
import { extensionTraces, type SidebarPage } from './sidebar-page';

const EEAS = 'https://www.eeas.europa.eu';
const call = (attack: string) => `${EEAS}/eulex-kosovo/eulex-kosovo-2-2026-call-contributions-${attack}_en`;
const URLS = {
  internals: call('attach-internals'),
  find: call('window-find'),
  keys: call('key-listeners'),
  prototypes: call('patched-prototypes'),
  events: call('dispatched-events'),
  vacancyEntries: call('performance-entries'),
  listing: `${EEAS}/eeas/vacancies_en?hostile=performance-entries`,
};
const POST = '[data-position="ek-60092"]';

let browser: LaunchedBrowser | undefined;
let extensionId = '';

beforeAll(async () => {
  browser = await startBrowser();
  extensionId = browser.extensionId;
  const { context } = browser;
  await serve(context, URLS.internals, withScript('call', INTERNALS));
  await serve(context, URLS.find, withScript('call', ''));
  await serve(context, URLS.keys, withScript('call', KEYS));
  await serve(context, URLS.prototypes, withScript('call', PROTOTYPES));
  await serve(context, URLS.events, withScript('call', eventRecorder(extensionId)));
  await serve(context, URLS.vacancyEntries, withScript('call', ENTRIES));
  await serve(context, URLS.listing, withScript('listing', `${ENTRIES}\n${eventRecorder(extensionId)}`));
  await importExampleProfile(context, extensionId);
});
afterAll(async () => {
  await browser?.close();
});

const open = (url: string) => openHostile(browser!.context, url);

/** Everything of the page's DOM a script can read, with what its hooks recorded. */
async function pageVisible(world: MainWorld, extra = '[]'): Promise<string> {
  return world.evaluate<string>(
    `JSON.stringify([document.documentElement.outerHTML, document.documentElement.innerText, ${extra}])`,
  );
}

function expectNothingProfileDerived(visible: string): void {
  for (const secret of PROFILE_DERIVED) expect(visible).not.toContain(secret);
}

/** The sidebar still works: a post opens, shows its verdicts, and saves to the watchlist. */
async function expectWorkingSidebar(sidebar: SidebarPage): Promise<void> {
  if ((await sidebar.count(`${POST} .vf-detail`)) === 0) await sidebar.click(`${POST} .vf-position-head`);
  await sidebar.waitForText('Essentials met', POST);
  await sidebar.click(`${POST} [data-action="save"]`);
  await sidebar.waitForText('Saved', `${POST} [data-action="save"]`);
}

// Defines the extension's custom element names (the old host's and likely new ones) before the
// extension runs, grabs ElementInternals, and tries to open every root the extension adds.
const INTERNALS = `
  window.__internals = [];
  window.__added = [];
  window.__attempts = [];
  for (const name of ['vacancy-fit-sidebar', 'vacancy-fit-frame', 'vacancy-fit', 'vf-root']) {
    customElements.define(name, class extends HTMLElement {
      constructor() { super(); window.__internals.push(this.attachInternals()); }
    });
  }
  // From the end of parsing on: what the parser adds is the page's own.
  let parsed = false;
  document.addEventListener('DOMContentLoaded', () => { parsed = true; });
  new MutationObserver((records) => {
    if (!parsed) return;
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      window.__added.push(node);
      try { node.attachShadow({ mode: 'open' }); window.__attempts.push('attachShadow: opened'); }
      catch (error) { window.__attempts.push('attachShadow: ' + error.name); }
    }
  }).observe(document.documentElement, { childList: true });
  window.__read = () => {
    const frames = [];
    for (let i = 0; i < window.frames.length; i++) {
      for (const read of [() => window.frames[i].document.body.innerText, () => window.frames[i].location.href]) {
        try { frames.push('read: ' + read()); } catch (error) { frames.push(error.name); }
      }
    }
    return {
      // Frames inside a shadow tree are not listed in window.frames.
      frameCount: window.frames.length,
      internals: window.__internals.length,
      internalRoots: window.__internals.filter((i) => i.shadowRoot).length,
      added: window.__added.map((node) => node.nodeName + ' root=' + String(node.shadowRoot) + ' html=' + node.innerHTML),
      attempts: window.__attempts,
      frames,
    };
  };`;

// Capture-phase listeners on window and document for every key and input event.
const KEYS = `
  window.__keys = [];
  for (const target of [window, document]) {
    for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionend', 'paste', 'change']) {
      target.addEventListener(type, (event) => {
        window.__keys.push(type + ':' + (event.key || event.data || ''));
      }, true);
    }
  }`;

// Prototypes and globals the extension might touch, patched to record every call.
const PROTOTYPES = `
  window.__calls = [];
  const record = (what) => window.__calls.push(what);
  const wrap = (owner, name, label) => {
    const original = owner[name];
    owner[name] = function (...args) { record(label + ' ' + String(args[0]).slice(0, 80)); return original.apply(this, args); };
  };
  wrap(EventTarget.prototype, 'addEventListener', 'addEventListener');
  wrap(EventTarget.prototype, 'dispatchEvent', 'dispatchEvent');
  wrap(Node.prototype, 'appendChild', 'appendChild');
  wrap(Node.prototype, 'insertBefore', 'insertBefore');
  wrap(Element.prototype, 'append', 'append');
  wrap(Element.prototype, 'attachShadow', 'attachShadow');
  wrap(Document.prototype, 'createElement', 'createElement');
  wrap(window, 'postMessage', 'postMessage');
  wrap(window, 'fetch', 'fetch');
  wrap(JSON, 'stringify', 'JSON.stringify');
  wrap(JSON, 'parse', 'JSON.parse');
  wrap(Performance.prototype, 'mark', 'performance.mark');
  const src = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'src');
  Object.defineProperty(HTMLIFrameElement.prototype, 'src', {
    configurable: true,
    get() { record('iframe.src get'); return src.get.call(this); },
    set(value) { record('iframe.src set ' + value); src.set.call(this, value); },
  });
  const contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get() { record('iframe.contentWindow'); return contentWindow.get.call(this); },
  });
  for (const key of ['profile', 'answers', 'assessments', 'match', 'view', 'model']) {
    Object.defineProperty(Object.prototype, key, {
      configurable: true,
      get() { return undefined; },
      set(value) { record('Object.prototype.' + key); },
    });
  }
  window.chrome = { runtime: { sendMessage: (...args) => record('chrome.runtime.sendMessage') } };
  window.browser = window.chrome;
  // The page's own set-up is done: from here on, only the extension could add to the log.
  window.__calls.length = 0;`;

// Every entry the extension could add to the page's timeline, buffered ones included. (Long tasks
// are left out: any work on the page's thread, the browser's own included, can make one.)
const ENTRIES = `
  window.__entries = [];
  for (const type of ['mark', 'measure', 'resource', 'element']) {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__entries.push(entry.entryType + ' ' + entry.name);
      }).observe({ type, buffered: true });
    } catch (error) {}
  }
  window.__added = [];
  let parsed = false;
  document.addEventListener('DOMContentLoaded', () => { parsed = true; });
  new MutationObserver((records) => {
    if (!parsed) return;
    for (const record of records) for (const node of record.addedNodes) window.__added.push(node.nodeName);
  }).observe(document.documentElement, { childList: true });`;

describe('a page that defines the custom elements first and calls attachInternals', () => {
  it('gets an empty host whose root it cannot open, cannot read the frame, and the sidebar works', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, sidebar, world } = await open(URLS.internals);
    const read = await world.evaluate<Record<string, unknown>>('window.__read()');
    expect(read).toEqual({
      frameCount: 0,
      // None of the page's definitions was ever constructed: the host is a plain div.
      internals: 0,
      internalRoots: 0,
      added: ['DIV root=null html='],
      attempts: ['attachShadow: NotSupportedError'],
      frames: [],
    });
    await expectWorkingSidebar(sidebar);
    expectNothingProfileDerived(await pageVisible(world, 'window.__read()'));
    await page.close();
  });
});

describe('window.find and the selection', () => {
  it("find nothing the sidebar shows, while finding the page's own text", async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, sidebar, world } = await open(URLS.find);
    await sidebar.click(`${POST} .vf-position-head`);
    await sidebar.waitForText('Essentials met', POST);
    const probes = ['Call for Contributions', ...PROFILE_DERIVED, 'Hide ›', 'Vacancy Fit'];
    // The sidebar does show them, so finding them would be a leak.
    const shown = await sidebar.text();
    expect(probes.filter((probe) => shown.includes(probe))).toEqual([
      'Call for Contributions',
      'LL.M. International',
      'OSCE Mission to Serbia',
      'meet all decided',
      'not eligible',
      'Essentials met',
      'Hide ›',
      'Vacancy Fit',
    ]);
    const result = await world.evaluate<{ found: string[]; selection: string }>(`(() => {
      const found = ${JSON.stringify(probes)}.filter((probe) => {
        getSelection().removeAllRanges();
        return window.find(probe, false, false, true, false, true, true);
      });
      const selection = getSelection();
      selection.removeAllRanges();
      selection.collapse(document.body, 0);
      selection.modify('extend', 'forward', 'documentboundary');
      const extended = selection.toString();
      selection.selectAllChildren(document.documentElement);
      return { found, selection: extended + ' | ' + selection.toString() };
    })()`);
    expect(result.found).toEqual(['Call for Contributions']);
    expect(result.selection).toContain('EULEX Kosovo 2-2026 Call for Contributions');
    expectNothingProfileDerived(result.selection);
    expect(result.selection).not.toContain('Hide ›');
    await expectWorkingSidebar(sidebar);
    await page.close();
  });
});

describe('capture-phase key listeners on window and document', () => {
  it('see none of the keys typed into the sidebar, which stores the answer', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, sidebar, world } = await open(URLS.keys);
    await sidebar.click(`${POST} .vf-position-head`);
    await sidebar.waitForText('Essentials met', POST);
    const requirement = await sidebar
      .frame()
      .locator(`${POST} [data-requirement]:has(input[type="text"])`)
      .first()
      .getAttribute('data-requirement');
    expect(requirement).toBeTruthy();
    const item = `${POST} [data-requirement="${requirement}"]`;
    await sidebar.click(`${item} input[type="text"]`);
    const typed = 'Drafted 40 trial reports, 2019-2024';
    await page.keyboard.type(typed, { delay: 5 });
    expect(await sidebar.frame().locator(`${item} input[type="text"]`).inputValue()).toBe(typed);
    await sidebar.click(`${item} [data-action="answer-met"]`);
    expect(await sidebar.waitForText(`I meet this — ${typed}`, item)).toContain(
      `Your answer: I meet this — ${typed}`,
    );
    // Escape, typed in the sidebar, collapses it; the page sees that key no more than the others.
    await sidebar.click(`${POST} .vf-position-head`);
    await page.keyboard.press('Escape');
    await sidebar.waitForText('Vacancy Fit', '[data-action="expand"]');
    await sidebar.click('[data-action="expand"]');
    await sidebar.waitForText('not eligible', '[data-part="ranking-summary"]');

    expect(await world.evaluate<string[]>('window.__keys')).toEqual([]);
    const visible = await pageVisible(world, 'window.__keys');
    expect(visible).not.toContain('Drafted');
    expectNothingProfileDerived(visible);
    await page.close();
  });
});

describe('a page that patches prototypes and globals before the extension runs', () => {
  it('records no call from the extension while the sidebar is used', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, sidebar, world } = await open(URLS.prototypes);
    await expectWorkingSidebar(sidebar);
    expect(await world.evaluate<string[]>('window.__calls')).toEqual([]);
    expectNothingProfileDerived(await pageVisible(world, 'window.__calls'));
    await page.close();
  });
});

describe("a page that dispatches WXT's events, synthetic keys and messages", () => {
  it('hears no event from the extension, and its own ones neither remove nor drive the sidebar', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, sidebar, world } = await open(URLS.events);
    const frame = sidebar.frame();
    // Single-page navigation: WXT would announce it with wxt:locationchange.
    await world.evaluate(`history.pushState({}, '', location.pathname + '?tab=positions')`);
    await page.waitForTimeout(500);
    expect(await world.evaluate<string[]>('window.__events')).toEqual([]);

    const names = wxtEventNames(extensionId);
    await world.evaluate(`(() => {
      window.__dispatching = true;
      for (const type of ${JSON.stringify(names)}) {
        const detail = { contentScriptName: 'vacancy', messageId: 'page' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, contentScriptName: 'vacancy', messageId: 'page' }, '*');
        for (let i = 0; i < window.frames.length; i++) window.frames[i].postMessage({ type }, '*');
      }
      for (const target of [window, document, document.documentElement.lastElementChild]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      }
      document.documentElement.lastElementChild.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      window.__dispatching = false;
    })()`);
    await page.waitForTimeout(500);
    const events = await world.evaluate<string[]>('window.__events');
    // Only what the page dispatched itself (each CustomEvent heard on window and document as it
    // propagates, and its own window messages, which arrive after dispatching ended).
    expect(events.filter((event) => event.startsWith('page '))).toHaveLength(names.length * 3);
    expect(events.filter((event) => !event.startsWith('page '))).toEqual(
      names.flatMap(() => ['other window message']),
    );
    // The same frame, not collapsed, and it still works.
    expect(sidebar.frame()).toBe(frame);
    expect(await sidebar.count('[data-action="collapse"]')).toBe(1);
    await expectWorkingSidebar(sidebar);
    expect(await extensionTraces(page)).toEqual({ frames: 1, elements: ['div'] });
    await page.close();
  });
});

describe('performance entries, DOM and events', () => {
  it('a page of a publisher that is not a vacancy sees no trace of the extension', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const page = await browser!.context.newPage();
    const world = await MainWorld.attach(page);
    await page.goto(URLS.listing);
    await expect.poll(() => world.contentScriptRan(), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(1_500);
    expect(await world.evaluate<string[]>("performance.getEntriesByType('mark').map((e) => e.name)")).toEqual(
      [],
    );
    expect(
      await world.evaluate<string[]>("performance.getEntriesByType('measure').map((e) => e.name)"),
    ).toEqual([]);
    const entries = await world.evaluate<string[]>('window.__entries');
    expect(entries.filter((entry) => !entry.startsWith('resource https://www.eeas.europa.eu/'))).toEqual([]);
    expect(await world.evaluate<string[]>('window.__added')).toEqual([]);
    expect(await world.evaluate<string[]>('window.__events')).toEqual([]);
    expect(await extensionTraces(page)).toEqual({ frames: 0, elements: [] });
    await page.close();
  });

  it('a vacancy page gets the frame but no mark, measure or extension resource entry', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, sidebar, world } = await open(URLS.vacancyEntries);
    await expectWorkingSidebar(sidebar);
    const entries = await world.evaluate<string[]>('window.__entries');
    expect(entries.filter((entry) => /^(mark|measure) |chrome-extension:|vacancy-fit/.test(entry))).toEqual(
      [],
    );
    expect(await world.evaluate<string[]>('window.__added')).toEqual(['DIV']);
    await page.close();
  });
});
