/** The publishers' hosts: the only pages the content script runs on (and the host permissions). */
export const PUBLISHER_HOSTS = [
  'eeas.europa.eu',
  'www.eeas.europa.eu',
  'isdglobal.org',
  'www.isdglobal.org',
  'strongcitiesnetwork.org',
  'www.strongcitiesnetwork.org',
  'cilc.nl',
  'www.cilc.nl',
] as const;

export const PUBLISHER_MATCHES = PUBLISHER_HOSTS.map((host) => `https://${host}/*`);

/**
 * True for an https URL on one of the publisher hosts, with no credentials and no port: the only
 * URLs the extension stores or opens (a saved item's link, a reminder's click).
 */
export function isPublisherUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    (PUBLISHER_HOSTS as readonly string[]).includes(url.hostname) &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
