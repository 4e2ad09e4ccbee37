import { benchMark } from '@/utils/bench-marks';
import { detectVacancy, isCandidateUrl } from '@/utils/detect/index';
import type { PageMatch } from '@/utils/detect/types';
import { sendMessage } from '@/utils/messaging/send';
import { extensionApi } from './api';
import { SidebarFrame } from './frame';
import { watchLocation } from './location';

/** Remembered across pages; written by the sidebar frame, read here to size the frame. */
const COLLAPSED_KEY = 'sidebarCollapsed';
/** How long to wait for content that arrives late (client-side rendering) before giving up. */
const LATE_CONTENT_MS = 10_000;
/** A page that changes all the time (a ticker) is re-read at this pace, not on every change. */
const LATE_CHECK_MS = 250;

/*
 * The content script: detection, then the sidebar frame, nothing else (no UI code: the sidebar is
 * the extension page entrypoints/sidebar, shown in that frame). It is declared in the manifest by
 * wxt.config.ts and built as a plain script, not through WXT's defineContentScript: WXT's
 * ContentScriptContext announces every script on every matched page with a
 * `<id>:<name>:wxt:content-script-started` event on document, stops the script when the page
 * dispatches that event, and reports pushState through `wxt:locationchange` events on window.
 */
export default defineUnlistedScript(() => {
  benchMark('start');
  const page = new VacancyPage();
  page.check();
  watchLocation(() => page.check());
});

/** A detector that throws on markup nobody foresaw means "not a vacancy", not a page error. */
function detect(url: URL): PageMatch | null {
  try {
    return detectVacancy(url, document);
  } catch (error) {
    console.warn('Vacancy Fit: could not read this page', error);
    return null;
  }
}

class VacancyPage {
  private frame: SidebarFrame | null = null;
  /** The match the frame shows, serialised: a re-check that finds the same one keeps the frame. */
  private shown: string | null = null;
  private observer: MutationObserver | null = null;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private generation = 0;
  private listening = false;

  /** Runs on load and on every single-page navigation. */
  check(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    for (const timer of this.timers.splice(0)) clearTimeout(timer);
    const url = new URL(location.href);
    if (!isCandidateUrl(url)) {
      benchMark('exit');
      this.hide();
      return;
    }
    const match = detect(url);
    benchMark('detected');
    if (match) {
      void this.show(match);
      return;
    }
    this.hide();
    this.waitForLateContent(url);
  }

  /** Re-detects at most every LATE_CHECK_MS while the page changes, for LATE_CONTENT_MS. */
  private waitForLateContent(url: URL): void {
    const generation = this.generation;
    let scheduled = false;
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      this.timers.push(
        setTimeout(() => {
          scheduled = false;
          if (generation !== this.generation) return;
          const match = detect(url);
          if (match) {
            observer.disconnect();
            void this.show(match);
          }
        }, LATE_CHECK_MS),
      );
    });
    observer.observe(document.body, { childList: true, subtree: true });
    this.observer = observer;
    this.timers.push(setTimeout(() => observer.disconnect(), LATE_CONTENT_MS));
  }

  private async show(match: PageMatch): Promise<void> {
    const key = JSON.stringify(match);
    if (this.frame && key === this.shown) return;
    const generation = this.generation;
    let collapsed: boolean;
    try {
      // The background records this tab's vacancy (at the URL the browser reports for this
      // frame, never one sent from here) and starts building the view; the frame, created next,
      // asks for it. Awaited so that a frame never finds the previous page's record.
      const [, stored] = await Promise.all([
        sendMessage('vacancyDetected', { match }),
        extensionApi().storage.local.get(COLLAPSED_KEY),
      ]);
      collapsed = stored[COLLAPSED_KEY] === true;
    } catch (error) {
      // E.g. the extension was updated or removed while this tab stayed open.
      console.warn('Vacancy Fit: the extension did not answer; reload the page to check it', error);
      return;
    }
    if (generation !== this.generation) return;
    this.hide();
    this.listen();
    this.shown = key;
    this.frame = new SidebarFrame(collapsed);
  }

  private hide(): void {
    this.frame?.remove();
    this.frame = null;
    this.shown = null;
  }

  /** Registered on the first vacancy only: extension APIs cost time on the pages that are not one. */
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    extensionApi().storage.onChanged.addListener((changes, area) => {
      const change = changes[COLLAPSED_KEY];
      if (area === 'local' && change) this.frame?.setCollapsed(change.newValue === true);
    });
  }
}
