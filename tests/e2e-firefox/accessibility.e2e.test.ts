/** axe-core on the extension's pages as Firefox renders them. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/browser';
import { type FirefoxSession, openSession } from './launch';
import { OptionsPage, PopupPage, SidebarPage, URLS } from './pages';
import { Tab } from './tab';

// Evaluated over BiDi: extension pages' CSP forbids injected script tags.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: FirefoxSession;
beforeAll(async () => {
  session = await openSession(inject('firefox'));
});
afterAll(async () => {
  await session?.close();
});

/** Serious and critical axe-core violations in the tab, as "rule: target" lines. */
async function seriousViolations(tab: Tab): Promise<string[]> {
  await tab.evaluateSource(AXE);
  return tab.inPage(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const { axe } = window as unknown as { axe: { run(context: Document): Promise<Result> } };
    return (await axe.run(document)).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

describe('accessibility in Firefox (axe-core)', () => {
  it('options page with a profile has no serious or critical violations', async () => {
    const options = await OptionsPage.open(session);
    await options.importProfile(join(ROOT, 'examples', 'profile.example.json'));
    expect(await seriousViolations(options.tab)).toEqual([]);
    await options.tab.close();
  });

  it('sidebar frame: ranked posts with an expanded post and its answer controls, then the collapsed tab', async () => {
    const sidebar = SidebarPage.attach(await Tab.open(session, URLS.eulexCall));
    await sidebar.waitForMounted();
    await sidebar.waitForText('11 meet all decided');
    await sidebar.click('[data-position="ek-60021"] .vf-position-head');
    await sidebar.waitForText('ESSENTIAL (', '[data-position="ek-60021"]');
    const frame = await sidebar.frame();
    expect(frame, 'this build shows the sidebar in an extension frame').not.toBeNull();
    const expanded = await seriousViolations(frame!);
    await sidebar.click('[data-action="collapse"]');
    await sidebar.waitForText('Vacancy Fit', '[data-action="expand"]');
    const collapsed = await seriousViolations(frame!);
    await sidebar.click('[data-action="expand"]');
    await sidebar.waitForText('11 meet all decided');
    expect({ expanded, collapsed }).toEqual({ expanded: [], collapsed: [] });
    await sidebar.tab.close();
  });

  it('popup has no serious or critical violations', async () => {
    const popup = await PopupPage.open(session);
    expect(await seriousViolations(popup.tab)).toEqual([]);
    await popup.tab.close();
  });
});
