import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import { FIXTURE_DIR, ROOT } from '../../scripts/browser';
import { OptionsPage } from './pages';
import { SidebarPage } from './sidebar-page';

/** From the example profile and the fit computed on it: the page must never see any of these. */
export const PROFILE_DERIVED = [
  'Anna Becker',
  'LL.M. International',
  'OSCE Mission to Serbia',
  'meet all decided',
  'not eligible',
  'Essentials met',
];

const FIXTURES = {
  call: 'eeas/eulex-kosovo-2-2026-call.html',
  listing: 'eeas/vacancies-listing.html',
} as const;

/** A fixture page with `script` run first thing in <head>, before anything of the extension. */
export function withScript(fixture: keyof typeof FIXTURES, script: string): string {
  const html = readFileSync(join(FIXTURE_DIR, FIXTURES[fixture]), 'utf8');
  return html.replace(/<head>/i, `<head>\n<script>\n${script}\n</script>`);
}

/** Serves `html` at `url` in this context (routes added later win over the fixture routes). */
export async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/**
 * The page's main world, reached through the DevTools protocol: Playwright's own page.evaluate
 * and locators run helper code there (a MutationObserver, for one) that hooks would record.
 */
export class MainWorld {
  private readonly worlds: string[] = [];

  private constructor(private readonly cdp: CDPSession) {}

  /** Attach before navigating, so the content script's world is seen when it is created. */
  static async attach(page: Page): Promise<MainWorld> {
    const world = new MainWorld(await page.context().newCDPSession(page));
    world.cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.auxData?.type === 'isolated') world.worlds.push(context.origin);
    });
    await world.cdp.send('Runtime.enable');
    return world;
  }

  /** Whether the extension's content script was injected (its isolated world exists). */
  contentScriptRan(): boolean {
    return this.worlds.some((origin) => origin.startsWith('chrome-extension://'));
  }

  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description}`);
    return result.value as T;
  }
}

/** Names WXT's ContentScriptContext gives its events for this extension's content script. */
export function wxtEventNames(extensionId: string): string[] {
  return ['wxt:content-script-started', 'wxt:locationchange'].flatMap((name) => [
    name,
    `${extensionId}:vacancy:${name}`,
    `${extensionId}:vacancy.content:${name}`,
  ]);
}

/** Page script: records every WXT-named event (and window messages) seen on window or document. */
export function eventRecorder(extensionId: string): string {
  return `
    window.__events = [];
    window.__dispatching = false;
    for (const target of [window, document]) {
      for (const type of ${JSON.stringify(wxtEventNames(extensionId))}.concat(['message'])) {
        target.addEventListener(type, (event) => {
          window.__events.push((window.__dispatching ? 'page ' : 'other ') + (target === window ? 'window ' : 'document ') + type);
        }, true);
      }
    }`;
}

/** The sidebar's summary line for the example profile on the EULEX call. */
export const SUMMARY = '11 meet all decided · 2 eligible if · 4 not eligible';

/** Imports the example profile, so every sidebar has something profile-derived to protect. */
export async function importExampleProfile(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await OptionsPage.open(context, extensionId);
  await options.importProfile(join(ROOT, 'examples', 'profile.example.json'));
  await options.page.locator('.ok-box', { hasText: 'Imported and saved the profile' }).waitFor();
  await options.page.close();
}

/** Opens a hostile EULEX call page with the page's world attached before it loads. */
export async function openHostile(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; sidebar: SidebarPage; world: MainWorld }> {
  const page = await context.newPage();
  const world = await MainWorld.attach(page);
  await page.goto(url);
  const sidebar = await SidebarPage.attach(page);
  await sidebar.waitForMounted();
  expect(await sidebar.waitForText('not eligible', '[data-part="ranking-summary"]')).toBe(SUMMARY);
  return { page, sidebar, world };
}
