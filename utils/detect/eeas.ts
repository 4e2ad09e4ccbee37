import { blockText, mayContain, pageTitle } from './text';
import type { Detector } from './types';

const HOSTS = new Set(['eeas.europa.eu', 'www.eeas.europa.eu']);

/** Listing, procurement and news sections: never a single vacancy, decided from the URL alone. */
const NON_VACANCY_PATH =
  /^\/(?:eeas\/)?(?:vacancies|tenders|grants|press-material|search|node)(?:_[a-z]{2,3})?\/?$|\/(?:tenders|grants|press-material)(?:\/|_[a-z]{2,3}\b)/;

const TITLE_SIGNAL =
  /call for contributions?|vacancy notice|eeas vacancy|call for expression of interest|job no\.? ?\d{6}|\bvacanc(?:y|ies)\b/i;

const DEADLINE_SIGNAL = /deadline\s+for\s+(?:sending\s+)?applications?/i;

export const eeasVacancyUrls = [
  'https://www.eeas.europa.eu/eeas/eulex-kosovo-2-2026-call-contributions_en',
  'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-justice-monitor-ek-60092_en?s=333',
  'https://eeas.europa.eu/eeas/eubam-libya-3-2024-call-contributions_und',
  'https://www.eeas.europa.eu/delegations/kosovo/vacancy-notice-programme-manager_en?page_lang=en',
];

export const eeasNonVacancyUrls = [
  'https://www.eeas.europa.eu/eeas/vacancies_en',
  'https://www.eeas.europa.eu/eeas/vacancies_en?f%5B0%5D=vacancy_site%3ACSDP%20missions',
  'https://www.eeas.europa.eu/eeas/tenders_en',
  'https://www.eeas.europa.eu/eeas/grants_en',
  'https://www.eeas.europa.eu/eeas/press-material_en',
];

export function isEeasHost(url: URL): boolean {
  return HOSTS.has(url.hostname);
}

/** URL-only reject, cheap enough to run on every page of the host before touching the DOM. */
export function isEeasCandidateUrl(url: URL): boolean {
  return isEeasHost(url) && !NON_VACANCY_PATH.test(url.pathname);
}

export const detectEeasVacancy: Detector = (url, doc) => {
  if (!isEeasCandidateUrl(url)) return null;
  const article = doc.querySelector('article.node--type-vacancy');
  const title = pageTitle(doc);
  if (!article && !TITLE_SIGNAL.test(title)) return null;
  const container = article ?? doc.querySelector('main') ?? doc.body;
  if (!container) return null;
  if (!article && !mayContain(container, DEADLINE_SIGNAL)) return null;
  const text = blockText(container);
  if (!article && !DEADLINE_SIGNAL.test(text)) return null;
  return { site: 'eeas', title, text, annexUrl: annexLink(container, url) };
};

const DOCUMENT_PATH = /\.(?:pdf|docx)$/i;
const ANNEX_WORDS = /annex|requirements|job.?description/i;

/** The PDF/Word document the page links on its own host, one that names itself an annex first. */
function annexLink(container: Element, url: URL): string | null {
  let first: string | null = null;
  for (const link of container.querySelectorAll('a[href]')) {
    let href: URL;
    try {
      href = new URL(link.getAttribute('href') ?? '', url);
    } catch {
      continue;
    }
    if (href.hostname !== url.hostname || !DOCUMENT_PATH.test(href.pathname)) continue;
    if (ANNEX_WORDS.test(`${link.textContent} ${href.pathname}`)) return href.href;
    first ??= href.href;
  }
  return first;
}
