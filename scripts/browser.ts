/**
 * Launches Debian's Chromium with the built extension loaded and serves the fixture pages at the
 * publishers' real URLs by request interception, fully offline. Used by `npm start` and the e2e tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const FIXTURE_DIR = join(ROOT, 'tests', 'fixtures', 'pages');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Fixture pages by the real URL they are served at. */
export function fixtureRoutes(): Record<string, string> {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, 'routes.json'), 'utf8')) as Record<string, string>;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every http(s) request that reached the interception layer, fixture or not. */
  requests: {
    url: string;
    fromExtension: boolean;
    /** Of the extension's own requests (from its service worker): method and every header sent. */
    method?: string;
    headers?: Record<string, string>;
  }[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Extra routes (URL → HTML) for pages a test builds on the fly. */
  pages?: Record<string, string>;
  /** Extra routes (URL → file path) for documents such as PDF annexes. */
  files?: Record<string, string>;
  colorScheme?: 'light' | 'dark';
  timezoneId?: string;
  /** Another unpacked extension to load instead of the build (the benchmark's floor). */
  extensionDir?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  }
  const browser = await launch(options, [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]);
  const { context } = browser;
  // Requests made by the extension's service worker (Playwright reports them with this flag set).
  context.on('request', (request) => {
    if (!request.serviceWorker()) return;
    const entry: LaunchedBrowser['requests'][number] = {
      url: request.url(),
      fromExtension: true,
      method: request.method(),
    };
    browser.requests.push(entry);
    void request.allHeaders().then((headers) => {
      entry.headers = headers;
    });
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { ...browser, extensionId: new URL(serviceWorker.url()).host, serviceWorker };
}

/** The same browser, settings and routes without the extension: the page-load benchmark's baseline. */
export function launchWithoutExtension(
  options: LaunchOptions = {},
): Promise<Omit<LaunchedBrowser, 'extensionId' | 'serviceWorker'>> {
  return launch(options, []);
}

async function launch(
  options: LaunchOptions,
  extensionArgs: string[],
): Promise<Omit<LaunchedBrowser, 'extensionId' | 'serviceWorker'>> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'vacancy-fit-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: options.timezoneId ?? 'Europe/Brussels',
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    args: [
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  const routes = fixtureRoutes();
  const requests: LaunchedBrowser['requests'] = [];
  // Only http(s): routing chrome-extension:// would break the extension's own pages.
  await context.route(/^https?:\/\//, async (route) => {
    const request = route.request();
    const url = request.url();
    const frame = safeFrameUrl(request);
    requests.push({ url, fromExtension: frame.startsWith('chrome-extension://') });
    const inline = options.pages?.[url];
    const file = routes[url] ?? routes[url.split('#')[0] ?? url];
    const document = options.files?.[url];
    if (document) {
      await route.fulfill({ status: 200, path: document });
    } else if (inline !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: inline });
    } else if (file) {
      await route.fulfill({ status: 200, path: join(FIXTURE_DIR, file) });
    } else {
      await route.abort('internetdisconnected');
    }
  });
  return {
    context,
    requests,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

function safeFrameUrl(request: { frame(): { url(): string } }): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}
