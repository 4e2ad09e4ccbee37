import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { FIXTURE_DIR } from '../../scripts/browser';

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

const EEAS_FILES = 'https://www.eeas.europa.eu/sites/default/files/documents/2026';
const ANNEXES = join(FIXTURE_DIR, '..', 'annexes');

/** Calls not in the bundle that link their documents, and the documents (served as files). */
export const ANNEX_URLS = {
  /** The EULEX annex as a call "7-2026" (tests/fixtures/annexes/README.md), linked as a PDF. */
  linkedAnnexCall: 'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-7-2026-call-contributions_en',
  linkedAnnexPdf: `${EEAS_FILES}/EULEX%20Kosovo%207-2026%20Annex%201%20-%20Requirements%20and%20Job%20Descriptions.pdf`,
  /** A call page whose only linked PDF is a privacy statement. */
  nonAnnexCall: 'https://www.eeas.europa.eu/eucap-sahel-mali/eucap-sahel-mali-1-2026-call-contributions_en',
  nonAnnexPdf: `${EEAS_FILES}/Privacy%20statement%20-%20selection%20procedures.pdf`,
} as const;

/** Routes (URL → file) for LaunchOptions.files. */
export const ANNEX_FILES: Record<string, string> = {
  [ANNEX_URLS.linkedAnnexCall]: join(FIXTURE_DIR, 'eeas', 'eulex-kosovo-7-2026-call-linked-annex.html'),
  [ANNEX_URLS.linkedAnnexPdf]: join(ANNEXES, 'eulex-kosovo-7-2026-annex1.pdf'),
  [ANNEX_URLS.nonAnnexCall]: join(FIXTURE_DIR, 'eeas', 'eucap-sahel-mali-1-2026-call-privacy-pdf.html'),
  [ANNEX_URLS.nonAnnexPdf]: join(ANNEXES, 'not-an-annex-privacy-statement.pdf'),
};

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
