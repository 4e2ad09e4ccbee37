import type { Headline, Verdict } from '@/utils/fit/types';

export const VERDICT_LABELS: Record<Verdict, string> = {
  met: 'Met',
  'not-met': 'Not met',
  'eligible-if': 'Eligible if',
  'needs-answer': 'Needs your answer',
};

/** The badge beside a post: its hard-gate status, not a score. */
export const HEADLINE_LABELS: Record<Headline['status'], string> = {
  meets: 'Meets all decided',
  'eligible-if': 'Eligible if',
  'not-eligible': 'Not eligible',
  none: 'To confirm',
  unknown: 'No requirements published',
};
