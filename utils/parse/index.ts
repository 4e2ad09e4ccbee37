import type { Call } from '../schema/call';
import { parseCilcPost } from './cilc-post';
import { parseEeasAnnex } from './eeas-annex';
import { SourceParseError } from './errors';
import { parseIsdJobDescription } from './isd-job-description';
import type { SourceName } from './source';

/**
 * An EEAS annex names itself a "Call for Contributions" and has position blocks or the header
 * table of posts; laid out in lines, flattened, or cut off before its blocks (which its parser then
 * refuses precisely). A page that only mentions a call for contributions is none of these.
 */
function isEeasAnnex(text: string): boolean {
  if (!/Call\s+for\s+Contributions/i.test(text)) return false;
  return (
    /(?:^|\s)Position:\s/.test(text) ||
    /Requirements\s+and\s+Job\s+Descriptions/i.test(text) ||
    /Job\s+titles\s*\/\s*vacancy\s+notice/i.test(text) ||
    /Ref(?:erence)?\.?:?\s+Name\s+of\s+the\s+post/i.test(text)
  );
}

/**
 * "Western Balkans // Call for …": text, then "// ", then "call for" on one line. Read from the
 * line's first "// ", which decides it: /^.+\/\/ .*call for/im tries again from every "// " of
 * a long line that never says "call for" (quadratic).
 */
function isCilcTitle(first: string): boolean {
  return first.split(/[\r\u2028\u2029]/).some((line) => {
    const at = line.indexOf('// ', 1);
    return at > 0 && /call for/i.test(line.slice(at + 3));
  });
}

/** Picks the parser from the text itself, so a new source needs no code change. */
export function parseSource(text: string, source: SourceName): Call {
  if (isEeasAnnex(text)) return parseEeasAnnex(text, source);
  if (/PERSON SPECIFICATION/.test(text) && /Essential\s*\tDesirable/.test(text))
    return parseIsdJobDescription(text, source);
  if (isCilcTitle(text.trimStart().split('\n')[0] ?? '')) return parseCilcPost(text, source);
  throw new SourceParseError(
    source.file,
    1,
    'an EEAS "Requirements and Job Descriptions" annex, an ISD job description or a CILC call post',
  );
}
