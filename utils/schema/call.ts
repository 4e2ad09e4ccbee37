import { z } from 'zod';
import { DOMAIN_TAGS } from '../domain-tags';
import { isPublisherUrl } from '../hosts';
import { CEFR_LEVELS, CERTIFICATIONS, CLEARANCE_LEVELS } from './constants';

export { CEFR_LEVELS, CERTIFICATIONS, CLEARANCE_LEVELS };

/** Data format version of every call file and of the lookup index. */
export const BUNDLE_SCHEMA_VERSION = 1;

export const CefrLevel = z.enum(CEFR_LEVELS);
export type CefrLevel = z.infer<typeof CefrLevel>;

export const ClearanceLevel = z.enum(CLEARANCE_LEVELS);
export type ClearanceLevel = z.infer<typeof ClearanceLevel>;

export const DomainTag = z.enum(DOMAIN_TAGS);

export const Certification = z.enum(CERTIFICATIONS);
export type Certification = z.infer<typeof Certification>;

const isoInstant = z.iso.datetime({ offset: false });
const isoDate = z.iso.date();

export const EducationFacet = z.object({
  kind: z.literal('education'),
  /** Minimum EQF level of the degree path; null when the text offers no degree path. */
  minEqf: z.number().int().min(1).max(8).nullable(),
  /** Fields of study as written ("Law", "Political Science"); empty when none is named. */
  fields: z.array(z.string()),
  /** "must be in" is a hard rule, "should be in" a soft one; "none" when no field is named. */
  fieldRule: z.enum(['must', 'should', 'none']),
  /** True when the text also accepts "other related fields". */
  relatedFieldsAccepted: z.boolean(),
  /** Other ways to meet the requirement besides the degree path. */
  alternatives: z.array(
    z.enum([
      'attested-police-military-education',
      'secondary-plus-police-military-training',
      'civilian-security-organisation-training',
    ]),
  ),
});

export const ExperienceFacet = z.object({
  kind: z.literal('experience'),
  years: z.number().positive(),
  /** total: all relevant experience; management: at coordination/management level; domain: in the named domains. */
  scope: z.enum(['total', 'management', 'domain']),
  /** For scope "domain" (and optionally "total" when the text names a field): any of these counts. */
  domains: z.array(DomainTag),
  /** Counted only after the education requirement was fulfilled. */
  afterQualification: z.boolean(),
});

export const LanguageFacet = z.object({
  kind: z.literal('language'),
  /** ISO 639-1 codes; "bcms" is Bosnian/Croatian/Montenegrin/Serbian as one language group. */
  languages: z.array(z.string().min(2)).min(1),
  /** How many of `languages` are needed: languages.length means all of them. */
  minCount: z.number().int().min(1),
  /** Lowest CEFR level that satisfies the wording, null when the text states no level. */
  minLevel: CefrLevel.nullable(),
  /** English as the working language of an EEAS mission. */
  missionLanguage: z.boolean(),
});

export const DrivingLicenceFacet = z.object({
  kind: z.literal('driving-licence'),
  /** Any one of these categories meets the requirement. */
  anyOf: z.array(z.string().min(1)).min(1),
  /** "licence for armoured vehicles" offered as an alternative. */
  armouredVehiclesAlternative: z.boolean(),
});

export const ClearanceFacet = z.object({
  kind: z.literal('security-clearance'),
  level: ClearanceLevel,
});

export const CitizenshipFacet = z.object({
  kind: z.literal('citizenship'),
  /** Nationals of a Contributing Third State may be seconded (EU nationals always may). */
  openToContributingThirdStates: z.boolean(),
});

export const WeaponFacet = z.object({ kind: z.literal('weapon-authorisation') });

export const CertificationFacet = z.object({
  kind: z.literal('certification'),
  anyOf: z.array(Certification).min(1),
  orEquivalent: z.boolean(),
});

export const LawEnforcementFacet = z.object({
  kind: z.literal('law-enforcement-officer'),
  senior: z.boolean(),
});

export const Facet = z.discriminatedUnion('kind', [
  EducationFacet,
  ExperienceFacet,
  LanguageFacet,
  DrivingLicenceFacet,
  ClearanceFacet,
  CitizenshipFacet,
  WeaponFacet,
  CertificationFacet,
  LawEnforcementFacet,
]);
export type Facet = z.infer<typeof Facet>;

export const Requirement = z.object({
  /** Stable across regenerations: derived from call, position and section, never from array order alone. */
  id: z.string().regex(/^[a-z0-9][a-z0-9:._-]*$/),
  /** Verbatim text as published (whitespace normalised). */
  text: z.string().min(1),
  importance: z.enum(['essential', 'desirable']),
  /** Section heading as published, e.g. "4. Essential Qualifications and Experience". */
  section: z.string().min(1),
  callWide: z.boolean(),
  /** Set on sub-requirements ("out of which a minimum of 2 years ..."). */
  parentId: z.string().optional(),
  facets: z.array(Facet),
  /** Lower-case keywords for free-text matching; empty for requirements decided by facets alone. */
  keywords: z.array(z.string()),
});
export type Requirement = z.infer<typeof Requirement>;

export const Requirements = z.discriminatedUnion('status', [
  z.object({ status: z.literal('published'), items: z.array(Requirement).min(1) }),
  /** The source publishes no requirements (e.g. a CILC post): nothing can be checked, nothing is met. */
  z.object({ status: z.literal('not-published'), note: z.string().min(1) }),
]);
export type Requirements = z.infer<typeof Requirements>;

export const Deadline = z.object({
  /** The exact instant, UTC. */
  instant: isoInstant,
  /** IANA zone the publisher's wall-clock time is in. */
  zone: z.string().min(1),
  /** Verbatim text it was read from. */
  text: z.string().min(1),
});
export type Deadline = z.infer<typeof Deadline>;

export const CallDeadline = z.discriminatedUnion('status', [
  z.object({ status: z.literal('published'), deadline: Deadline }),
  /** Several dates are given and the text does not say which applies to which post. */
  z.object({
    status: z.literal('ambiguous'),
    candidates: z.array(Deadline).min(2),
    note: z.string().min(1),
  }),
  z.object({ status: z.literal('not-published'), note: z.string().min(1) }),
]);
export type CallDeadline = z.infer<typeof CallDeadline>;

export const Availability = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('asap'), text: z.string() }),
  z.object({ kind: z.literal('date'), date: isoDate, text: z.string() }),
  z.object({ kind: z.literal('unknown'), text: z.string() }),
]);
export type Availability = z.infer<typeof Availability>;

export const TaskSection = z.object({
  heading: z.string().min(1),
  items: z.array(z.string().min(1)),
});

export const Position = z.object({
  /** Unique within the call, e.g. "ek-60092". */
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  ref: z.string().nullable(),
  title: z.string().min(1),
  /** Posts of this kind announced; EK 60035 has 2. */
  vacancies: z.object({ confirmed: z.number().int().min(0), pending: z.number().int().min(0) }),
  /** Group in the call's header, e.g. "Seconded", "Seconded/ Contracted", "International advisors". */
  group: z.string().nullable(),
  regime: z.enum(['seconded', 'contracted', 'seconded-contracted']).nullable(),
  postCategoryContracted: z.string().nullable(),
  location: z.string().nullable(),
  /** Country a national post is tied to, when the source says so. */
  country: z.string().nullable(),
  availability: Availability,
  unit: z.string().nullable(),
  securityClearance: z.union([ClearanceLevel, z.literal('NOT REQUIRED')]).nullable(),
  openToContributingThirdStates: z.boolean().nullable(),
  reportingLine: z.string().nullable(),
  /** Other published facts as label/value pairs (ISD role table: contract, salary, level...). */
  details: z.array(z.object({ label: z.string().min(1), value: z.string() })),
  tasks: z.array(TaskSection),
  requirements: Requirements,
});
export type Position = z.infer<typeof Position>;

/** What a page must show for the content script to recognise this call. */
export const PageSignals = z.object({
  hosts: z.array(z.string().min(1)).min(1),
  callCode: z.string().nullable(),
  mission: z.string().nullable(),
  /** Lower-cased title phrases that identify the call on its page. */
  titles: z.array(z.string().min(1)),
  refs: z.array(z.string()),
});
export type PageSignals = z.infer<typeof PageSignals>;

export const Call = z.object({
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  publisher: z.enum(['EEAS', 'ISD', 'CILC']),
  format: z.enum(['eeas-annex', 'isd-job-description', 'cilc-post']),
  /**
   * File name under data/sources/ (for a call read in the browser: the document's URL) and the
   * original name it was published/seeded as; `page`, when known, is the vacancy page that
   * publishes the call (data/sources/PAGES.json, or the page that linked the annex).
   */
  source: z.object({
    file: z.string().min(1),
    originalName: z.string().min(1),
    page: z
      .string()
      .refine(isPublisherUrl, { message: 'must be an https address on a publisher host' })
      .optional(),
  }),
  organisation: z.string().min(1),
  mission: z.string().nullable(),
  callCode: z.string().nullable(),
  title: z.string().min(1),
  project: z.string().nullable(),
  deadline: CallDeadline,
  positions: z.array(Position).min(1),
  signals: PageSignals,
});
export type Call = z.infer<typeof Call>;

export const LookupEntry = PageSignals.extend({
  callId: z.string(),
  /** Path of the call's file relative to the bundle root. */
  file: z.string(),
  publisher: Call.shape.publisher,
  title: z.string(),
  positionCount: z.number().int().min(1),
});
export type LookupEntry = z.infer<typeof LookupEntry>;

export const LookupIndex = z.object({
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  calls: z.array(LookupEntry),
});
export type LookupIndex = z.infer<typeof LookupIndex>;
