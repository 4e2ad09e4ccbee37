import type { PageMatch, Site } from './types';

const SITE_BY_HOST: Record<string, Site> = {
  'eeas.europa.eu': 'eeas',
  'www.eeas.europa.eu': 'eeas',
  'isdglobal.org': 'isd',
  'www.isdglobal.org': 'isd',
  'strongcitiesnetwork.org': 'isd',
  'www.strongcitiesnetwork.org': 'isd',
  'cilc.nl': 'cilc',
  'www.cilc.nl': 'cilc',
};

export const documentVacancyUrls = [
  'https://www.eeas.europa.eu/sites/default/files/documents/2026/EULEX%20Kosovo%202-2026%20Annex%201%20-%20Requirements%20and%20Job%20Descriptions.pdf',
  'https://strongcitiesnetwork.org/wp-content/uploads/2024/02/Programmes-Lead-Western-Balkans-JD.pdf',
];

/**
 * A vacancy document opened in the browser's PDF viewer, where content scripts do not run:
 * the file name is all there is to match on ("EULEX Kosovo 2-2026 Annex 1 ... .pdf").
 */
export function detectVacancyDocument(url: URL): PageMatch | null {
  const site = SITE_BY_HOST[url.hostname];
  const file = url.pathname.split('/').pop() ?? '';
  if (!site || !/\.(?:pdf|docx?)$/i.test(file)) return null;
  let name: string;
  try {
    name = decodeURIComponent(file);
  } catch {
    name = file;
  }
  const title = name
    .replace(/\.[a-z]+$/i, '')
    .replace(/[_+]+/g, ' ')
    .replace(/(?<=[a-z])-(?=[A-Za-z])/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // The document is its own annex: read from the tab's URL when it is not in the bundle.
  return { site, title, text: '', annexUrl: url.protocol === 'https:' ? url.href : null };
}
