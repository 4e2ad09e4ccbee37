/**
 * Value lists of the bundle schema, kept free of zod so the content script can import them
 * without pulling the validator into its bundle.
 */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/** Ordered lowest to highest. */
export const CLEARANCE_LEVELS = ['EU RESTRICTED', 'EU CONFIDENTIAL', 'EU SECRET', 'EU TOP SECRET'] as const;

/** Canonical certification ids; `name` in the facet keeps the publisher's wording. */
export const CERTIFICATIONS = [
  'CPA',
  'CA',
  'CIA',
  'CISA',
  'ITIL',
  'COBIT',
  'close-protection',
  'basic-life-support',
  'shooting-instructor',
  'eu-mission-security-officer',
  'civilian-crisis-management-course',
  'industry-standard-security-qualification',
  'hr-management',
] as const;
