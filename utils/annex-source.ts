import { openDB } from 'idb';
import { isPublisherUrl, PUBLISHER_HOSTS } from './hosts';
import { parseSource } from './parse/index';
import type { KnownCall } from './posts';
import { MAX_DOCUMENT_BYTES, readDocument } from './read/index';
import { BUNDLE_SCHEMA_VERSION, Call } from './schema/call';
import { type VacancyView, type VacancyViewDeps, viewOfCall } from './vacancy-view';

/*
 * A call read from the annex document a vacancy page links (or a PDF annex open in a tab). This is
 * the one network request the extension makes: an https GET, without credentials or referrer, of a
 * document on the publisher host of the page the user is on. The parsed call is kept in the
 * extension's IndexedDB by document URL, so each annex is downloaded and read once.
 */

export type AnnexCall = { ok: true; call: Call } | { ok: false; reason: string };

export interface AnnexCache {
  get(url: string): Promise<Call | undefined>;
  /** `source`: read from a linked document ("annex") or from the annex text a page carries ("page"). */
  put(url: string, call: Call, source?: KnownCall['source']): Promise<void>;
}

export interface AnnexDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  cache: AnnexCache;
  /** Give up a download that sends nothing for this long; ANNEX_STALL_MS unless a test sets it. */
  stallMs?: number;
}

/** A server that stops sending (or never answers) is given up after this long without data. */
export const ANNEX_STALL_MS = 15_000;

/** Exactly the request made for an annex: nothing that identifies the user goes with it. */
export const ANNEX_REQUEST: RequestInit = {
  method: 'GET',
  credentials: 'omit',
  referrer: '',
  referrerPolicy: 'no-referrer',
  // A redirect could lead off the publisher's host.
  redirect: 'error',
};

/** The annex URL when the extension may fetch it for this page, else why not. */
export function allowedAnnexUrl(annexUrl: string, pageUrl: URL): URL | string {
  let url: URL;
  try {
    url = new URL(annexUrl);
  } catch {
    return 'the link to its annex is not a valid address';
  }
  if (url.protocol !== 'https:') return 'its annex is not linked over https';
  if (url.hostname !== pageUrl.hostname || !(PUBLISHER_HOSTS as readonly string[]).includes(url.hostname))
    return "its annex is not on the publisher's own site";
  if (url.username || url.password) return 'the link to its annex carries a user name';
  return url;
}

const fileName = (url: URL) => {
  const last = url.pathname.split('/').pop() || url.hostname;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
};

export async function readLinkedAnnex(annexUrl: string, pageUrl: URL, deps: AnnexDeps): Promise<AnnexCall> {
  const url = allowedAnnexUrl(annexUrl, pageUrl);
  if (typeof url === 'string') return { ok: false, reason: `This page's annex is not read: ${url}.` };
  const key = url.href.split('#')[0]!;
  const cached = await deps.cache.get(key).catch(() => undefined);
  if (cached) return { ok: true, call: cached };
  const name = fileName(url);
  let bytes: Uint8Array | null;
  let type: string | undefined;
  const stallMs = deps.stallMs ?? ANNEX_STALL_MS;
  const controller = new AbortController();
  let stall: ReturnType<typeof setTimeout> | undefined;
  const waitForData = () => {
    clearTimeout(stall);
    stall = setTimeout(() => controller.abort(new Error(`no data for ${stallMs / 1000} s`)), stallMs);
  };
  waitForData();
  try {
    const response = await deps.fetch(key, { ...ANNEX_REQUEST, signal: controller.signal });
    if (!response.ok)
      return {
        ok: false,
        reason: `The linked annex "${name}" could not be downloaded (HTTP ${response.status}).`,
      };
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_DOCUMENT_BYTES)
      return { ok: false, reason: `The linked annex "${name}" is larger than 20 MB, so it is not read.` };
    type = response.headers.get('content-type')?.split(';')[0]?.trim() || undefined;
    // Counted while it arrives: a body without a length (or with a false one) stops at 20 MB.
    bytes = await readCapped(response, waitForData);
  } catch (error) {
    const cause = controller.signal.aborted ? controller.signal.reason : error;
    return {
      ok: false,
      reason: `The linked annex "${name}" could not be downloaded (${cause instanceof Error ? cause.message : String(cause)}).`,
    };
  } finally {
    clearTimeout(stall);
  }
  if (!bytes)
    return { ok: false, reason: `The linked annex "${name}" is larger than 20 MB, so it is not read.` };
  const read = await readDocument(bytes, { name, type });
  if (!read.ok) return { ok: false, reason: read.error };
  const page = pageUrl.href.split('#')[0]!;
  let call: Call;
  try {
    call = {
      ...parseSource(read.text, { file: name, originalName: name }),
      source: isPublisherUrl(page)
        ? { file: key, originalName: name, page }
        : { file: key, originalName: name },
    };
  } catch (error) {
    return {
      ok: false,
      reason: `"${name}", linked from this page, is not a call's requirements annex: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  await deps.cache.put(key, call).catch(() => undefined);
  return { ok: true, call };
}

/** The body, or null once it passes MAX_DOCUMENT_BYTES (the rest is not downloaded). */
async function readCapped(response: Response, onData: () => void): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onData();
    size += value.byteLength;
    if (size > MAX_DOCUMENT_BYTES) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const DB_NAME = 'vacancy-fit-annexes';
const STORE = 'calls';

interface CachedRecord {
  schemaVersion: number;
  call: Call;
  readAt: string;
  /** Absent in records written before "Posts for you": those were all linked documents. */
  source?: KnownCall['source'];
}

/** A record of this bundle schema whose call still passes it; anything else is read again. */
function usable(record: CachedRecord | undefined): record is CachedRecord {
  return record?.schemaVersion === BUNDLE_SCHEMA_VERSION && Call.safeParse(record.call).success;
}

const annexDb = () =>
  openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });

/** Parsed annexes in the extension's IndexedDB. */
export function indexedDbAnnexCache(): AnnexCache {
  return {
    async get(url) {
      const record = (await (await annexDb()).get(STORE, url)) as CachedRecord | undefined;
      return usable(record) ? record.call : undefined;
    },
    async put(url, call, source = 'annex') {
      const record: CachedRecord = {
        schemaVersion: BUNDLE_SCHEMA_VERSION,
        call,
        readAt: new Date().toISOString(),
        source,
      };
      await (await annexDb()).put(STORE, record, url);
    },
  };
}

/**
 * Every call read so far from pages and annex documents. A record of another schema, or one that no
 * longer passes it, is left out (and read again when its page is visited), never listed half-read.
 */
export async function cachedCalls(): Promise<KnownCall[]> {
  const records = (await (await annexDb()).getAll(STORE)) as CachedRecord[];
  return records.flatMap((record) =>
    usable(record)
      ? [{ call: record.call, source: record.source === 'page' ? ('page' as const) : ('annex' as const) }]
      : [],
  );
}

/** The background's reader: one read at a time per document, cached in IndexedDB. */
export function linkedAnnexReader(
  deps: AnnexDeps = { fetch: (url, init) => fetch(url, init), cache: indexedDbAnnexCache() },
) {
  const pending = new Map<string, Promise<AnnexCall>>();
  return (annexUrl: string, pageUrl: URL): Promise<AnnexCall> => {
    const key = `${pageUrl.hostname} ${annexUrl}`;
    let read = pending.get(key);
    if (!read) {
      read = readLinkedAnnex(annexUrl, pageUrl, deps).finally(() => pending.delete(key));
      pending.set(key, read);
    }
    return read;
  };
}

/** "Check a call from a file": the text the check page read from the user's file, parsed here. */
export async function viewOfText(
  text: string,
  name: string,
  deps: Pick<VacancyViewDeps, 'profile' | 'answers' | 'savedPositionIds' | 'now' | 'timeZone'>,
): Promise<VacancyView> {
  let call: Call;
  try {
    call = parseSource(text, { file: name, originalName: name });
  } catch (error) {
    return {
      status: 'not-in-bundle',
      title: name,
      reason: `"${name}" is not a call's requirements annex: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return viewOfCall({ call, source: 'file', focusRef: null }, deps);
}
