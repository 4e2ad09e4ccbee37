import { z } from 'zod';
import { DOMAIN_TAGS } from '../domain-tags';
import { CefrLevel, Certification, ClearanceLevel } from '../schema/call';
import { LICENCE_CATEGORIES } from './licences';

/** Format version of stored profiles and of profile files. */
export const PROFILE_VERSION = 1;

export const WORK_TAGS = ['management', ...DOMAIN_TAGS] as const;
export const WorkTag = z.enum(WORK_TAGS);
export type WorkTag = z.infer<typeof WorkTag>;

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. "DE"');

export const EducationEntry = z.object({
  /**
   * EQF level 1-8 (4 secondary school leaving certificate, 6 Bachelor's, 7 Master's, 8 Doctorate);
   * null until the user sets it (a Europass CV may give none): such an entry meets no degree requirement.
   */
  eqf: z.number().int().min(1).max(8).nullable().default(null),
  title: z.string().max(200).default(''),
  fields: z.array(z.string().min(1).max(120)).max(10).default([]),
  /**
   * Date the diploma was obtained; null while still studying; absent when not known yet (a
   * Europass CV with no end date): such an entry counts as neither completed nor ongoing.
   */
  completed: isoDate.nullable().optional(),
  /** Attested police and/or military education (an academy diploma, an equivalent rank). */
  attestedPoliceMilitaryEducation: z.boolean().default(false),
  /** Police or military training completed alongside or after this education. */
  policeMilitaryTraining: z.boolean().default(false),
});
export type EducationEntry = z.infer<typeof EducationEntry>;

export const WorkEntry = z
  .object({
    from: isoDate,
    /** Last day of the job (inclusive); null while ongoing. */
    to: isoDate.nullable(),
    title: z.string().max(200).default(''),
    organisation: z.string().max(200).default(''),
    tags: z.array(WorkTag).default([]),
  })
  .refine((entry) => entry.to === null || entry.to >= entry.from, {
    message: '"to" must not be before "from"',
    path: ['to'],
  });
export type WorkEntry = z.infer<typeof WorkEntry>;

export const LanguageEntry = z.object({
  /** ISO 639-1 code, or "bcms" (sr, hr, bs, cnr/me count as bcms too). */
  code: z.string().regex(/^[a-z]{2,4}$/, 'must be a lower-case ISO 639-1 code such as "en", or "bcms"'),
  level: z.union([CefrLevel, z.literal('native')], {
    error: 'must be a CEFR level (A1, A2, B1, B2, C1, C2) or "native"',
  }),
});
export type LanguageEntry = z.infer<typeof LanguageEntry>;

export const SecurityClearance = z.object({
  level: ClearanceLevel.nullable().default(null),
  /** A national security authority could initiate the vetting if the post needs it. */
  nationalAuthorityCanInitiate: z.boolean().default(false),
});

export const Profile = z.object({
  version: z.literal(PROFILE_VERSION),
  name: z.string().max(200).default(''),
  citizenships: z.array(CountryCode).max(5).default([]),
  education: z.array(EducationEntry).max(30).default([]),
  work: z.array(WorkEntry).max(100).default([]),
  languages: z.array(LanguageEntry).max(30).default([]),
  drivingLicences: z.array(z.enum(LICENCE_CATEGORIES)).default([]),
  armouredVehicleLicence: z.boolean().default(false),
  securityClearance: SecurityClearance.default({ level: null, nationalAuthorityCanInitiate: false }),
  /** Authorised to carry and issued a personal weapon. */
  weaponAuthorisation: z.boolean().default(false),
  /** Serving or former law enforcement officer, and whether at senior rank. */
  lawEnforcementOfficer: z.enum(['no', 'officer', 'senior']).default('no'),
  certifications: z
    .object({
      ids: z.array(Certification).default([]),
      /** Certifications outside the known list, as the certificate names them. */
      other: z.array(z.string().min(1).max(200)).max(50).default([]),
    })
    .default({ ids: [], other: [] }),
  skills: z.array(z.string().min(1).max(100)).max(300).default([]),
  earliestAvailability: isoDate.nullable().default(null),
});
export type Profile = z.infer<typeof Profile>;
export type ProfileInput = z.input<typeof Profile>;

export function emptyProfile(): Profile {
  return Profile.parse({ version: PROFILE_VERSION });
}
