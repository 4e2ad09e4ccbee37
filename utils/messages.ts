import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageMatch } from './detect/types';
import type { Answer } from './fit/answers';
import type { Call } from './schema/call';
import type { VacancyView } from './vacancy-view';
import type { UnreadableRecord } from './watchlist/migrate';
import type { WatchItem, WatchSaveInput } from './watchlist/schema';
import type { WatchPatch } from './watchlist/store';

/**
 * Every message between the content script, popup, options page and the background, which owns
 * the bundled data and the IndexedDB watchlist (both in the extension's origin).
 */
export interface ProtocolMap {
  /** A bundled call; the content script never bundles the data itself. */
  getCall(data: { callId: string }): Call | null;
  /** Content script → background: what to show for this vacancy page. */
  openVacancy(data: { url: string; match: PageMatch }): VacancyView;
  setAnswer(data: { requirementId: string; answer: Answer | null }): void;
  openOptions(): void;
  /** Popup → background: the fit for the active tab's URL (a PDF annex included). */
  tabVacancy(data: { url: string }): VacancyView | null;

  /** Saves a post (positionId null: the whole call) of a bundled call; re-saving keeps status and notes. */
  'watchlist.save'(data: WatchSaveInput): WatchItem;
  /** Sidebar → background: saves a post of the page's call, bundled or read from the page's annex text. */
  saveVacancy(data: { url: string; match: PageMatch; positionId: string | null }): WatchItem;
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

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
