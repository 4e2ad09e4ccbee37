import { type StoredKey, watchStored } from './changes';

/**
 * Memoises a read of stored data until one of `keys` is written. The background uses it for the
 * profile and the answers, read on every vacancy page; the cache dies with the worker.
 */
export function untilChanged<T>(keys: readonly StoredKey[], read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  watchStored(keys, () => {
    value = null;
  });
  return () => {
    value ??= read().catch((error: unknown) => {
      value = null;
      throw error;
    });
    return value;
  };
}
