import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Sidebar, type SidebarModel } from '@/components/sidebar/Sidebar';
import sidebarCss from '@/components/sidebar/sidebar.css?inline';
import { detectVacancy, isCandidateUrl } from '@/utils/detect/index';
import type { PageMatch } from '@/utils/detect/types';
import { PUBLISHER_MATCHES } from '@/utils/hosts';
import { sendMessage } from '@/utils/messages';
import type { VacancyView } from '@/utils/vacancy-view';

const COLLAPSED_KEY = 'sidebarCollapsed';
/** Keys whose change alters what the sidebar shows. */
/** Written on every profile or answers change (they live in IndexedDB, out of this script's reach). */
const WATCHED_KEYS = ['storedRevision'];
/** How long to wait for content that arrives late (client-side rendering) before giving up. */
const LATE_CONTENT_MS = 10_000;
/** A page that changes all the time (a ticker) is re-read at this pace, not on every change. */
const LATE_CHECK_MS = 250;

export default defineContentScript({
  matches: PUBLISHER_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // No window.postMessage announcing the script: page scripts need not know it runs.
  noScriptStartedPostMessage: true,
  main(ctx) {
    performance.mark('vacancy-fit:start');
    const page = new VacancyPage(ctx);
    page.check();
    ctx.addEventListener(window, 'wxt:locationchange', () => page.check());
  },
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
  private ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | null = null;
  private observer: MutationObserver | null = null;
  private match: PageMatch | null = null;
  private model: SidebarModel = { status: 'loading' };
  private collapsed = false;
  private generation = 0;

  private listening = false;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** Runs on load and on every single-page navigation. */
  check(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    const url = new URL(location.href);
    if (!isCandidateUrl(url)) {
      performance.mark('vacancy-fit:exit');
      this.unmount();
      return;
    }
    const match = detect(url);
    performance.mark('vacancy-fit:detected');
    if (match) {
      void this.show(url, match);
      return;
    }
    this.unmount();
    this.waitForLateContent(url);
  }

  /** Re-detects at most every LATE_CHECK_MS while the page changes, for LATE_CONTENT_MS. */
  private waitForLateContent(url: URL): void {
    const generation = this.generation;
    let scheduled = false;
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      this.ctx.setTimeout(() => {
        scheduled = false;
        if (generation !== this.generation) return;
        const match = detect(url);
        if (match) {
          observer.disconnect();
          void this.show(url, match);
        }
      }, LATE_CHECK_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    this.observer = observer;
    this.ctx.setTimeout(() => observer.disconnect(), LATE_CONTENT_MS);
  }

  private async show(url: URL, match: PageMatch): Promise<void> {
    this.match = match;
    this.listen();
    const generation = this.generation;
    // Asked first: the background builds the view while this page mounts the UI.
    const view = sendMessage('openVacancy', { url: url.href, match });
    const stored = await browser.storage.local.get(COLLAPSED_KEY);
    this.collapsed = stored[COLLAPSED_KEY] === true;
    await this.mount();
    if (generation === this.generation) await this.refresh(url, view);
    else view.catch(() => {}); // a newer page took over; its own request reports errors
  }

  /** Registered on the first vacancy only: extension APIs cost time on the pages that are not one. */
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && WATCHED_KEYS.some((key) => key in changes)) void this.refresh();
    });
  }

  private async refresh(url = new URL(location.href), pending?: Promise<VacancyView>): Promise<void> {
    if (!this.match || !this.ui) return;
    const generation = this.generation;
    let model: SidebarModel;
    try {
      model = await (pending ?? sendMessage('openVacancy', { url: url.href, match: this.match }));
    } catch (error) {
      // E.g. the extension was updated and this page still runs the old script.
      model = { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
    if (generation !== this.generation) return;
    this.model = model;
    this.render();
    performance.mark('vacancy-fit:painted');
  }

  private async mount(): Promise<void> {
    if (this.ui) return;
    this.ui = await createShadowRootUi(this.ctx, {
      name: 'vacancy-fit-sidebar',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      mode: 'closed',
      css: sidebarCss,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    this.ui.mount();
    this.render();
  }

  private unmount(): void {
    this.match = null;
    this.model = { status: 'loading' };
    this.ui?.remove();
    this.ui = null;
  }

  private render(): void {
    const container = this.ui?.mounted;
    if (!container) return;
    render(
      <Sidebar
        model={this.model}
        collapsed={this.collapsed}
        now={new Date()}
        onCollapsedChange={(collapsed) => {
          this.collapsed = collapsed;
          void browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
          this.render();
        }}
        onOpenOptions={() => void sendMessage('openOptions', undefined)}
        onAnswer={(requirementId, value, note) =>
          void sendMessage('setAnswer', {
            requirementId,
            answer: { value, note, at: new Date().toISOString() },
          })
        }
        onClearAnswer={(requirementId) => void sendMessage('setAnswer', { requirementId, answer: null })}
        onSave={(positionId) => void this.save(positionId)}
      />,
      container,
    );
  }

  private async save(positionId: string): Promise<void> {
    if (!this.match) return;
    await sendMessage('saveVacancy', { url: location.href, match: this.match, positionId });
    await this.refresh();
  }
}
