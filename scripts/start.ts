/**
 * `npm start`: builds the extension and opens Chromium with it loaded on the bundled demo vacancy
 * pages, offline. Without a display it runs headless and writes a screenshot of every demo page.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, ROOT } from './browser';

const DEMO_PAGES = [
  'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en',
  'https://www.eeas.europa.eu/eulex-kosovo/vacancy-notice-justice-monitor-eulex-kosovo-ek-60092_en',
  'https://www.eeas.europa.eu/eubam-libya/eubam-libya-3-2024-call-contributions_en?s=327',
  'https://strongcitiesnetwork.org/careers/programmes-lead-western-balkans/',
  'https://cilc.nl/western-balkans-call-for-international-and-national-advisors/',
];

const SCREENSHOT_DIR = join(ROOT, 'screenshots', 'demo');
const headless = !process.env.DISPLAY && process.platform === 'linux';

execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
const browser = await launchWithExtension({ headless });

// A demo profile, so the sidebar shows verdicts (replace it with yours in the options page).
const options = await browser.context.newPage();
await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
await options.locator('#profile-import').setInputFiles(join(ROOT, 'examples', 'profile.example.json'));
await options.getByText('Imported and saved').waitFor();

for (const url of DEMO_PAGES) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator('vacancy-fit-sidebar').waitFor({ state: 'attached', timeout: 15_000 });
}

if (headless) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Let the sidebar paint before the screenshots.
  await new Promise((done) => setTimeout(done, 500));
  const pages = browser.context.pages().filter((page) => page.url().startsWith('https://'));
  for (const [i, page] of pages.entries()) {
    const file = join(
      SCREENSHOT_DIR,
      `${String(i + 1).padStart(2, '0')}-${new URL(page.url()).hostname}.png`,
    );
    await page.screenshot({ path: file });
    console.log(`Screenshot: ${file}  (${page.url()})`);
  }
  console.log(`No display: ran headless. Screenshots of the demo pages are in ${SCREENSHOT_DIR}`);
  await browser.close();
} else {
  console.log('Chromium is open on the demo pages with Vacancy Fit loaded. Close the window to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
}
