import { z } from 'zod';
import { Certification } from '../schema/call';
import { formatPath, issuesFromZod, type ProfileIssue } from './issues';
import { LICENCE_CATEGORIES } from './licences';
import {
  CountryCode,
  EducationEntry,
  LanguageEntry,
  PROFILE_VERSION,
  Profile,
  SecurityClearance,
  WorkEntry,
} from './schema';

export interface SalvageResult {
  profile: Profile;
  /** Every value that could not be kept, with why. Empty when the input was valid. */
  dropped: ProfileIssue[];
}

type ArrayField = { item: z.ZodType; max: number };

/** Array fields are salvaged item by item, so one bad entry does not cost the others. */
const ARRAY_ITEMS: Partial<Record<keyof Profile, ArrayField>> = {
  citizenships: { item: CountryCode, max: 5 },
  education: { item: EducationEntry, max: 30 },
  work: { item: WorkEntry, max: 100 },
  languages: { item: LanguageEntry, max: 30 },
  drivingLicences: { item: z.enum(LICENCE_CATEGORIES), max: LICENCE_CATEGORIES.length },
  skills: { item: z.string().min(1).max(100), max: 300 },
};

const CERTIFICATION_ITEMS: Record<'ids' | 'other', ArrayField> = {
  ids: { item: Certification, max: 100 },
  other: { item: z.string().min(1).max(200), max: 50 },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function salvageArray(
  value: unknown[],
  field: ArrayField,
  path: PropertyKey[],
  dropped: ProfileIssue[],
): unknown[] {
  const kept: unknown[] = [];
  value.forEach((item, index) => {
    const parsed = field.item.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
    else dropped.push(...issuesFromZod(parsed.error, [...path, index]));
  });
  if (kept.length > field.max) {
    dropped.push({
      path: formatPath(path),
      message: `only the first ${field.max} entries were kept (${kept.length - field.max} dropped)`,
    });
    return kept.slice(0, field.max);
  }
  return kept;
}

function salvageField(key: keyof Profile, value: unknown, dropped: ProfileIssue[]): unknown {
  const schema = Profile.shape[key];
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  const arrayField = ARRAY_ITEMS[key];
  if (arrayField && Array.isArray(value)) return salvageArray(value, arrayField, [key], dropped);
  if (key === 'certifications' && isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const part of ['ids', 'other'] as const) {
      const items = value[part];
      if (items === undefined) continue;
      if (Array.isArray(items))
        out[part] = salvageArray(items, CERTIFICATION_ITEMS[part], [key, part], dropped);
      else dropped.push({ path: `${key}.${part}`, message: 'expected a list' });
    }
    return schema.parse(out);
  }
  if (key === 'securityClearance' && isRecord(value)) {
    // Keep whichever of the two sub-fields is valid.
    const out: Record<string, unknown> = {};
    for (const part of ['level', 'nationalAuthorityCanInitiate'] as const) {
      const parsed = SecurityClearance.shape[part].safeParse(value[part]);
      if (parsed.success) out[part] = parsed.data;
      else dropped.push(...issuesFromZod(parsed.error, [key, part]));
    }
    return schema.parse(out);
  }
  dropped.push(...issuesFromZod(whole.error, [key]));
  return schema.parse(undefined);
}

/**
 * Rebuilds a profile from a stored value that may be partly invalid (an older build, a hand-edited
 * import): every valid field and list entry is kept, everything dropped is reported.
 */
export function salvageProfile(raw: unknown): SalvageResult {
  const dropped: ProfileIssue[] = [];
  if (!isRecord(raw)) {
    return {
      profile: Profile.parse({ version: PROFILE_VERSION }),
      dropped: [{ path: '', message: 'the stored profile is not an object; nothing could be kept' }],
    };
  }
  if (raw.version !== PROFILE_VERSION) {
    dropped.push({
      path: 'version',
      message: `version ${JSON.stringify(raw.version)} read as version ${PROFILE_VERSION}`,
    });
  }
  const out: Record<string, unknown> = { version: PROFILE_VERSION };
  const keys = Object.keys(Profile.shape) as (keyof Profile)[];
  for (const key of keys) {
    if (key === 'version') continue;
    out[key] = salvageField(key, raw[key], dropped);
  }
  for (const key of Object.keys(raw)) {
    if (!(key in Profile.shape)) dropped.push({ path: key, message: 'unknown field dropped' });
  }
  return { profile: Profile.parse(out), dropped };
}
