import type { Call, LookupIndex } from './schema/call';

/**
 * The bundled calls, loaded lazily one file at a time. Only extension pages and the background
 * import this module; the content script asks the background for the one call it needs.
 */
const callFiles = import.meta.glob<{ default: unknown }>('../data/calls/*.json');

export async function loadCall(callId: string): Promise<Call | null> {
  const load = callFiles[`../data/calls/${callId}.json`];
  if (!load) return null;
  // Committed files are validated by the bundle tests; no zod at run time keeps bundles small.
  return (await load()).default as Call;
}

export async function loadLookupIndex(): Promise<LookupIndex> {
  return (await import('../data/lookup.json')).default as LookupIndex;
}
