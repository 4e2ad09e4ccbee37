import { browser } from '#imports';

/**
 * Memoises a read of local storage until one of `keys` changes. The background uses it for the
 * profile and the answers, read on every vacancy page; the cache dies with the worker.
 */
export function untilChanged<T>(keys: readonly string[], read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && keys.some((key) => key in changes)) value = null;
  });
  return () => {
    value ??= read().catch((error: unknown) => {
      value = null;
      throw error;
    });
    return value;
  };
}
