import type { Eligibility, Headline, Verdict } from '@/utils/fit/types';

export const VERDICT_LABELS: Record<Verdict, string> = {
  met: 'Met',
  'not-met': 'Not met',
  'eligible-if': 'Eligible if',
  'needs-answer': 'Needs your answer',
};

export const ELIGIBILITY_LABELS: Record<Eligibility, string> = {
  eligible: 'Eligible',
  'eligible-if': 'Eligible if',
  incomplete: 'Answers needed',
  'not-eligible': 'Not eligible',
  unknown: 'No requirements published',
};

/** The badge beside a post: its hard-gate status, not a score. */
export const HEADLINE_LABELS: Record<Headline['status'], string> = {
  meets: 'Meets all decided',
  'eligible-if': 'Eligible if',
  'not-eligible': 'Not eligible',
  none: 'To confirm',
  unknown: 'No requirements published',
};
