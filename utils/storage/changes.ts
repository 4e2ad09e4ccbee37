/** What the extension keeps in its IndexedDB database, by the name callers watch. */
export type StoredKey = 'profile' | 'answers' | 'watchlist';

const CHANNEL = 'vacancy-fit:stored';
type Listener = (keys: StoredKey[]) => void;
const listeners = new Set<{ keys: readonly StoredKey[]; callback: Listener }>();
let channel: BroadcastChannel | null = null;

function deliver(keys: StoredKey[]): void {
  for (const listener of [...listeners]) {
    const hit = keys.filter((key) => listener.keys.includes(key));
    if (hit.length) listener.callback(hit);
  }
}

/**
 * A BroadcastChannel reaches the other extension contexts (they share the extension's origin;
 * pages do not); it never delivers to its own sender, so this context is called directly.
 */
function open(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const keys = Array.isArray(event.data) ? event.data.filter(isStoredKey) : [];
    if (keys.length) deliver(keys);
  };
  return channel;
}

function isStoredKey(value: unknown): value is StoredKey {
  return value === 'profile' || value === 'answers' || value === 'watchlist';
}

/** Calls `callback` after every write of one of `keys`, in this context or another; returns the unsubscribe. */
export function watchStored(keys: readonly StoredKey[], callback: (keys: StoredKey[]) => void): () => void {
  open();
  const listener = { keys: [...keys], callback };
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the storage functions after a write has committed. */
export function notifyStored(keys: StoredKey[]): void {
  open()?.postMessage(keys);
  deliver(keys);
}
