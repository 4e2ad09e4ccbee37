import type { BrowserContext, Page } from 'playwright-core';

/** The fixture pages the e2e tests open, by what they are. */
export const URLS = {
  eulexCall: 'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en',
  eulexInline:
    'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions-requirements-and-job-descriptions_en',
  eulexNotice:
    'https://www.eeas.europa.eu/eulex-kosovo/vacancy-notice-justice-monitor-eulex-kosovo-ek-60092_en',
  eubamNotInBundle: 'https://www.eeas.europa.eu/eubam-libya/eubam-libya-3-2024-call-contributions_en?s=327',
  eeasListing: 'https://www.eeas.europa.eu/eeas/vacancies_en',
  isdJob: 'https://strongcitiesnetwork.org/careers/programmes-lead-western-balkans/',
  cilcCall: 'https://cilc.nl/western-balkans-call-for-international-and-national-advisors/',
  cilcNews: 'https://cilc.nl/western-balkans-kick-off-regional-project-migrant-smuggling/',
  hostile: 'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions-hostile-test_en',
} as const;

/** Page object for the options page. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Your profile', level: 1 }).waitFor();
    return new OptionsPage(page);
  }

  async importProfile(file: string): Promise<void> {
    await this.page.locator('#profile-import').setInputFiles(file);
  }

  async importProfileText(name: string, text: string): Promise<void> {
    await this.page
      .locator('#profile-import')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  /** The message shown after an import. */
  importMessage(): Promise<string> {
    return this.page.locator('.ok-box').innerText();
  }

  importErrors(): Promise<string> {
    return this.page.locator('[data-part="import-errors"]').innerText();
  }
}
