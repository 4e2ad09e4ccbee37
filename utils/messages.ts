import type { PageMatch } from './detect/types';
import type { Answer } from './fit/answers';
import { type GuardedHandler, guardHandler } from './messaging/guard';
import { messaging } from './messaging/send';
import type { PostRow } from './posts';
import type { Call } from './schema/call';
import type { VacancyView } from './vacancy-view';
import type { UnreadableRecord } from './watchlist/migrate';
import type { WatchItem, WatchSaveInput } from './watchlist/schema';
import type { WatchPatch } from './watchlist/store';

/**
 * Every message between the content script, the sidebar frame, popup, options page and the
 * background, which owns the bundled data, the profile, the answers and the watchlist. Who may
 * send each one, and the zod schema its payload must pass, are in utils/messaging/policy.ts.
 */
export interface ProtocolMap {
  /**
   * Content script → background: the vacancy this tab shows (the one thing detection needs to
   * send). The background keeps it for the tab, at the URL the browser reports for the sender.
   */
  vacancyDetected(data: { match: PageMatch }): void;
  /** Sidebar frame → background: what to show for the vacancy of the frame's own tab. */
  sidebarView(): VacancyView;
  /** Sidebar frame → background: saves a post (null: the whole call) of its tab's vacancy. */
  saveVacancy(data: { positionId: string | null }): WatchItem;
  setAnswer(data: { requirementId: string; answer: Answer | null }): void;
  openOptions(): void;

  /** A bundled call. */
  getCall(data: { callId: string }): Call | null;
  /** Popup → background: the fit for the active tab's URL (a PDF annex included). */
  tabVacancy(data: { url: string }): VacancyView | null;
  /** Check page → background: the view of an annex text read from a file the user chose. */
  checkText(data: { text: string; name: string }): VacancyView;
  /** "Posts for you" page → background: every post of every call known (bundled and read), ordered. */
  postsForYou(): PostRow[];

  /** Saves a post (positionId null: the whole call) of a bundled call; re-saving keeps status and notes. */
  'watchlist.save'(data: WatchSaveInput): WatchItem;
  'watchlist.list'(): WatchItem[];
  /** Popup → background: the stored records this build cannot read, raw, to show and export. */
  'watchlist.unreadable'(): UnreadableRecord[];
  /** The saved item for a post, so the sidebar can show "Saved". */
  'watchlist.get'(data: { callId: string; positionId: string | null }): WatchItem | null;
  'watchlist.update'(data: { id: string; patch: WatchPatch }): WatchItem | null;
  'watchlist.remove'(data: { id: string }): void;
  /** Adds imported items in one transaction; existing ones keep their status, history and notes. */
  'watchlist.import'(data: { items: WatchItem[] }): number;
}

export { sendMessage } from './messaging/send';

/**
 * Registers the background's handler for `type`. Every message passes its sender policy and its
 * payload schema first (utils/messaging/policy.ts); a refused one is answered with an error and
 * never reaches the handler.
 */
export function onMessage<K extends keyof ProtocolMap>(type: K, handler: GuardedHandler<K>): () => void {
  return messaging.onMessage(type, guardHandler(type, handler));
}
