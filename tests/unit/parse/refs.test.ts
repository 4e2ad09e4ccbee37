import { describe, expect, it } from 'vitest';
import { refsInText, refsOf } from '@/utils/parse/eeas-refs';

describe('post references of every mission', () => {
  it.each([
    ['EK 60021', ['EK 60021']],
    ['GEO HO 19', ['GEO HO 19']],
    ['GEO OC 03a', ['GEO OC 03a']],
    ['SOM 094', ['SOM 094']],
    ['NI 11', ['NI 11']],
    ['AG 01', ['AG 01']],
    ['LIB 0221', ['LIB 0221']],
    ['VN 001/2025', ['VN 001/2025']],
    ['UA08, 09', ['UA08', 'UA09']],
    ['UA19-24', ['UA19', 'UA20', 'UA21', 'UA22', 'UA23', 'UA24']],
    ['GEO AR 11 *', ['GEO AR 11']],
  ])('%s', (text, refs) => {
    expect(refsOf(text)).toEqual(refs);
  });

  it.each(['ASAP', 'ASAP 01', 'Pristina', 'EU 2026', 'UA24-19', '01 Dec 2026'])(
    '%s is not a reference',
    (text) => {
      expect(refsOf(text)).toBeNull();
    },
  );

  it('finds refs in a flattened header row, skipping words before them and other prefixes', () => {
    const row =
      'Seconded (3) MA 47 MA 48 Trainer (2 posts) Bamako ASAP GEO HO 19 Planning Officer ASAP EK 60029 x';
    expect(refsInText(row, null).map((r) => r.refs.join('+'))).toEqual([
      'MA 47',
      'MA 48',
      'GEO HO 19',
      'EK 60029',
    ]);
    expect(refsInText(row, ['MA']).map((r) => r.refs.join('+'))).toEqual(['MA 47', 'MA 48']);
  });
});
