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

const EULEX_CALL = { site: 'eeas', title: 'EULEX Kosovo 2-2026 Call for Contributions' };
const EK_60092_NOTICE = { site: 'eeas', title: 'Vacancy Notice: Justice Monitor – EULEX Kosovo (EK 60092)' };

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
  // The hostile pages (tests/e2e/hostile-pages.e2e.test.ts); their scripts do not run here.
  'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions-hostile-huge-dom_en':
    EULEX_CALL,
  'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions-hostile-injected-markup_en':
    {
      site: 'eeas',
      title:
        'EULEX Kosovo 2-2026 Call for Contributions <img src=x onerror="window.__pwned=3"> <script>window.__pwned=4</script> &lt;b&gt;',
    },
  'https://www.eeas.europa.eu/eucap-sahel-mali/vacancy-notice-head-unit-hostile-injected-markup_en': {
    site: 'eeas',
    title:
      'Vacancy Notice: Head of <img src=x onerror="window.__pwned=1"> Unit <script>window.__pwned=2</script> <b>bold</b> &lt;i&gt; | EEAS',
  },
  'https://www.eeas.europa.eu/eubam-libya/eubam-libya-3-2024-call-contributions-hostile-injected-markup_en': {
    site: 'eeas',
    title: 'EUBAM Libya 3-2024 Call for Contributions',
  },
  'https://www.eeas.europa.eu/eulex-kosovo/vacancy-notice-justice-monitor-eulex-kosovo-ek-60092-hostile-windows-1252_en':
    EK_60092_NOTICE,
  'https://www.eeas.europa.eu/eulex-kosovo/vacancy-notice-justice-monitor-eulex-kosovo-ek-60092-hostile-zero-width_en':
    {
      site: 'eeas',
      title: 'Vacancy Notice: Justice Monitor – EULEX Kosovo (EK60092)',
    },
  'https://www.eeas.europa.eu/eulex-kosovo/vacancy-notice-justice-monitor-eulex-kosovo-ek-60092-hostile-utf8-bom_en':
    EK_60092_NOTICE,
  'https://www.eeas.europa.eu/eulex-kosovo/vacancy-notice-justice-monitor-eulex-kosovo-ek-60092-hostile-utf16-bom_en':
    EK_60092_NOTICE,
  'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions-hostile-prototype-overrides_en':
    EULEX_CALL,
  'https://www.eeas.europa.eu/eeas/working-eeas-vacancies-traineeships-hostile_en': null,
};

/** Bytes 0x80-0x9F in windows-1252, which Node 20's TextDecoder reads as Latin-1 control characters. */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes a fixture as a browser does: by its byte order mark, else its meta charset, else as UTF-8. */
function decodePage(bytes: Buffer): string {
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xef ? 'utf-8' : null;
  const charset = bom ?? /<meta charset="?([\w-]+)/i.exec(bytes.subarray(0, 1024).toString('latin1'))?.[1];
  const text = new TextDecoder(charset ?? 'utf-8').decode(bytes);
  return charset?.toLowerCase() === 'windows-1252'
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!)
    : text;
}

describe('fixture pages', () => {
  it('lists an expectation for every routed fixture page', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(routes).sort());
  });

  it.each(Object.entries(routes))('detects %s as expected', (url, file) => {
    const doc = new DOMParser().parseFromString(decodePage(readFileSync(join(FIXTURES, file))), 'text/html');
    const match = detectVacancy(new URL(url), doc);
    const expected = EXPECTED[url];
    if (expected === null) expect(match).toBeNull();
    else expect({ site: match?.site, title: match?.title }).toEqual(expected);
  });
});
