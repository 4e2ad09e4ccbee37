import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, ROOT } from '../../scripts/browser';
import { OptionsPage } from './pages';
import { startBrowser } from './setup';

// Evaluated through the DevTools protocol: extension pages' CSP forbids injected script tags.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: LaunchedBrowser | undefined;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Serious and critical axe-core violations on the page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('accessibility (axe-core)', () => {
  it('options page with a profile has no serious or critical violations', async () => {
    const options = await OptionsPage.open(browser!.context, browser!.extensionId);
    await options.importProfile(join(ROOT, 'examples', 'profile.example.json'));
    await options.page.getByText('Imported and saved').waitFor();
    expect(await seriousViolations(options.page)).toEqual([]);
  });

  it('popup has no serious or critical violations', async () => {
    const popup = await browser!.context.newPage();
    await popup.goto(`chrome-extension://${browser!.extensionId}/popup.html`);
    await popup.getByRole('heading', { name: 'Vacancy Fit' }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
  });
});
