import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { type LaunchedBrowser, type LaunchOptions, launchWithExtension, ROOT } from '../../scripts/browser';

export const FAILURE_DIR = join(ROOT, 'test-results', 'e2e-failures');

/** Launches Chromium with the extension; screenshots every open page if the current test fails. */
export async function startBrowser(options?: LaunchOptions): Promise<LaunchedBrowser> {
  return launchWithExtension(options);
}

export function screenshotOnFailure(browser: () => LaunchedBrowser | undefined, name: string): void {
  onTestFailed(async () => {
    const current = browser();
    if (!current) return;
    mkdirSync(FAILURE_DIR, { recursive: true });
    const safe = name.replace(/[^a-z0-9-]+/gi, '-');
    await Promise.all(
      current.context
        .pages()
        .map((page: Page, i: number) =>
          page.screenshot({ path: join(FAILURE_DIR, `${safe}-${i}.png`), fullPage: false }).catch(() => {}),
        ),
    );
  });
}
