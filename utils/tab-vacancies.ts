import type { Browser } from 'wxt/browser';
import type { PageMatch } from './detect/types';

/** What a tab's content script detected, at the URL the browser reported for it. */
export interface TabVacancy {
  url: string;
  match: PageMatch;
}

const key = (tabId: number) => `tabVacancy:${tabId}`;

/**
 * The vacancy each tab shows, for its sidebar frame. Kept in memory and in storage.session (which
 * content scripts cannot read), so a service worker that went idle and restarted still knows it.
 */
export function tabVacancies(session: Browser.storage.StorageArea = browser.storage.session) {
  const memory = new Map<number, TabVacancy>();
  return {
    async set(tabId: number, vacancy: TabVacancy): Promise<void> {
      memory.set(tabId, vacancy);
      // Memory alone still serves the tab while the worker lives (e.g. the session quota is full).
      await session.set({ [key(tabId)]: vacancy }).catch(() => {});
    },
    async get(tabId: number): Promise<TabVacancy | null> {
      const known = memory.get(tabId);
      if (known) return known;
      const stored = (await session.get(key(tabId)))[key(tabId)] as TabVacancy | undefined;
      if (stored) memory.set(tabId, stored);
      return stored ?? null;
    },
    async remove(tabId: number): Promise<void> {
      memory.delete(tabId);
      await session.remove(key(tabId));
    },
  };
}
