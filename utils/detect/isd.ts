import { blockText, pageTitle } from './text';
import type { Detector } from './types';

const HOSTS = new Set([
  'isdglobal.org',
  'www.isdglobal.org',
  'strongcitiesnetwork.org',
  'www.strongcitiesnetwork.org',
]);

/** Job pages live under a careers-like section; isd_tender holds tenders and grants, never jobs. */
const JOB_PATH = /^\/(?:careers?|jobs?|vacanc(?:y|ies)|work-with-us|join-us)\/[^/]+/;
const JOB_SIGNAL = /job description|person specification|essential|desirable|reports to|how to apply/i;

export const isdVacancyUrls = [
  'https://www.isdglobal.org/careers/programmes-lead-western-balkans/',
  'https://strongcitiesnetwork.org/careers/programmes-lead-western-balkans/',
  'https://www.strongcitiesnetwork.org/vacancies/programmes-lead-western-balkans/?utm_source=linkedin',
  'https://isdglobal.org/jobs/programmes-lead-western-balkans',
];

export const isdNonVacancyUrls = [
  'https://www.isdglobal.org/isd_tender/evaluation-of-the-strong-cities-network/',
  'https://www.isdglobal.org/careers/',
  'https://www.isdglobal.org/digital_dispatches/hate-online-in-the-western-balkans/',
  'https://strongcitiesnetwork.org/news/western-balkans-regional-hub-launch/',
  'https://strongcitiesnetwork.org/',
];

export function isIsdCandidateUrl(url: URL): boolean {
  return HOSTS.has(url.hostname) && JOB_PATH.test(url.pathname);
}

export const detectIsdVacancy: Detector = (url, doc) => {
  if (!isIsdCandidateUrl(url)) return null;
  const container = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!container) return null;
  const text = blockText(container);
  if (!JOB_SIGNAL.test(text)) return null;
  return { site: 'isd', title: pageTitle(doc), text };
};
