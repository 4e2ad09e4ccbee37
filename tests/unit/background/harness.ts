import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ProtocolMap } from '@/utils/messages';
import type { Sender } from '@/utils/messaging/senders';

type Handler = (message: { data: unknown; from?: Sender }) => unknown;

/** The handlers the background registers, by message type (the messaging module is mocked). */
export const handlers = new Map<string, Handler>();

/** Sends a message the way the popup or the content script would, to the handler main() registered. */
export async function send<K extends keyof ProtocolMap>(
  type: K,
  ...data: Parameters<ProtocolMap[K]>
): Promise<Awaited<ReturnType<ProtocolMap[K]>>> {
  const handler = handlers.get(type);
  if (!handler) throw new Error(`No handler for ${type}`);
  // Messages cross a structured-clone boundary in the browser: so do they here.
  return structuredClone(await handler({ data: structuredClone(data[0]) })) as Awaited<
    ReturnType<ProtocolMap[K]>
  >;
}

/** Sends a message as `from` (what the sender policy in utils/messages.ts hands the handler). */
export async function sendFrom<K extends keyof ProtocolMap>(
  from: Sender,
  type: K,
  ...data: Parameters<ProtocolMap[K]>
): Promise<Awaited<ReturnType<ProtocolMap[K]>>> {
  const handler = handlers.get(type);
  if (!handler) throw new Error(`No handler for ${type}`);
  return structuredClone(await handler({ data: structuredClone(data[0]), from })) as Awaited<
    ReturnType<ProtocolMap[K]>
  >;
}

/** [name, ISO time] of every alarm, sorted by time. */
export async function alarms(): Promise<[string, string][]> {
  return (await fakeBrowser.alarms.getAll())
    .map((a): [string, string] => [a.name, new Date(a.scheduledTime).toISOString()])
    .sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
}

/** Lets the listeners' promise chains (IndexedDB, storage) settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  await vi.dynamicImportSettled();
}
