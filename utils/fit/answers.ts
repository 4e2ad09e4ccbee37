import { z } from 'zod';

/** The user's own answer to one requirement the profile cannot decide. */
export const Answer = z.object({
  value: z.enum(['met', 'not-met']),
  note: z.string().max(2000).optional(),
  /** When the user answered (ISO instant). */
  at: z.iso.datetime({ offset: true }),
});
export type Answer = z.infer<typeof Answer>;

/** Keyed by requirement id, which is stable across bundle regenerations. */
export const Answers = z.record(z.string().min(1), Answer);
export type Answers = z.infer<typeof Answers>;
