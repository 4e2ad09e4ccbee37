import type { Eligibility, Verdict } from '@/utils/fit/types';

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
