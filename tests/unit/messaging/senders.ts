import type { ProtocolMap } from '@/utils/messages';
import type { MessageSenderLike } from '@/utils/messaging/senders';
import { EULEX_URL, watchItem } from '../reminders/fixtures';

/** The fake browser's extension id and origin (wxt/testing/fake-browser). */
export const SELF = { id: 'test-extension-id', origins: ['chrome-extension://test-extension-id'] };

/** Senders as the browser reports them. */
export const SENDERS = {
  /** The content script in the top frame of tab 4, on the EULEX call page. */
  contentScript: { id: SELF.id, url: EULEX_URL, frameId: 0, tab: { id: 4 } },
  /** The sidebar page framed in tab 4. */
  sidebar: { id: SELF.id, url: `${SELF.origins[0]}/sidebar.html`, frameId: 5, tab: { id: 4 } },
  /** The popup (no tab). */
  popup: { id: SELF.id, url: `${SELF.origins[0]}/popup.html` },
  /** The options page, opened in a tab of its own. */
  optionsTab: { id: SELF.id, url: `${SELF.origins[0]}/options.html`, frameId: 0, tab: { id: 9 } },
} satisfies Record<string, MessageSenderLike>;

/** A payload every message's schema accepts, so that a refusal is the sender policy's. */
export const VALID: { [K in keyof ProtocolMap]: Parameters<ProtocolMap[K]>[0] } = {
  vacancyDetected: {
    match: { site: 'eeas', title: 'EULEX Kosovo 2-2026 Call for Contributions', text: 'EK 60092' },
  },
  sidebarView: undefined,
  saveVacancy: { positionId: 'ek-60092' },
  setAnswer: { requirementId: 'ek-60092/e1', answer: { value: 'met', at: '2026-06-01T10:00:00.000Z' } },
  openOptions: undefined,
  getCall: { callId: 'eulex-kosovo-2-2026' },
  tabVacancy: { url: 'https://www.eeas.europa.eu/sites/default/files/annex.pdf' },
  checkText: { text: 'Annex 1', name: 'annex.txt' },
  postsForYou: undefined,
  'watchlist.save': {
    callId: 'eulex-kosovo-2-2026',
    positionId: 'ek-60092',
    url: EULEX_URL,
    fitAtSave: null,
  },
  'watchlist.list': undefined,
  'watchlist.unreadable': undefined,
  'watchlist.get': { callId: 'eulex-kosovo-2-2026', positionId: 'ek-60092' },
  'watchlist.update': { id: 'eulex-kosovo-2-2026/ek-60092', patch: { status: 'withdrawn' } },
  'watchlist.remove': { id: 'eulex-kosovo-2-2026/ek-60092' },
  'watchlist.import': { items: [watchItem()] },
};

export const MESSAGE_TYPES = Object.keys(VALID) as (keyof ProtocolMap)[];
