import type { Call } from '../schema/call';
import { parseCilcPost } from './cilc-post';
import { parseEeasAnnex } from './eeas-annex';
import { SourceParseError } from './errors';
import { parseIsdJobDescription } from './isd-job-description';
import type { SourceName } from './source';

/** Picks the parser from the text itself, so a new source needs no code change. */
export function parseSource(text: string, source: SourceName): Call {
  if (/Call for Contributions/i.test(text) && /^\s*Position:/m.test(text))
    return parseEeasAnnex(text, source);
  if (/PERSON SPECIFICATION/.test(text) && /Essential\s*\tDesirable/.test(text))
    return parseIsdJobDescription(text, source);
  if (/^.+\/\/ .*call for/im.test(text.trimStart().split('\n')[0] ?? '')) return parseCilcPost(text, source);
  throw new SourceParseError(
    source.file,
    1,
    'an EEAS "Requirements and Job Descriptions" annex, an ISD job description or a CILC call post',
  );
}
