import { render } from 'preact';
import { Sidebar, type SidebarModel } from '@/components/sidebar/Sidebar';
import '@/components/sidebar/sidebar.css';
import { benchMark } from '@/utils/bench-marks';
// The sender alone: utils/messages brings the background's policy and its zod schemas (108 KB).
import { sendMessage } from '@/utils/messaging/send';
import { watchStored } from '@/utils/storage/changes';
import './style.css';
import { VisibilityGuard } from './visibility';

/** Remembered across pages; the content script sizes the frame from it. */
const COLLAPSED_KEY = 'sidebarCollapsed';

/**
 * The sidebar as an extension page, framed on the vacancy page by the content script. It asks the
 * background for its own tab's view (the background knows the tab from the sender); nothing in
 * this page's URL or from the embedding page is read.
 */
class SidebarApp {
  private model: SidebarModel = { status: 'loading' };
  private collapsed = false;
  private painted = false;
  /** Set when a click came while the page covered or hid the frame: shown until the next action. */
  private ignored = false;
  private readonly guard = new VisibilityGuard(document.documentElement);

  constructor(private readonly container: HTMLElement) {}

  /**
   * Every action that changes what is stored goes through here: taken only while the user can see
   * the frame (VisibilityGuard), never on a click the page lured into it from under an overlay.
   * Hiding the sidebar and opening the options page always work: a page that covers the sidebar
   * must never keep the user from getting it out of the way.
   */
  private act(action: () => void): void {
    const ignored = !this.guard.trusted();
    if (!ignored) action();
    if (ignored !== this.ignored) {
      this.ignored = ignored;
      this.render();
    }
  }

  async start(): Promise<void> {
    const view = this.load();
    const stored = await browser.storage.local.get(COLLAPSED_KEY);
    this.collapsed = stored[COLLAPSED_KEY] === true;
    this.render();
    browser.storage.onChanged.addListener((changes, area) => {
      const collapsed = changes[COLLAPSED_KEY];
      if (area === 'local' && collapsed && (collapsed.newValue === true) !== this.collapsed) {
        this.collapsed = collapsed.newValue === true;
        this.render();
      }
    });
    // The profile, the answers or the watchlist changed (here, in the popup or the options page).
    watchStored(['profile', 'answers', 'watchlist'], () => void this.refresh());
    await this.refresh(view);
  }

  private async load(): Promise<SidebarModel> {
    try {
      return await sendMessage('sidebarView', undefined);
    } catch (error) {
      // E.g. the extension was updated and the tab still runs the old content script.
      return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  private async refresh(pending = this.load()): Promise<void> {
    this.model = await pending;
    this.render();
    if (!this.painted) {
      this.painted = true;
      benchMark('painted');
    }
  }

  private setCollapsed(collapsed: boolean): void {
    this.collapsed = collapsed;
    this.render();
    void browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
  }

  private async save(positionId: string): Promise<void> {
    try {
      await sendMessage('saveVacancy', { positionId });
    } finally {
      await this.refresh();
    }
  }

  private render(): void {
    render(
      <Sidebar
        model={this.model}
        collapsed={this.collapsed}
        now={new Date()}
        notice={
          this.ignored
            ? 'Vacancy Fit ignored that click: something on the page covered or hid the sidebar.'
            : null
        }
        onCollapsedChange={(collapsed) => this.setCollapsed(collapsed)}
        onOpenOptions={() => void sendMessage('openOptions', undefined)}
        onAnswer={(requirementId, value, note) =>
          this.act(
            () =>
              void sendMessage('setAnswer', {
                requirementId,
                answer: { value, note, at: new Date().toISOString() },
              }),
          )
        }
        onClearAnswer={(requirementId) =>
          this.act(() => void sendMessage('setAnswer', { requirementId, answer: null }))
        }
        onSave={(positionId) => this.act(() => void this.save(positionId))}
      />,
      this.container,
    );
  }
}

void new SidebarApp(document.getElementById('app')!).start();
