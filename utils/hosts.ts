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
