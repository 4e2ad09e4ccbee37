import type { WxtBrowser } from 'wxt/browser';

/**
 * The extension API, looked up on first use. WXT's `browser` export reads `browser.runtime.id` as
 * soon as the script loads, which builds Chromium's runtime bindings (about 2 ms of main-thread
 * time) on every page of the hosts; this script touches no extension API before a page is a
 * vacancy candidate. Same choice as WXT's: Firefox's `browser`, else Chromium's `chrome`.
 */
export function extensionApi(): WxtBrowser {
  const scope = globalThis as { browser?: WxtBrowser; chrome?: WxtBrowser };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as WxtBrowser;
}
