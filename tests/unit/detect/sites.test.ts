import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cilcNonVacancyUrls, cilcVacancyUrls, isCilcCandidateUrl } from '@/utils/detect/cilc';
import { eeasNonVacancyUrls, eeasVacancyUrls, isEeasCandidateUrl } from '@/utils/detect/eeas';
import { detectVacancy, isCandidateUrl } from '@/utils/detect/index';
import { isdNonVacancyUrls, isdVacancyUrls, isIsdCandidateUrl } from '@/utils/detect/isd';

const SITES = {
  eeas: { positives: eeasVacancyUrls, negatives: eeasNonVacancyUrls, candidate: isEeasCandidateUrl },
  isd: { positives: isdVacancyUrls, negatives: isdNonVacancyUrls, candidate: isIsdCandidateUrl },
  cilc: { positives: cilcVacancyUrls, negatives: cilcNonVacancyUrls, candidate: isCilcCandidateUrl },
};

describe.each(Object.entries(SITES))('%s URL lists', (name, site) => {
  it('has real-shaped positive and negative URLs', () => {
    expect(site.positives.length).toBeGreaterThanOrEqual(3);
    expect(site.negatives.length).toBeGreaterThanOrEqual(3);
  });

  it.each(site.positives)('accepts %s', (url) => {
    expect(site.candidate(new URL(url))).toBe(true);
  });

  it.each(site.negatives)('rejects %s', (url) => {
    expect(site.candidate(new URL(url))).toBe(false);
    expect(isCandidateUrl(new URL(url))).toBe(false);
  });

  const others = Object.entries(SITES)
    .filter(([other]) => other !== name)
    .flatMap(([, other]) => [...other.positives, ...other.negatives]);
  it.each(others)("rejects the other sites' URL %s", (url) => {
    expect(site.candidate(new URL(url))).toBe(false);
  });
});

const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');
const routes = JSON.parse(readFileSync(join(FIXTURES, 'routes.json'), 'utf8')) as Record<string, string>;

/** Every fixture page served by the e2e tests, with what detection must say about it. */
const EXPECTED: Record<string, { site: string; title: string } | null> = {
  'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en': {
    site: 'eeas',
    title: 'EULEX Kosovo 2-2026 Call for Contributions',
  },
  'https://www.eeas.europa.eu/eulex-kosovo/vacancy-notice-justice-monitor-eulex-kosovo-ek-60092_en': {
    site: 'eeas',
    title: 'Vacancy Notice: Justice Monitor – EULEX Kosovo (EK 60092)',
  },
  'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions-requirements-and-job-descriptions_en':
    {
      site: 'eeas',
      title: 'EULEX Kosovo 2-2026 Call for Contributions – Requirements and Job Descriptions',
    },
  'https://www.eeas.europa.eu/eubam-libya/eubam-libya-3-2024-call-contributions_en?s=327': {
    site: 'eeas',
    title: 'EUBAM Libya 3-2024 Call for Contributions',
  },
  'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions-hostile-test_en': {
    site: 'eeas',
    title: 'EULEX Kosovo 2-2026 Call for Contributions',
  },
  'https://www.eeas.europa.eu/eeas/missions-and-operations_en': null,
  'https://www.eeas.europa.eu/eeas/vacancies_en': null,
  'https://www.eeas.europa.eu/eeas/vacancies_en?f%5B0%5D=vacancy_site%3ACSDP%20missions': null,
  'https://eeas.eu.com/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en': null,
  'https://strongcitiesnetwork.org/careers/programmes-lead-western-balkans/': {
    site: 'isd',
    title: 'Programmes Lead, Western Balkans',
  },
  'https://cilc.nl/western-balkans-call-for-international-and-national-advisors/': {
    site: 'cilc',
    title: 'Western Balkans // Call for International and National Advisors',
  },
  'https://cilc.nl/western-balkans-kick-off-regional-project-migrant-smuggling/': null,
};

describe('fixture pages', () => {
  it('lists an expectation for every routed fixture page', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(routes).sort());
  });

  it.each(Object.entries(routes))('detects %s as expected', (url, file) => {
    const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
    const match = detectVacancy(new URL(url), doc);
    const expected = EXPECTED[url];
    if (expected === null) expect(match).toBeNull();
    else expect({ site: match?.site, title: match?.title }).toEqual(expected);
  });
});
