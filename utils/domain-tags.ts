/**
 * Curated experience domains. A requirement's experience facet names domains from this list;
 * a profile's work-history entries are tagged with the same ids, so matching is exact.
 */
export const DOMAIN_TAGS = [
  'justice',
  'trial-monitoring',
  'human-rights',
  'hate-crimes',
  'audit',
  'finance',
  'accounting',
  'hr',
  'it',
  'security',
  'police',
  'military',
  'close-protection',
  'pcve',
  'communications',
  'press',
  'local-government',
  'rule-of-law',
  'peacebuilding',
  'project-management',
  'reporting',
  'procurement',
  'legal',
  'international-organisations',
] as const;

export type DomainTag = (typeof DOMAIN_TAGS)[number];

export const DOMAIN_LABELS: Record<DomainTag, string> = {
  justice: 'Justice',
  'trial-monitoring': 'Trial monitoring',
  'human-rights': 'Human rights',
  'hate-crimes': 'Hate crimes',
  audit: 'Audit',
  finance: 'Finance',
  accounting: 'Accounting',
  hr: 'Human resources',
  it: 'IT / information systems',
  security: 'Security',
  police: 'Police / law enforcement',
  military: 'Military',
  'close-protection': 'Close protection',
  pcve: 'P/CVE (preventing and countering violent extremism)',
  communications: 'Communications',
  press: 'Press and public information',
  'local-government': 'Local government',
  'rule-of-law': 'Rule of law',
  peacebuilding: 'Peacebuilding',
  'project-management': 'Project management',
  reporting: 'Reporting and analysis',
  procurement: 'Procurement',
  legal: 'Legal practice',
  'international-organisations': 'International organisations',
};
