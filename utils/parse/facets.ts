import type { DomainTag } from '../domain-tags';
import type { Certification, Facet } from '../schema/call';

type EducationFacet = Extract<Facet, { kind: 'education' }>;

/** Degree level, fields and alternative paths of an education requirement. */
export function educationFacet(text: string): EducationFacet | null {
  const degree =
    /university studies|qualifications framework|bachelor|master'?s|secondary education|degree\b|first cycle|second cycle/i;
  if (!degree.test(text)) return null;
  if (/^(?:experience|knowledge|ability)\b/i.test(text)) return null;
  let minEqf: number | null = null;
  if (/at least 4 years|level 7|second cycle|master/i.test(text)) minEqf = 7;
  else if (/at least 3 years|level 6|first cycle|bachelor|university/i.test(text)) minEqf = 6;
  if (/^(?:successful completion of )?secondary education/i.test(text)) minEqf = null;
  const alternatives: EducationFacet['alternatives'] = [];
  if (/secondary education[^.;]*(?:police|military) training/i.test(text)) {
    alternatives.push('secondary-plus-police-military-training');
  }
  if (/attested police|police (?:and|or)\/?(?:or|and)? ?military education|police education/i.test(text)) {
    alternatives.push('attested-police-military-education');
  }
  if (/civilian security organi[sz]ation/i.test(text))
    alternatives.push('civilian-security-organisation-training');
  // Alternatives are joined by an upper-case OR; a field list never spans one.
  const parts = text.split(/\s+OR\s+/);
  const fieldPattern =
    /(must|should) be in (?:at least one of the following fields of expertise:?|any of the fields of|the fields? (?:related to|of)|the field)?\s*([^;]+?)(?:;|$)/i;
  const fieldMatch =
    parts.map((part) => fieldPattern.exec(part)).find(Boolean) ??
    parts
      .map((part) => /(?:degree|qualification) in (?:the field of )?([^;]+?)(?:;|$)/i.exec(part))
      .find(Boolean) ??
    null;
  let fields: string[] = [];
  let fieldRule: EducationFacet['fieldRule'] = 'none';
  const list = fieldMatch ? (fieldMatch.length === 3 ? fieldMatch[2]! : fieldMatch[1]!) : '';
  if (fieldMatch) {
    fieldRule = fieldMatch.length === 3 ? (fieldMatch[1]!.toLowerCase() as 'must' | 'should') : 'should';
    fields = list
      .replace(/\.$/, '')
      .split(/,\s*|\s+or\s+|\s+and\/or\s+|\s+with a specialization in\s+/i)
      .map((f) => f.replace(/^(?:and|or)\s+/i, '').trim())
      .filter((f) => f && !/related|relevant|other|equivalent/i.test(f));
  }
  return {
    kind: 'education',
    minEqf,
    fields,
    fieldRule: fields.length ? fieldRule : 'none',
    relatedFieldsAccepted: /related|relevant/i.test(list),
    alternatives,
  };
}

const DOMAINS: [RegExp, DomainTag[]][] = [
  [/justice and\/or trial monitoring/i, ['justice', 'trial-monitoring']],
  [/trial monitoring/i, ['trial-monitoring']],
  [/hate crimes?/i, ['hate-crimes']],
  [/human rights/i, ['human-rights']],
  [/\bIT\b|information technology/i, ['it']],
  [/\baudit/i, ['audit']],
  [/financ/i, ['finance']],
  [/human resources|\bHR\b/i, ['hr']],
  [/close protection/i, ['close-protection']],
  [/police|law enforcement/i, ['police']],
  [/military/i, ['military']],
  [/security/i, ['security']],
  [/press|media|public information/i, ['press']],
  [/communication/i, ['communications']],
  [/local government/i, ['local-government']],
  [/justice|judicia/i, ['justice']],
];

export function domainsIn(text: string): DomainTag[] {
  const found = new Set<DomainTag>();
  for (const [pattern, tags] of DOMAINS) if (pattern.test(text)) for (const tag of tags) found.add(tag);
  // "justice and/or trial monitoring" already names both; do not add unrelated partial hits.
  return [...found];
}

type ExperienceFacet = Extract<Facet, { kind: 'experience' }>;

function experience(years: number, scope: ExperienceFacet['scope'], domains: DomainTag[]): ExperienceFacet {
  return { kind: 'experience', years, scope, domains, afterQualification: true };
}

/**
 * "A minimum of 6 years of relevant professional experience, after having fulfilled the education
 * requirements, out of which a minimum 2 years at management level" → total 6 plus management 2.
 * `sub` marks an "out of which" sub-bullet, whose years are a part of the parent's total.
 */
export function experienceFacets(text: string, sub: boolean): ExperienceFacet[] {
  const main = /(?:minimum of|at least)\s+(\d+)\s+years?|^(\d+)\s+years?/i.exec(text);
  if (!main || !/experience|years? at|level/i.test(text)) return [];
  const years = Number(main[1] ?? main[2]);
  const head = text.split(/,?\s*(?:out of which|including)\b/i)[0]!;
  const management = /management|coordination\/management|managerial/i;
  const facets: ExperienceFacet[] = [];
  if (sub) {
    if (management.test(head) && !/coordinating|coordination of/i.test(head))
      facets.push(experience(years, 'management', []));
    else facets.push(experience(years, 'domain', domainsIn(head)));
    return facets;
  }
  const totalDomains = /in the ([^,]+?) field/i.exec(head);
  facets.push(experience(years, 'total', totalDomains ? domainsIn(totalDomains[1]!) : []));
  const tail = text.slice(head.length);
  for (const m of tail.matchAll(/(\d+)\s+years?\s+(?:of\s+)?([^,;.]*?)(?=\s+and\s+\d|[,;.]|$)/gi)) {
    const part = m[2]!;
    if (management.test(part) && !/coordination of|coordinating/i.test(part))
      facets.push(experience(Number(m[1]), 'management', []));
    else facets.push(experience(Number(m[1]), 'domain', domainsIn(part)));
  }
  return facets;
}

const LANGUAGES: [RegExp, string][] = [
  [/english/i, 'en'],
  [/albanian/i, 'sq'],
  [/\(BCMS\)|bosnian\/croatian/i, 'bcms'],
  [/serbian/i, 'sr'],
  [/macedonian/i, 'mk'],
  [/arabic/i, 'ar'],
  [/french/i, 'fr'],
  [/russian/i, 'ru'],
];

/**
 * CEFR level a wording implies: "professional fluency"/"fluency" C1, "working proficiency" and
 * the EEAS "understanding, speaking and writing proficiency" B2, "knowledge of" no level stated.
 */
function levelOf(text: string): 'B2' | 'C1' | null {
  if (/fluen/i.test(text)) return 'C1';
  if (/proficiency/i.test(text)) return 'B2';
  return null;
}

export function languageFacet(text: string): Extract<Facet, { kind: 'language' }> | null {
  if (!/language|english|fluen|proficien/i.test(text)) return null;
  let languages = LANGUAGES.filter(([p]) => p.test(text)).map(([, code]) => code);
  if (languages.length === 0 && /western balkan languages/i.test(text)) languages = ['sq', 'bcms', 'mk'];
  if (languages.includes('bcms')) languages = languages.filter((c) => c !== 'sr');
  if (languages.length === 0) return null;
  const minCount = /more than one/i.test(text)
    ? 2
    : /and\/or|\bor\b|at least one|one of/i.test(text)
      ? 1
      : languages.length;
  return {
    kind: 'language',
    languages,
    minCount: Math.min(minCount, languages.length === 1 ? 1 : minCount),
    minLevel: levelOf(text),
    missionLanguage: languages.includes('en') && /working languages? of the mission/i.test(text),
  };
}

export function licenceFacet(text: string): Extract<Facet, { kind: 'driving-licence' }> | null {
  if (!/driv(?:ing|er'?s) licen[cs]e|licen[cs]e for armoured|category [A-E]\b/i.test(text)) return null;
  const categories = new Set<string>();
  for (const m of text.matchAll(/\b(?:category|categories)\s+([A-E]1?E?)\b/gi))
    categories.add(m[1]!.toUpperCase());
  for (const m of text.matchAll(/\b([A-E]1?)\s+(?:or\s+([A-E]1?)\s+)?driv/gi)) {
    categories.add(m[1]!.toUpperCase());
    if (m[2]) categories.add(m[2].toUpperCase());
  }
  for (const m of text.matchAll(/\bor\s+([A-E]1?)\s+or\s+([A-E]1?)\b/g)) {
    categories.add(m[1]!);
    categories.add(m[2]!);
  }
  if (categories.size === 0) return null;
  return {
    kind: 'driving-licence',
    anyOf: [...categories],
    armouredVehiclesAlternative: /armoured vehicles/i.test(text),
  };
}

const CERTIFICATIONS: [RegExp, Certification][] = [
  [/\(CPA\)/, 'CPA'],
  [/\(CA\)/, 'CA'],
  [/\(CIA\)/, 'CIA'],
  [/\(CISA\)/, 'CISA'],
  [/\bITIL\b/, 'ITIL'],
  [/\bCOBIT\b/, 'COBIT'],
  [/certified in close protection/i, 'close-protection'],
  [/basic life support/i, 'basic-life-support'],
  [/shooting instructor|pistol and rifle instructor/i, 'shooting-instructor'],
  [/mission security officer certification/i, 'eu-mission-security-officer'],
  [/civilian crisis management course/i, 'civilian-crisis-management-course'],
  [/industry standard security qualification/i, 'industry-standard-security-qualification'],
  [/international certification in human resources/i, 'hr-management'],
];

export function certificationFacet(text: string): Extract<Facet, { kind: 'certification' }> | null {
  const anyOf = CERTIFICATIONS.filter(([p]) => p.test(text)).map(([, id]) => id);
  if (anyOf.length === 0) return null;
  return { kind: 'certification', anyOf, orEquivalent: /equivalent/i.test(text) };
}

/** Every facet the text states. Education requirements may also carry an inline alternative. */
export function facetsOf(text: string, sub: boolean): Facet[] {
  const facets: Facet[] = [];
  const education = educationFacet(text);
  if (education) facets.push(education);
  if (!education) facets.push(...experienceFacets(text, sub));
  const language = languageFacet(text);
  if (language && !education) facets.push(language);
  const licence = licenceFacet(text);
  if (licence) facets.push(licence);
  if (/authori[sz]ed to carry and issued a personal weapon/i.test(text))
    facets.push({ kind: 'weapon-authorisation' });
  if (/^senior law enforcement officer/i.test(text))
    facets.push({ kind: 'law-enforcement-officer', senior: true });
  const certification = certificationFacet(text);
  if (certification && !education) facets.push(certification);
  return facets;
}
