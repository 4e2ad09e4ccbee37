import { z } from 'zod';
import type { Call, Requirement } from '../schema/call';

/** The user's own answer to one requirement the profile cannot decide. */
export const Answer = z.object({
  value: z.enum(['met', 'not-met']),
  note: z.string().max(2000).optional(),
  /** When the user answered (ISO instant). */
  at: z.iso.datetime({ offset: true }),
});
export type Answer = z.infer<typeof Answer>;

/** Keyed by `answerKey` (older answers: by requirement id, still read). */
export const Answers = z.record(z.string().min(1), Answer);
export type Answers = z.infer<typeof Answers>;

/** Lower case, letters and digits only, single spaces: the same statement reads the same everywhere. */
export function normaliseStatement(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** cyrb53: a 53-bit string hash, written in base 36. Deterministic across builds and browsers. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Statements whose meaning depends on where the call is: knowing "the Mission area", "the
 * region" or "the local language(s)" is a different claim in Kosovo and in Somalia, so such an
 * answer holds for one call only.
 */
const PLACE_BOUND =
  /\bmission area\b|\bof the region\b|\blocal languages?\b|\bofficial languages? in\b|\bhistory, culture\b|\bsituation (?:in|of) the\b/i;

/**
 * Where an answer to this requirement is stored.
 * - Requirements the profile decides (they carry facets) are answered per post: `<requirement id>`.
 * - A free-text statement is a statement about you: the same normalised text is answered once,
 *   for every post of every call that repeats it (`text:<hash>`): the call-wide EEAS statements
 *   (integrity, health, digital skills, …) and a post's own ones ("Report writing skills").
 * - A free-text statement bound to the call's place is answered once per call (`<call id>:text:<hash>`).
 */
export function answerKey(
  call: Pick<Call, 'id'>,
  requirement: Pick<Requirement, 'id' | 'text' | 'facets'>,
): string {
  if (requirement.facets.length > 0) return requirement.id;
  const text = statementKey(requirement.text);
  return PLACE_BOUND.test(requirement.text) ? `${call.id}:${text}` : text;
}

/* Every post repeats the call-wide texts and every ranking asks again: each text is hashed once. */
const hashed = new Map<string, string>();

function statementKey(text: string): string {
  const known = hashed.get(text);
  if (known) return known;
  const key = `text:${hash(normaliseStatement(text))}`;
  if (hashed.size > 5000) hashed.clear();
  hashed.set(text, key);
  return key;
}

export interface FoundAnswer {
  answer: Answer | undefined;
  /** The key new answers go under. */
  key: string;
  /** Set when the answer was read from the requirement id, where older versions stored it. */
  legacyKey?: string;
}

/** The answer for a requirement: under its key, else under its id (answers stored before keys existed). */
export function findAnswer(
  answers: Answers,
  call: Pick<Call, 'id'>,
  requirement: Pick<Requirement, 'id' | 'text' | 'facets'>,
): FoundAnswer {
  const key = answerKey(call, requirement);
  const current = answers[key];
  if (current || key === requirement.id) return { answer: current, key };
  const legacy = answers[requirement.id];
  return legacy ? { answer: legacy, key, legacyKey: requirement.id } : { answer: undefined, key };
}
