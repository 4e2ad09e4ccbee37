import { blockText, mayContain, pageTitle } from './text';
import type { Detector } from './types';

const HOSTS = new Set(['cilc.nl', 'www.cilc.nl']);

/** WordPress sections that are never a single post. */
const NON_POST_PATH =
  /^\/(?:$|category\/|tag\/|page\/|author\/|wp-|about|contact|projects?\/?$|news\/?$|feed|search)/;
const CALL_TITLE =
  /call for (?:(?:international|national|local|senior|short[- ]term|long[- ]term)\s+)*(?:and\s+\w+\s+)?(?:advisors?|advisers?|experts?|consultants?|expression of interest|applications?|candidates|trainers?)|vacanc(?:y|ies)|we are (?:hiring|looking)/i;
const DEADLINE = /deadline/i;

export const cilcVacancyUrls = [
  'https://cilc.nl/western-balkans-call-for-international-and-national-advisors/',
  'https://www.cilc.nl/news/western-balkans-call-for-international-and-national-advisors/',
  'https://cilc.nl/ukraine-call-for-experts-judicial-reform/?utm_source=newsletter',
];

export const cilcNonVacancyUrls = [
  'https://cilc.nl/',
  'https://cilc.nl/news/',
  'https://cilc.nl/category/news/',
  'https://cilc.nl/about-us/',
];

export function isCilcCandidateUrl(url: URL): boolean {
  return HOSTS.has(url.hostname) && !NON_POST_PATH.test(url.pathname);
}

export const detectCilcVacancy: Detector = (url, doc) => {
  if (!isCilcCandidateUrl(url)) return null;
  const title = pageTitle(doc);
  if (!CALL_TITLE.test(title)) return null;
  const container = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!container || !mayContain(container, DEADLINE)) return null;
  const text = blockText(container);
  if (!DEADLINE.test(text)) return null;
  return { site: 'cilc', title, text };
};
