// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { ANNEX_REQUEST, type AnnexCache, readLinkedAnnex } from '@/utils/annex-source';
import type { Call } from '@/utils/schema/call';
import { annex, READ_TIMEOUT } from './helpers';

vi.setConfig({ testTimeout: READ_TIMEOUT });

const PAGE = new URL('https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-7-2026-call-contributions_en');
const PDF = 'https://www.eeas.europa.eu/sites/default/files/EULEX%20Kosovo%207-2026%20Annex%201.pdf';

function memoryCache(): AnnexCache & { store: Map<string, Call> } {
  const store = new Map<string, Call>();
  return { store, get: async (url) => store.get(url), put: async (url, call) => void store.set(url, call) };
}
const serving = (bytes: Uint8Array, status = 200) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(bytes.slice().buffer as ArrayBuffer, { status }),
  );

describe('a hostile annex server', () => {
  it('that never answers, or stops sending, is given up after the stall time with its reason', async () => {
    const hanging = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    );
    expect(await readLinkedAnnex(PDF, PAGE, { fetch: hanging, cache: memoryCache(), stallMs: 50 })).toEqual({
      ok: false,
      reason:
        'The linked annex "EULEX Kosovo 7-2026 Annex 1.pdf" could not be downloaded (no data for 0.05 s).',
    });
    // Headers and one chunk, then nothing: a slow-loris body.
    const trickle = vi.fn(async (_url: string, init: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(10));
          init.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
        },
      });
      return new Response(body, { status: 200 });
    });
    expect(await readLinkedAnnex(PDF, PAGE, { fetch: trickle, cache: memoryCache(), stallMs: 50 })).toEqual({
      ok: false,
      reason:
        'The linked annex "EULEX Kosovo 7-2026 Annex 1.pdf" could not be downloaded (no data for 0.05 s).',
    });
  });

  it('that sends more than 20 MB without a length stops being read at 20 MB', async () => {
    let sent = 0;
    const endless = vi.fn(async () => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 1024 * 1024;
          controller.enqueue(new Uint8Array(1024 * 1024));
        },
      });
      return new Response(body, { status: 200 });
    });
    expect(await readLinkedAnnex(PDF, PAGE, { fetch: endless, cache: memoryCache() })).toEqual({
      ok: false,
      reason: 'The linked annex "EULEX Kosovo 7-2026 Annex 1.pdf" is larger than 20 MB, so it is not read.',
    });
    expect(sent).toBeLessThanOrEqual(23 * 1024 * 1024);
  });
});

describe('reading the annex a page links', () => {
  it('GETs it once without credentials or referrer, parses it and keeps the call by document URL', async () => {
    const fetch = serving(annex('eulex-kosovo-7-2026-annex1.pdf'));
    const cache = memoryCache();
    const first = await readLinkedAnnex(`${PDF}#page=2`, PAGE, { fetch, cache });
    expect(first.ok && first.call.id).toBe('eulex-kosovo-7-2026');
    expect(first.ok && first.call.source).toEqual({
      file: PDF,
      originalName: 'EULEX Kosovo 7-2026 Annex 1.pdf',
      page: PAGE.href,
    });
    expect(fetch.mock.calls).toEqual([[PDF, { ...ANNEX_REQUEST, signal: expect.any(AbortSignal) }]]);
    expect(ANNEX_REQUEST).toEqual({
      method: 'GET',
      credentials: 'omit',
      referrer: '',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
    });
    expect([...cache.store.keys()]).toEqual([PDF]);
    const again = await readLinkedAnnex(PDF, PAGE, { fetch, cache });
    expect(again).toEqual(first);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('refuses a link off the page host, over http, or off the publishers, without a request', async () => {
    const fetch = serving(new Uint8Array());
    const deps = { fetch, cache: memoryCache() };
    expect(await readLinkedAnnex('https://evil.example/annex.pdf', PAGE, deps)).toEqual({
      ok: false,
      reason: "This page's annex is not read: its annex is not on the publisher's own site.",
    });
    expect(await readLinkedAnnex('http://www.eeas.europa.eu/a.pdf', PAGE, deps)).toEqual({
      ok: false,
      reason: "This page's annex is not read: its annex is not linked over https.",
    });
    expect(await readLinkedAnnex('https://eeas.europa.eu/a.pdf', PAGE, deps)).toEqual({
      ok: false,
      reason: "This page's annex is not read: its annex is not on the publisher's own site.",
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says why a document is not read and stores nothing: not an annex, unreadable, not downloaded', async () => {
    const cache = memoryCache();
    const privacy = await readLinkedAnnex(PDF, PAGE, {
      fetch: serving(annex('not-an-annex-privacy-statement.pdf')),
      cache,
    });
    expect(privacy).toEqual({
      ok: false,
      reason:
        '"EULEX Kosovo 7-2026 Annex 1.pdf", linked from this page, is not a call\'s requirements annex: EULEX Kosovo 7-2026 Annex 1.pdf:1: expected an EEAS "Requirements and Job Descriptions" annex, an ISD job description or a CILC call post',
    });
    expect(
      await readLinkedAnnex(PDF, PAGE, { fetch: serving(annex('scanned-no-text-layer.pdf')), cache }),
    ).toEqual({
      ok: false,
      reason:
        'Cannot read "EULEX Kosovo 7-2026 Annex 1.pdf": it has no text layer (a scanned document?), so there is no text to read.',
    });
    expect(await readLinkedAnnex(PDF, PAGE, { fetch: serving(new Uint8Array(), 404), cache })).toEqual({
      ok: false,
      reason: 'The linked annex "EULEX Kosovo 7-2026 Annex 1.pdf" could not be downloaded (HTTP 404).',
    });
    expect(cache.store.size).toBe(0);
  });
});
