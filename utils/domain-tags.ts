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
  'case-work',
  'administration',
  'training',
  'intelligence',
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
  'case-work': 'Case work and complaint handling',
  administration: 'Administration / public administration',
  training: 'Training delivery',
  intelligence: 'Intelligence / information collection',
};

/**
 * Phrases in requirement texts and post titles that name a domain, most specific first. A phrase
 * that matches is blanked before the next ones are tried, so "communication and information
 * systems" is IT and not also communications.
 */
const DOMAIN_PHRASES: [RegExp, DomainTag[]][] = [
  [
    /communication and information systems?|information systems?|information technolog\w*|\bIT\b|\bICT\b|networking|cloud services/gi,
    ['it'],
  ],
  [/trial monitor\w*|justice monitor\w*/gi, ['justice', 'trial-monitoring']],
  [/case monitoring|case ?work|case processing|complaints? handling/gi, ['case-work']],
  [/hate crimes?/gi, ['hate-crimes']],
  [/human rights?/gi, ['human-rights']],
  [/rule of law|\bRoL\b/gi, ['rule-of-law']],
  [/transitional justice|justice reform|judicia\w*|\bjustice\b|judge|prosecut\w*|\bcourts?\b/gi, ['justice']],
  [/close protection|armed protection|protection unit|vip protection/gi, ['close-protection']],
  [/police|policing|law enforcement/gi, ['police']],
  [/military/gi, ['military']],
  [/criminal intelligence|intelligence|information collection/gi, ['intelligence']],
  [/security(?! sector reform)/gi, ['security']],
  [/internal audit\w*|\baudit\w*|verification/gi, ['audit']],
  [/accounting|accountan\w*/gi, ['accounting']],
  [/financ\w*|budget\w*|banking/gi, ['finance']],
  [/human resources?|\bHR\b|staff development|staffing|recruitment/gi, ['hr']],
  [/spokesperson|\bpress\b|public information|social media|\bmedia\b/gi, ['press']],
  [
    /communications? (?:strateg\w*|plans?|campaigns?|officer|unit|office|sciences?)|(?:digital|strategic|public|external|internal) communications?/gi,
    ['communications'],
  ],
  [/preventing\/countering violent extremism|violent extremism|\bP\/?CVE\b|counter-terrorism/gi, ['pcve']],
  [/peacebuilding|conflict mitigation/gi, ['peacebuilding']],
  [/local government\w*|local governance|city officials|municipal\w*/gi, ['local-government']],
  [
    /project management|project lifecycle|programmes? (?:lead|manage\w*)|\bprojects?\b|\bprogrammes?\b/gi,
    ['project-management'],
  ],
  [/procurement|contract procedures/gi, ['procurement']],
  [/reporting|analytical reports?/gi, ['reporting']],
  [/legal|\blaw\b|legislati\w*|lawyer/gi, ['legal']],
  [/public administration|administrative|office management/gi, ['administration']],
  [/deliver(?:ing)? training|design and deliver training|training delivery|\btrainer\b/gi, ['training']],
  [/international organi[sz]ations?|multinational|multi-national/gi, ['international-organisations']],
];

/** The label inside a sentence: "justice", "legal practice", but "IT / information systems", "P/CVE (…)". */
export function domainPhrase(tag: DomainTag): string {
  const label = DOMAIN_LABELS[tag];
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** A job tagged with the key is also work in these broader domains (trial monitoring is justice work). */
export const BROADER: Partial<Record<DomainTag, readonly DomainTag[]>> = {
  'trial-monitoring': ['justice'],
  'hate-crimes': ['human-rights'],
  'close-protection': ['security'],
  accounting: ['finance'],
  press: ['communications'],
};

/** The tags whose jobs count as experience in any of `domains`: the domains and their narrower tags. */
export function tagsCounting(domains: readonly DomainTag[]): DomainTag[] {
  const narrower = DOMAIN_TAGS.filter((tag) => BROADER[tag]?.some((broad) => domains.includes(broad)));
  return [...new Set([...domains, ...narrower])];
}

/** Where the work was done rather than what it was: never counted as a post's domain. */
export const CONTEXT_TAGS: readonly DomainTag[] = ['international-organisations'];

/* Requirement texts repeat across every post and every ranking: each is read once. */
const named = new Map<string, DomainTag[]>();

/** Domain tags a text names, each once, in the order the text names them. */
export function domainsNamed(text: string): DomainTag[] {
  const known = named.get(text);
  if (known) return known;
  const tags = readDomains(text);
  if (named.size > 5000) named.clear();
  named.set(text, tags);
  return tags;
}

function readDomains(text: string): DomainTag[] {
  let rest = text;
  const hits: { at: number; tag: DomainTag }[] = [];
  for (const [pattern, tags] of DOMAIN_PHRASES) {
    rest = rest.replace(pattern, (match, at: number) => {
      for (const tag of tags) hits.push({ at, tag });
      return ' '.repeat(match.length);
    });
  }
  return [...new Set(hits.sort((a, b) => a.at - b.at).map((h) => h.tag))];
}
