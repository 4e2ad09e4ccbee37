import { detectCilcVacancy, isCilcCandidateUrl } from './cilc';
import { detectEeasVacancy, isEeasCandidateUrl } from './eeas';
import { detectIsdVacancy, isIsdCandidateUrl } from './isd';
import type { PageMatch } from './types';

const SITES = [
  { candidate: isEeasCandidateUrl, detect: detectEeasVacancy },
  { candidate: isIsdCandidateUrl, detect: detectIsdVacancy },
  { candidate: isCilcCandidateUrl, detect: detectCilcVacancy },
];

/** URL-only pre-check: false means the page can never be a vacancy and the DOM is not touched. */
export function isCandidateUrl(url: URL): boolean {
  return SITES.some((site) => site.candidate(url));
}

export function detectVacancy(url: URL, doc: Document): PageMatch | null {
  for (const site of SITES) {
    if (site.candidate(url)) return site.detect(url, doc);
  }
  return null;
}
