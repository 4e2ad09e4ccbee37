import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { cachedCalls, indexedDbAnnexCache } from '@/utils/annex-source';
import { bundleCalls } from '../fit/bundle';

const eulex = bundleCalls.find((c) => c.id === 'eulex-kosovo-2-2026')!;
const isd = bundleCalls.find((c) => c.id === 'isd-programmes-lead-western-balkans')!;

describe('the calls read so far, for Posts for you', () => {
  it('lists each cached call with how it was read, and leaves out records it cannot use', async () => {
    const cache = indexedDbAnnexCache();
    await cache.put('https://www.eeas.europa.eu/a.pdf', eulex);
    await cache.put('https://strongcitiesnetwork.org/careers/x/', isd, 'page');
    const db = await openDB('vacancy-fit-annexes', 1);
    // Written before "Posts for you": no source, so a linked document.
    await db.put('calls', { schemaVersion: 1, call: eulex, readAt: '2026-07-01T00:00:00Z' }, 'old');
    await db.put('calls', { schemaVersion: 2, call: eulex, readAt: '2026-07-01T00:00:00Z' }, 'newer');
    await db.put('calls', { schemaVersion: 1, call: { ...eulex, positions: 'broken' } }, 'corrupt');
    await db.put('calls', 'not a record', 'garbage');
    db.close();
    expect((await cachedCalls()).map(({ call, source }) => [call.id, source])).toEqual([
      ['isd-programmes-lead-western-balkans', 'page'],
      ['eulex-kosovo-2-2026', 'annex'],
      ['eulex-kosovo-2-2026', 'annex'],
    ]);
    // Nor does the sidebar get them: the document is read again.
    expect(await cache.get('corrupt')).toBeUndefined();
    expect(await cache.get('newer')).toBeUndefined();
    expect((await cache.get('old'))?.id).toBe('eulex-kosovo-2-2026');
  });
});
