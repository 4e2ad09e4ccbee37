/**
 * Launches Firefox ESR headless with the built MV2 add-on installed as a temporary add-on, driven
 * over its built-in WebDriver BiDi server. Fixture pages are served at the publishers' real https
 * URLs by BiDi request interception; everything else goes to a local logging proxy that answers
 * nothing, so the suite is offline and every request the extension makes is on record.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { FIXTURE_DIR, fixtureRoutes, ROOT } from '../../scripts/browser';
import { firefoxPath } from '../../scripts/check-firefox';
import { BidiClient, fromRemote } from './bidi/client';
import { startLoggingProxy } from './proxy';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');
export const GECKO_ID = 'vacancy-fit@vacancyfit.eu';

/** The running browser, as the suite's global setup starts it once for every test file. */
export interface FirefoxProcess {
  /** ws://127.0.0.1:PORT of Firefox's WebDriver BiDi server. */
  wsUrl: string;
  /** moz-extension://<uuid>, pinned through the extensions.webextensions.uuids pref. */
  extensionOrigin: string;
  /** The logging proxy's own address: GET /requests lists what reached it, DELETE /requests clears. */
  proxyUrl: string;
  downloadDir: string;
}

export interface FirefoxSession {
  bidi: BidiClient;
  browserVersion: string;
  extensionOrigin: string;
  /** Every http(s) request BiDi intercepted (pages and their subresources), fixture or not. */
  pageRequests: { url: string; context: string | null }[];
  /** What reached the network since the session started: the logging proxy's record. */
  networkRequests(): Promise<string[]>;
  /** Errors and warnings logged by any extension context (background page, pages, content script). */
  extensionErrors(): Promise<string[]>;
  downloadDir: string;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Extra routes (URL → body and content type) for documents a test serves on the fly. */
  responses?: Record<string, { body: Buffer; contentType: string }>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
};

/**
 * Firefox's own network traffic, turned off at the source so the proxy record holds only what the
 * extension asks for.
 */
function prefs(
  proxyPort: number,
  uuid: string,
  downloadDir: string,
): Record<string, string | number | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    // Each test file reinstalls the add-on: same address, fresh storage.
    'extensions.webextensions.keepUuidOnUninstall': true,
    'extensions.webextensions.keepStorageOnUninstall': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'nimbus.rollouts.enabled': false,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.trr.mode': 5,
    'services.settings.server': 'data:,',
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'app.update.auto': false,
    'app.update.enabled': false,
    'app.update.checkInstallTime': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': 'data:,',
    'toolkit.telemetry.archive.enabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.search.update': false,
    'browser.search.geoip.url': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.topsites.contile.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.page': 0,
    'browser.aboutHomeSnippets.updateUrl': '',
    'browser.shell.checkDefaultBrowser': false,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': '',
    'media.gmp-manager.url': '',
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'media.gmp-widevinecdm.visible': false,
    'media.eme.enabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'privacy.query_stripping.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'network.cookie.cookieBehavior': 0,
    'intl.locale.requested': 'en-GB',
    'intl.accept_languages': 'en-GB',
    'browser.download.dir': downloadDir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'pdfjs.disabled': false,
  };
}

/** Starts Firefox and the logging proxy; resolves once a first BiDi session has been served. */
export async function startFirefox(): Promise<FirefoxProcess & { stop(): Promise<void> }> {
  const profileDir = await mkdtemp(join(tmpdir(), 'vacancy-fit-firefox-'));
  const downloadDir = join(profileDir, 'downloads');
  await mkdir(downloadDir);
  const proxy = await startLoggingProxy();
  const uuid = randomUUID();
  const userJs = Object.entries(prefs(proxy.port, uuid, downloadDir))
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
  await writeFile(join(profileDir, 'user.js'), `${userJs}\n`);

  const child = spawn(
    firefoxPath(),
    [
      '--headless',
      '--no-remote',
      '--profile',
      profileDir,
      '--remote-debugging-port',
      '0',
      '--remote-allow-system-access',
      '--window-size',
      '1280,900',
      'about:blank',
    ],
    {
      env: {
        ...process.env,
        TZ: 'Europe/Brussels',
        MOZ_CRASHREPORTER_DISABLE: '1',
        // Release builds honour services.settings.server only with this set.
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      },
      stdio: 'pipe',
    },
  );
  const stop = async () => {
    child.kill('SIGTERM');
    await exited(child);
    await proxy.close();
    await rm(profileDir, { recursive: true, force: true });
  };
  try {
    const wsUrl = await listeningUrl(child);
    // The first session.new waits for Firefox's idle startup tasks (10-20 s here): pay it once.
    const bidi = await BidiClient.connect(`${wsUrl}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: {} } });
    await bidi.send('session.end', {});
    bidi.close();
    return {
      wsUrl,
      extensionOrigin: `moz-extension://${uuid}`,
      proxyUrl: `http://127.0.0.1:${proxy.port}`,
      downloadDir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A BiDi session on the running Firefox with a fresh install of the built add-on (uninstalling it
 * on close clears its storage, so each test file starts from a new install).
 */
export async function openSession(
  firefox: FirefoxProcess,
  options: SessionOptions = {},
): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const bidi = await BidiClient.connect(`${firefox.wsUrl}/session`);
  const { capabilities } = await bidi.send('session.new', { capabilities: { alwaysMatch: {} } });
  await fetch(`${firefox.proxyUrl}/requests`, { method: 'DELETE' });
  const chrome = await chromeContext(bidi);
  await evaluateIn(bidi, chrome, CONSOLE_RECORDER);
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  const pageRequests = await serveFixtures(bidi, options);
  const { extension } = await bidi.send('webExtension.install', {
    extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR },
  });
  return {
    bidi,
    browserVersion: capabilities.browserVersion,
    extensionOrigin: firefox.extensionOrigin,
    pageRequests,
    downloadDir: firefox.downloadDir,
    networkRequests: async () => (await (await fetch(`${firefox.proxyUrl}/requests`)).json()) as string[],
    extensionErrors: async () =>
      (
        (await evaluateIn(
          bidi,
          chrome,
          `globalThis.__vacancyFitConsole.filter((line) => line.includes(${JSON.stringify(firefox.extensionOrigin)}))`,
        )) as string[]
      ).filter((line) => !CLOSED_WHILE_ANSWERING.test(line)),
    close: async () => {
      for (const { context } of (await bidi.send('browsingContext.getTree', {})).contexts.slice(1)) {
        await bidi.send('browsingContext.close', { context }).catch(() => {});
      }
      await bidi.send('webExtension.uninstall', { extension }).catch(() => {});
      await bidi.send('session.end', {}).catch(() => {});
      bidi.close();
    },
  };
}

/**
 * Installed in the browser window (chrome scope): records every error and warning the console
 * service receives from any process, which covers the MV2 background page that BiDi's
 * log.entryAdded does not see. Restarted empty for each session.
 */
const CONSOLE_RECORDER = `(() => {
  const lines = [];
  if (globalThis.__vacancyFitListener) Services.console.unregisterListener(globalThis.__vacancyFitListener);
  globalThis.__vacancyFitConsole = lines;
  globalThis.__vacancyFitListener = {
    observe(message) {
      if (message instanceof Ci.nsIScriptError) {
        if (message.flags & Ci.nsIScriptError.infoFlag) return;
        // Firefox's note that a page was closed or reloaded while one of its extension API calls
        // was in flight (a user closing a tab does the same): not an error of the extension.
        if (/^Promise (rejected after context unloaded|resolved while context is inactive)/.test(message.errorMessage)) return;
        const level = message.flags & Ci.nsIScriptError.warningFlag ? 'warning' : 'error';
        lines.push(level + ' ' + message.sourceName + ':' + message.lineNumber + ' ' + message.errorMessage);
      } else if (/moz-extension:/.test(message.message) && /error|warn/i.test(message.message)) {
        lines.push('console ' + message.message);
      }
    },
  };
  Services.console.registerListener(globalThis.__vacancyFitListener);
})()`;

/**
 * Firefox's note that a page was closed while a message to the background was still being answered
 * (a test closing a tab right after the sidebar refreshed): the page is gone, nothing failed.
 */
const CLOSED_WHILE_ANSWERING = /^error moz-extension:\/\/[^ ]+ Promise resolved after context unloaded\s*$/;

async function chromeContext(bidi: BidiClient): Promise<string> {
  const { contexts } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = contexts[0];
  if (!window) throw new Error('No browser window in chrome scope: is --remote-allow-system-access set?');
  // Firefox 140 ignores moz:scope and answers with the content tabs.
  if (!window.url.startsWith('chrome://'))
    throw new Error(
      'This Firefox has no chrome-scope BiDi (moz:scope), which the suite needs to hear extension errors: use Firefox ESR 153 or later (Debian: apt-get update && apt-get install firefox-esr).',
    );
  return window.context;
}

async function evaluateIn(bidi: BidiClient, context: string, expression: string): Promise<unknown> {
  const result = await bidi.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  });
  if (result.type === 'exception')
    throw new Error(`${expression.slice(0, 80)}: ${result.exceptionDetails.text}`);
  return fromRemote(result.result);
}

async function serveFixtures(
  bidi: BidiClient,
  options: SessionOptions,
): Promise<FirefoxSession['pageRequests']> {
  const routes = fixtureRoutes();
  const requests: FirefoxSession['pageRequests'] = [];
  await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] });
  bidi.on('network.beforeRequestSent', (event) => {
    if (!event.isBlocked) return;
    const { url } = event.request;
    requests.push({ url, context: event.context });
    const inline = options.responses?.[url];
    const file = routes[url] ?? routes[url.split('#')[0] ?? url];
    const request = event.request.request;
    if (inline || file) {
      const body = inline?.body ?? readFileSync(join(FIXTURE_DIR, file!));
      const contentType = inline?.contentType ?? CONTENT_TYPES[extname(file!)] ?? 'application/octet-stream';
      void bidi
        .send('network.provideResponse', {
          request,
          statusCode: 200,
          reasonPhrase: 'OK',
          headers: [
            { name: 'content-type', value: { type: 'string', value: contentType } },
            { name: 'content-length', value: { type: 'string', value: String(body.length) } },
          ],
          body: { type: 'base64', value: body.toString('base64') },
        })
        .catch(() => {});
    } else {
      void bidi.send('network.failRequest', { request }).catch(() => {});
    }
  });
  return requests;
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Firefox did not start its BiDi server within 30 s:\n${output}`)),
      30_000,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/[\d.:]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited with ${code} before its BiDi server started:\n${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
