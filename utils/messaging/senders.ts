import { isPublisherUrl } from '../hosts';

/** Path of the sidebar extension page, the one shown in a frame on vacancy pages. */
export const SIDEBAR_PATH = '/sidebar.html';

/** The parts of runtime.MessageSender the policy reads (Chrome and Firefox both fill them). */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * Who sent a message, as far as the browser vouches for it. A content script shares the page's
 * renderer and is the least trusted caller: the browser sets `url` to the page's URL for it, so a
 * sender whose URL is on the extension's own origin is one of the extension's pages.
 */
export type Sender =
  /** The content script in a tab's top frame, on an https page of a publisher host. */
  | { kind: 'content-script'; tabId: number; url: string }
  /** The sidebar extension page, framed in a tab. */
  | { kind: 'sidebar'; tabId: number }
  /** The popup, the options page or another page of the extension (not the sidebar frame). */
  | { kind: 'extension-page' };

export type SenderKind = Sender['kind'];

export interface Self {
  id: string;
  /** Origins the extension's pages run at, e.g. "chrome-extension://<id>" (no trailing slash). */
  origins: readonly string[];
}

/** Classifies a sender, or null when it is none of the three (another extension, a subframe…). */
export function classifySender(sender: MessageSenderLike | undefined, self: Self): Sender | null {
  if (!sender || sender.id !== self.id || typeof sender.url !== 'string') return null;
  const tabId = sender.tab?.id;
  // Compared as text: URL.origin is "null" for extension schemes outside the browser itself.
  const origin = self.origins.find((o) => sender.url?.startsWith(`${o}/`));
  if (origin) {
    const path = sender.url.slice(origin.length).split(/[?#]/)[0];
    if (path !== SIDEBAR_PATH) return { kind: 'extension-page' };
    return typeof tabId === 'number' && tabId >= 0 ? { kind: 'sidebar', tabId } : null;
  }
  // The content script runs in top frames only (the manifest does not ask for all_frames).
  if (typeof tabId === 'number' && tabId >= 0 && sender.frameId === 0 && isPublisherUrl(sender.url)) {
    return { kind: 'content-script', tabId, url: sender.url };
  }
  return null;
}
