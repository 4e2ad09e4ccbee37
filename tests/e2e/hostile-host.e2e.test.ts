import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LaunchedBrowser } from '../../scripts/browser';
import {
  importExampleProfile,
  type MainWorld,
  openHostile,
  PROFILE_DERIVED,
  SUMMARY,
  serve,
  withScript,
} from './hostile-kit';
import { screenshotOnFailure, startBrowser } from './setup';
import { extensionTraces, type SidebarPage } from './sidebar-page';

const EEAS = 'https://www.eeas.europa.eu';
const call = (attack: string) => `${EEAS}/eulex-kosovo/eulex-kosovo-2-2026-call-contributions-${attack}_en`;
const IGNORED = 'Vacancy Fit ignored that click: something on the page covered or hid the sidebar.';
/** The viewport is 1280 × 900; the expanded frame is the 400 px strip on the right. */
const EXPANDED = { x: 880, y: 0, width: 400, height: 900 };

/** Style sheets a page could aim at the host, each on its own page. */
const STYLE_ATTACKS: Record<string, string> = {
  'max-size': 'html > div { max-width: 0 !important; max-height: 0 !important; }',
  zoom: 'html > div { zoom: 0.01 !important; }',
  scale: 'html > div { scale: 0.01 !important; }',
  translate: 'html > div { translate: 5000px !important; }',
  mask: 'html > div { mask-image: linear-gradient(transparent, transparent) !important; }',
  'content-visibility': 'html > div { content-visibility: hidden !important; }',
  'min-size': 'html > div { min-width: 100vw !important; min-height: 300vh !important; }',
};

/** Scripts run on a vacancy page once the sidebar shows, each on its own page. */
const DOM_ATTACKS: Record<string, string> = {
  remove: 'document.documentElement.lastElementChild.remove()',
  'move-into-hidden': `const box = document.createElement('div');
    box.style.display = 'none';
    document.body.append(box);
    box.append(document.documentElement.lastElementChild);`,
  attributes: `const host = document.documentElement.lastElementChild;
    host.inert = true;
    host.hidden = true;
    host.setAttribute('style', 'display: none');
    host.className = 'gone';`,
  'document-open': `const html = document.documentElement.outerHTML;
    document.open();
    document.write(html);
    document.close();`,
  'replace-html': `const html = document.createElement('html');
    html.append(document.head.cloneNode(true), document.body.cloneNode(true));
    document.replaceChild(html, document.documentElement);`,
};

/** Page elements drawn over the sidebar that let clicks through to it, or fade it. */
const CLICKJACKING: Record<string, { cover: string; uncover: string }> = {
  'transparent overlay': {
    cover: `const overlay = document.createElement('div');
      overlay.id = 'decoy';
      overlay.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; background: rgb(255 255 255 / 1%)';
      document.documentElement.append(overlay);`,
    uncover: `document.getElementById('decoy').remove()`,
  },
  popover: {
    cover: `const decoy = document.createElement('div');
      decoy.id = 'decoy';
      decoy.popover = 'manual';
      decoy.textContent = 'Click the buttons to win a prize';
      decoy.style.cssText = 'inset: 0; width: 100vw; height: 100vh; max-width: none; max-height: none; margin: 0; border: 0; pointer-events: none; background: white';
      document.body.append(decoy);
      decoy.showPopover();`,
    uncover: `document.getElementById('decoy').remove()`,
  },
  'faded <html>': {
    cover: `document.documentElement.style.setProperty('opacity', '0.01', 'important')`,
    uncover: `document.documentElement.style.removeProperty('opacity')`,
  },
};

const PAGES: Record<string, string> = {
  ...Object.fromEntries(Object.keys(STYLE_ATTACKS).map((name) => [name, call(`host-style-${name}`)])),
  ...Object.fromEntries(Object.keys(DOM_ATTACKS).map((name) => [name, call(`host-dom-${name}`)])),
  ...Object.fromEntries(
    Object.keys(CLICKJACKING).map((name) => [name, call(`clickjacking-${name.replace(/\W+/g, '-')}`)]),
  ),
  'keeps removing': call('host-dom-keeps-removing'),
};

let browser: LaunchedBrowser | undefined;

beforeAll(async () => {
  browser = await startBrowser();
  const { context } = browser;
  for (const [name, url] of Object.entries(PAGES)) {
    const style = STYLE_ATTACKS[name];
    await serve(
      context,
      url,
      withScript(
        'call',
        style
          ? `document.addEventListener('DOMContentLoaded', () => {
               const sheet = document.createElement('style');
               sheet.textContent = ${JSON.stringify(style)};
               document.head.append(sheet);
             });`
          : '',
      ),
    );
  }
  await importExampleProfile(context, browser.extensionId);
});
afterAll(async () => {
  await browser?.close();
});

const open = (url: string) => openHostile(browser!.context, url);

/** The iframe's box on the page as the browser lays it out (DevTools protocol, not page script). */
async function frameBox(page: Page): Promise<typeof EXPANDED> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const find = (node: typeof root): number | null => {
    if (node.nodeName === 'IFRAME') return node.backendNodeId;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
      if (child.nodeName === '#document') continue;
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const html = root.children?.find((node) => node.nodeName === 'HTML');
  const iframe = html ? find(html) : null;
  if (!iframe) throw new Error('No sidebar iframe on the page');
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: iframe });
  const [x, y] = model.border;
  await cdp.detach();
  return { x: x!, y: y!, width: model.width, height: model.height };
}

/** What the user can see and hit at the middle of the sidebar: the frame, not the page. */
async function hitAtSidebar(world: MainWorld): Promise<string> {
  return world.evaluate<string>(
    `(() => { const e = document.elementFromPoint(1080, 450); return e === document.documentElement.lastElementChild ? 'host' : String(e && e.nodeName); })()`,
  );
}

async function openPost(sidebar: SidebarPage, post: string): Promise<void> {
  if ((await sidebar.count(`${post} .vf-detail`)) === 0) await sidebar.click(`${post} .vf-position-head`);
  await sidebar.waitForText('Essentials met', post);
}

async function expectSaves(sidebar: SidebarPage, post: string): Promise<void> {
  await openPost(sidebar, post);
  await sidebar.click(`${post} [data-action="save"]`);
  expect(await sidebar.waitForText('Saved to watchlist', `${post} [data-action="save"]`)).toBe(
    'Saved to watchlist',
  );
}

describe("the page's style sheets aimed at the host", () => {
  const posts = ['ek-60021', 'ek-60029', 'ek-60030', 'ek-60031', 'ek-60035', 'ek-60050', 'ek-60051'];
  for (const [index, name] of Object.keys(STYLE_ATTACKS).entries()) {
    it(`${name}: the frame keeps its place and size, and it works`, async (ctx) => {
      screenshotOnFailure(() => browser, ctx.task.name);
      const { page, sidebar, world } = await open(PAGES[name]!);
      expect(await frameBox(page)).toEqual(EXPANDED);
      expect(await hitAtSidebar(world)).toBe('host');
      await expectSaves(sidebar, `[data-position="${posts[index]}"]`);
      await page.close();
    });
  }
});

describe('scripts that remove, move or disable the host', () => {
  const posts = ['ek-60091', 'ek-60097', 'ek-60101', 'ek-60205', 'ek-60220'];
  for (const [index, name] of Object.keys(DOM_ATTACKS).entries()) {
    it(`${name}: the frame is put back, once, at its size, and it works`, async (ctx) => {
      screenshotOnFailure(() => browser, ctx.task.name);
      const { page, sidebar, world } = await open(PAGES[name]!);
      await world.evaluate(`(() => { ${DOM_ATTACKS[name]} })()`);
      await sidebar.waitForMounted();
      expect(await sidebar.waitForText('not eligible', '[data-part="ranking-summary"]')).toBe(SUMMARY);
      expect(await extensionTraces(page)).toEqual({ frames: 1, elements: ['div'] });
      expect(
        await world.evaluate<string[]>('document.documentElement.lastElementChild.getAttributeNames()'),
      ).toEqual(['style']);
      expect(await frameBox(page)).toEqual(EXPANDED);
      expect(await hitAtSidebar(world)).toBe('host');
      await expectSaves(sidebar, `[data-position="${posts[index]}"]`);
      await page.close();
    });
  }

  it('a page that removes it again every time wins after 20 tries, without hanging', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const { page, world } = await open(PAGES['keeps removing']!);
    await world.evaluate(`(() => {
      window.__removed = 0;
      const remove = () => {
        const host = [...document.documentElement.children].find((e) => e !== document.head && e !== document.body);
        if (host) { host.remove(); window.__removed++; }
      };
      new MutationObserver(remove).observe(document.documentElement, { childList: true });
      remove();
    })()`);
    await page.waitForTimeout(500);
    // The page's first removal and one after each of the 20 restorations.
    expect(await world.evaluate<number>('window.__removed')).toBe(21);
    expect(await extensionTraces(page)).toEqual({ frames: 0, elements: [] });
    expect(await world.evaluate<number>('1 + 1')).toBe(2);
    await page.close();
  });
});

describe('clickjacking: the page covers or fades the sidebar while the user clicks in it', () => {
  const posts = ['ek-60251', 'ek-60265', 'ek-60267'];
  for (const [index, [name, attack]] of Object.entries(CLICKJACKING).entries()) {
    it(`${name}: the click saves and answers nothing, hiding still works, and clicks count once the sidebar is seen again`, async (ctx) => {
      screenshotOnFailure(() => browser, ctx.task.name);
      const { page, sidebar, world } = await open(PAGES[name]!);
      const post = `[data-position="${posts[index]}"]`;
      await openPost(sidebar, post);
      const answer = `${post} [data-action="answer-met"]`;
      const answers = await sidebar.count(answer);
      expect(answers).toBeGreaterThan(0);

      await world.evaluate(`(() => { ${attack.cover} })()`);
      await sidebar.frame().locator('html[data-input="ignored"]').waitFor({ state: 'attached' });
      // The user clicks where the page's decoy sits: right on the sidebar's buttons.
      await sidebar.click(`${post} [data-action="save"]`, 0, { untrusted: true });
      await sidebar.click(answer, 0, { untrusted: true });
      await page.waitForTimeout(500);
      expect(await sidebar.text(`${post} [data-action="save"]`)).toBe('Save to watchlist');
      expect(await sidebar.count(answer)).toBe(answers);
      expect(await sidebar.texts('[data-part="notice"]')).toEqual([IGNORED]);
      // The page learnt nothing from it either.
      const visible = await world.evaluate<string>('document.documentElement.outerHTML');
      for (const secret of PROFILE_DERIVED) expect(visible).not.toContain(secret);

      // Hiding the sidebar always works: a page never keeps the user from getting it out of the way.
      await sidebar.click('[data-action="collapse"]', 0, { untrusted: true });
      await sidebar.waitForText('Vacancy Fit', '[data-action="expand"]');
      await sidebar.click('[data-action="expand"]', 0, { untrusted: true });
      await sidebar.waitForText('Hide', '[data-action="collapse"]');

      await world.evaluate(`(() => { ${attack.uncover} })()`);
      await expectSaves(sidebar, post);
      expect(await sidebar.texts('[data-part="notice"]')).toEqual([]);
      await page.close();
    });
  }
});
