import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, ROOT } from '../../scripts/browser';
import { pdfWithAttachments } from '../fixtures/europass/pdf-with-attachment';
import { seriousViolations } from './axe';
import { EuropassImportPart } from './europass-page';
import { OptionsPage, URLS } from './pages';
import { screenshotOnFailure, startBrowser } from './setup';
import { SidebarPage } from './sidebar-page';

const PROFILE = join(ROOT, 'examples', 'profile.example.json');
const POLICE_XML = readFileSync(
  join(ROOT, 'tests', 'fixtures', 'europass', 'police-officer-v3.4.xml'),
  'utf8',
);
/** EK 60092's call-wide "Category C driving licence" desirable, before and after the police officer's CV (licence C) is merged in. */
const LICENCE_C = '[data-position="ek-60092"] [data-requirement="eulex-kosovo-2-2026:call:ii-b-5"] .vf-badge';
const BEFORE = 'Not met';
const AFTER = 'Met';

let browser: LaunchedBrowser | undefined;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Start from your Europass CV', () => {
  it('chooses a Europass PDF, reviews it, merges it into the profile, saves; the sidebar follows', async (ctx) => {
    screenshotOnFailure(() => browser, ctx.task.name);
    const options = await OptionsPage.open(browser!.context, browser!.extensionId);
    await options.importProfile(PROFILE);
    await expect.poll(() => options.importMessage()).toContain('Imported and saved the profile');

    const page = await browser!.context.newPage();
    await page.goto(URLS.eulexCall);
    const sidebar = await SidebarPage.attach(page);
    await sidebar.waitForMounted();
    await sidebar.click('[data-position="ek-60092"] .vf-position-head');
    await sidebar.click('[data-position="ek-60092"] .vf-callwide > summary');
    expect(await sidebar.waitForText(BEFORE, LICENCE_C)).toBe(BEFORE);

    const europass = new EuropassImportPart(options.page);
    const pdf = pdfWithAttachments([{ name: 'Europass-CV.xml', content: POLICE_XML }]);
    await europass.choose('Europass-CV-Papadakis.pdf', Buffer.from(pdf), 'application/pdf');
    expect(await europass.waitForReview()).toContain(
      'Review the import from Europass-CV-Papadakis.pdf (Europass XML v3.4)',
    );
    expect(await options.page.getByLabel('Merge into my profile').isChecked()).toBe(true);
    expect((await europass.review('changes')).split('\n')).toEqual([
      'New Citizenships: GR',
      'New Education: Police Constables School (EQF level to fill in, completed 2008-06-30); General Lyceum certificate (EQF level to fill in, completion date to fill in)',
      'New Work history: Police Team Leader, Close Protection Unit, Hellenic Police (2015-04-01 – now); Police Officer, Hellenic Police, Thessaloniki Directorate (2008-09-01 – 2015-03-31)',
      'New Languages: el native',
      'New Driving licences: C',
      'New Certifications: basic-life-support; Hostage negotiation course',
      'Kept yours Languages: yours kept, en C1 (the CV says B1)',
      'Kept yours Name: yours kept, Anna Becker (the CV says Nikos Papadakis)',
    ]);
    expect(await europass.review('to-fill')).toContain(
      'EQF level of the qualification "Police Constables School": the CV gives none. Until you set it, it meets no degree requirement.',
    );
    expect(await europass.review('suggestions')).toContain('Management level — because of “Team Leader”');
    await europass.accept(0, 'management');
    expect(await europass.review('changes')).toContain(
      'Police Team Leader, Close Protection Unit, Hellenic Police (2015-04-01 – now) [management]',
    );

    await options.page.getByRole('button', { name: 'Merge and save' }).click();
    expect(await europass.saved()).toBe('Merged the Europass CV from Europass-CV-Papadakis.pdf and saved.');
    // The form shows the merged profile, with the imported levels to fill in.
    expect(await options.page.locator('select[data-to-fill="true"]').count()).toBe(2);
    expect(await options.page.getByLabel('Name (optional, stays in your browser)').inputValue()).toBe(
      'Anna Becker',
    );

    await expect.poll(() => sidebar.text(LICENCE_C), { timeout: 10_000 }).toBe(AFTER);
    await page.close();
    await options.page.close();
  });

  it('the review has no serious or critical accessibility violations (axe-core)', async () => {
    const options = await OptionsPage.open(browser!.context, browser!.extensionId);
    const europass = new EuropassImportPart(options.page);
    const lawyer = readFileSync(join(ROOT, 'tests', 'fixtures', 'europass', 'lawyer-v3.4.xml'));
    await europass.choose('lawyer.xml', lawyer, 'text/xml');
    await europass.waitForReview();
    expect(await seriousViolations(options.page, '[data-part="europass-review"]')).toEqual([]);
    await options.page.close();
  });

  it('a cover letter instead of a CV is refused and nothing changes', async () => {
    const options = await OptionsPage.open(browser!.context, browser!.extensionId);
    const europass = new EuropassImportPart(options.page);
    const letter = POLICE_XML.replace(
      '<DocumentType>ECV_ESP</DocumentType>',
      '<DocumentType>ECL</DocumentType>',
    );
    await europass.choose('letter.xml', Buffer.from(letter), 'text/xml');
    expect(await europass.errors()).toBe(
      'The CV was not imported; your profile is unchanged.\n\nDocumentInfo/DocumentType This is a Europass Cover Letter (Europass XML v3, document type ECL), not a CV; choose your Europass CV file.',
    );
    expect(await options.page.locator('[data-part="europass-review"]').count()).toBe(0);
    await options.page.close();
  });
});
