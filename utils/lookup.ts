import type { PageMatch } from './detect/types';
import type { LookupEntry, LookupIndex } from './schema/call';

export type LookupResult =
  | { status: 'found'; callId: string; file: string; positionRef: string | null }
  | { status: 'not-in-bundle' };

const REF_TOKEN = /\b([A-Z]{2,4})[\s\u00a0-]?(\d{3,6}(?:\/\d{4})?)\b/g;
const CALL_CODE_TOKEN = /\b(\d{1,2}-20\d{2})\b/g;

/** "EK 60092", "EK-60092" and "EK60092" are the same reference. */
export function normaliseRef(ref: string): string {
  return ref.toUpperCase().replace(/[\s\u00a0-]+/g, '');
}

function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * Builds a matcher over the lookup index. Pages are matched by reference numbers, call codes and
 * exact titles through maps (constant time in the bundle's size); a heading that only contains a
 * known title is looked for among the host's calls.
 */
export function createLookup(index: LookupIndex): (url: URL, match: PageMatch) => LookupResult {
  const byRef = new Map<string, LookupEntry[]>();
  const byCallCode = new Map<string, LookupEntry[]>();
  const byHost = new Map<string, LookupEntry[]>();
  const byTitle = new Map<string, LookupEntry[]>();
  const add = (map: Map<string, LookupEntry[]>, key: string, entry: LookupEntry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of index.calls) {
    for (const ref of entry.refs) add(byRef, normaliseRef(ref), entry);
    if (entry.callCode) add(byCallCode, entry.callCode, entry);
    for (const host of entry.hosts) add(byHost, host, entry);
    for (const title of entry.titles) add(byTitle, title, entry);
  }

  return (url, match) => {
    const onHost = (entry: LookupEntry) => entry.hosts.includes(url.hostname);
    const haystack = `${match.title}\n${match.text}`;
    const lowerHaystack = haystack.toLowerCase();
    const mentionsMission = (entry: LookupEntry) =>
      !entry.mission || lowerHaystack.includes(entry.mission.toLowerCase());

    const refsOnPage = new Map<string, LookupEntry[]>();
    for (const [, prefix, digits] of haystack.matchAll(REF_TOKEN)) {
      const ref = `${prefix}${digits}`;
      const entries = byRef.get(ref)?.filter(onHost);
      if (entries?.length) refsOnPage.set(ref, entries);
    }

    const candidates = new Set<LookupEntry>();
    for (const [, code] of haystack.matchAll(CALL_CODE_TOKEN)) {
      for (const entry of byCallCode.get(code ?? '') ?? []) {
        if (onHost(entry) && mentionsMission(entry)) candidates.add(entry);
      }
    }
    if (candidates.size === 0) {
      const title = normaliseTitle(match.title);
      // A heading that is exactly a known title is a map hit; one that merely contains it is a scan.
      for (const entry of byTitle.get(title)?.filter(onHost) ?? []) candidates.add(entry);
      if (candidates.size === 0) {
        for (const entry of byHost.get(url.hostname) ?? []) {
          if (entry.titles.some((t) => title.includes(t))) candidates.add(entry);
        }
      }
    }
    if (candidates.size === 0) {
      // A single-post notice may name only its reference.
      for (const entries of refsOnPage.values()) for (const entry of entries) candidates.add(entry);
    }
    if (candidates.size === 0) return { status: 'not-in-bundle' };

    // Several calls share a code or ref only across missions or years: prefer the one whose refs the page names.
    const ranked = [...candidates].sort((a, b) => countRefs(b, refsOnPage) - countRefs(a, refsOnPage));
    const entry = ranked[0]!;
    const named = entry.refs.filter((ref) => refsOnPage.get(normaliseRef(ref))?.includes(entry));
    const distinct = [...new Set(named)];
    return {
      status: 'found',
      callId: entry.callId,
      file: entry.file,
      positionRef: distinct.length === 1 ? distinct[0]! : null,
    };
  };
}

function countRefs(entry: LookupEntry, refsOnPage: Map<string, LookupEntry[]>): number {
  let count = 0;
  for (const entries of refsOnPage.values()) if (entries.includes(entry)) count++;
  return count;
}
