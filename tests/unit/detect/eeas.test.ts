import { describe, expect, it } from 'vitest';
import {
  detectEeasVacancy,
  eeasNonVacancyUrls,
  eeasVacancyUrls,
  isEeasCandidateUrl,
} from '@/utils/detect/eeas';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const VACANCY_ARTICLE = page(
  '<main><article class="node node--type-vacancy"><h1>EULEX Kosovo 2-2026 Call for Contributions</h1><p>Deadline for applications: Thursday, 25 June 2026, at 17:00 (Brussels time)</p></article></main>',
);

describe('detectEeasVacancy', () => {
  it.each(eeasVacancyUrls)('accepts the vacancy URL %s', (url) => {
    expect(isEeasCandidateUrl(new URL(url))).toBe(true);
    expect(detectEeasVacancy(new URL(url), VACANCY_ARTICLE)).toEqual({
      site: 'eeas',
      title: 'EULEX Kosovo 2-2026 Call for Contributions',
      text: 'EULEX Kosovo 2-2026 Call for Contributions\nDeadline for applications: Thursday, 25 June 2026, at 17:00 (Brussels time)',
      annexUrl: null,
    });
  });

  it.each(eeasNonVacancyUrls)('rejects the non-vacancy URL %s from the URL alone', (url) => {
    expect(isEeasCandidateUrl(new URL(url))).toBe(false);
    expect(detectEeasVacancy(new URL(url), VACANCY_ARTICLE)).toBeNull();
  });

  it('rejects a page of the host without vacancy signals', () => {
    const press = page('<main><h1>EU statement on Kosovo</h1><p>Brussels, 3 June 2026</p></main>');
    expect(
      detectEeasVacancy(new URL('https://www.eeas.europa.eu/eeas/eu-statement-kosovo_en'), press),
    ).toBeNull();
  });

  it('rejects the unofficial mirror host', () => {
    expect(
      detectEeasVacancy(new URL('https://eeas.eu.com/eulex-kosovo/call_en'), VACANCY_ARTICLE),
    ).toBeNull();
  });
});
