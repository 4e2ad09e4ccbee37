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
  watchLocation(() => page.check(true));
});

/** Resolves at the page's load event (at once when it has passed). */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

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
  /** The match the frame shows (or is about to), serialised: the same one found again keeps it. */
  private shown: string | null = null;
  private observer: MutationObserver | null = null;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private generation = 0;
  private listening = false;

  /**
   * Runs on load and on every single-page navigation. A router may change the URL before it
   * replaces the previous page's content: a match equal to the one shown is then the old page,
   * and the page is followed until its content changes.
   */
  check(navigated = false): void {
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
    const stale = navigated && match !== null && this.isShown(match);
    if (match) void this.show(match);
    else this.hide();
    if (!match || stale) this.followLateContent(url);
  }

  /** Whether the sidebar shows this vacancy, or is about to. */
  private isShown(match: PageMatch): boolean {
    return JSON.stringify(match) === this.shown;
  }

  /**
   * Re-detects at most every LATE_CHECK_MS while the page changes, for LATE_CONTENT_MS, until it
   * shows a vacancy other than the one shown (none, or the previous page's); hides the sidebar
   * while it shows none.
   */
  private followLateContent(url: URL): void {
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
          if (!match) this.hide();
          else if (!this.isShown(match)) {
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
    if (key === this.shown) return;
    // The background records this tab's vacancy (at the URL the browser reports for this frame,
    // never one sent from here) and starts building the view while the frame's document loads.
    // The frame asks for that view once its scripts run, tens of milliseconds after this message
    // has arrived.
    const detected = sendMessage('vacancyDetected', { match });
    const stored = extensionApi().storage.local.get(COLLAPSED_KEY);
    this.hide();
    this.listen();
    this.shown = key;
    // A frame that starts loading before the page's load event holds that event back by its own
    // load: it waits for the event, or for the background's answer if that comes first.
    await Promise.race([pageLoaded(), detected.catch(() => undefined)]);
    if (this.shown !== key) return; // another vacancy, or none, since
    const frame = new SidebarFrame();
    this.frame = frame;
    try {
      await Promise.all([
        stored.then((remembered) => frame.setCollapsed(remembered[COLLAPSED_KEY] === true)),
        detected,
      ]);
    } catch (error) {
      // E.g. the extension was updated or removed while this tab stayed open.
      if (this.frame === frame) this.hide();
      console.warn('Vacancy Fit: the extension did not answer; reload the page to check it', error);
    }
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
