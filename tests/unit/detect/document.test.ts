import { describe, expect, it } from 'vitest';
import lookupIndex from '@/data/lookup.json';
import { detectVacancyDocument, documentVacancyUrls } from '@/utils/detect/document';
import { createLookup } from '@/utils/lookup';
import type { LookupIndex } from '@/utils/schema/call';

const lookup = createLookup(lookupIndex as LookupIndex);

describe('vacancy documents opened in the PDF viewer', () => {
  it('matches the EULEX annex PDF to its call by the file name', () => {
    const url = new URL(documentVacancyUrls[0]!);
    const match = detectVacancyDocument(url)!;
    expect(match).toEqual({
      site: 'eeas',
      title: 'EULEX Kosovo 2-2026 Annex 1 - Requirements and Job Descriptions',
      text: '',
      // The document is its own annex (read from this URL when its call is not in the bundle).
      annexUrl: documentVacancyUrls[0],
    });
    expect(lookup(url, match)).toEqual({
      status: 'found',
      callId: 'eulex-kosovo-2-2026',
      file: 'calls/eulex-kosovo-2-2026.json',
      positionRef: null,
    });
  });

  it('matches the ISD job description PDF by its title words', () => {
    const url = new URL(documentVacancyUrls[1]!);
    expect(detectVacancyDocument(url)?.title).toBe('Programmes Lead Western Balkans JD');
  });

  it('ignores pages and documents outside the publishers', () => {
    expect(detectVacancyDocument(new URL('https://www.eeas.europa.eu/eeas/vacancies_en'))).toBeNull();
    expect(detectVacancyDocument(new URL('https://example.org/annex.pdf'))).toBeNull();
  });
});
