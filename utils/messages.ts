import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageMatch } from './detect/types';
import type { Answer } from './fit/answers';
import type { Call } from './schema/call';
import type { VacancyView } from './vacancy-view';
import type { WatchItem } from './watchlist/schema';
import type { WatchPatch } from './watchlist/store';

/** Every message between the content script, popup, options page and the background. */
export interface ProtocolMap {
  /** Content script → background: what to show for this vacancy page. */
  openVacancy(data: { url: string; match: PageMatch }): VacancyView;
  setAnswer(data: { requirementId: string; answer: Answer | null }): void;
  openOptions(): void;
  /** Saves a position (or, with positionId null, a whole call). `inlineCall` for calls read from the page. */
  saveVacancy(data: {
    callId: string;
    positionId: string | null;
    url: string;
    inlineCall: Call | null;
  }): WatchItem;
  listWatchlist(): WatchItem[];
  updateWatchItem(data: { id: string; patch: WatchPatch }): WatchItem | null;
  removeWatchItem(data: { id: string }): void;
  /** Adds imported items; existing ones keep their status, history and notes. */
  importWatchlist(data: { items: WatchItem[] }): number;
  /** Popup → background: the fit for the active tab's URL (a PDF annex included). */
  tabVacancy(data: { url: string }): VacancyView | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
