import type { Facet, Requirement } from '../schema/call';

export type Verdict = 'met' | 'not-met' | 'eligible-if' | 'needs-answer';

export interface FacetResult {
  kind: Facet['kind'];
  verdict: Verdict;
  /** One line with the numbers: "You have 4 y 7 m at management level after your Master's; 2 y required". */
  reason: string;
  /** For not-met: what would flip it ("+1 year at management level", "a Category C licence"). */
  flip?: string;
  /** For eligible-if: the condition ("a PSC at EU SECRET level, initiated after selection"). */
  condition?: string;
  /** Softer remarks that do not change the verdict ("the field should be in Law; yours is History"). */
  note?: string;
}

export interface RequirementAssessment {
  id: string;
  text: string;
  importance: Requirement['importance'];
  section: string;
  callWide: boolean;
  parentId?: string;
  /** True for requirements built from the position header (clearance level, third-state openness). */
  derived: boolean;
  verdict: Verdict;
  /** What decided the verdict: profile facts, the user's answer, or nothing yet. */
  decidedBy: 'profile' | 'answer' | 'nothing';
  reason: string;
  flip?: string;
  condition?: string;
  note?: string;
  facets: FacetResult[];
  /** The user's answer disagreed with a verdict computed from profile facts; the computed one stands. */
  userAnswerIgnored?: { answer: 'met' | 'not-met'; reason: string };
}

export type Eligibility = 'eligible' | 'eligible-if' | 'incomplete' | 'not-eligible' | 'unknown';

export interface FitScore {
  /** 0-100. */
  value: number;
  essentials: { met: number; total: number };
  desirables: { met: number; total: number };
  /** "Essentials met 12 of 15, desirables met 3 of 9: 0.7 × 80% + 0.3 × 33% = 66". */
  explanation: string;
}

export interface PositionAssessment {
  callId: string;
  positionId: string;
  ref: string | null;
  title: string;
  /** "not-published": the source lists no requirements, so nothing is checked or met. */
  requirementsStatus: 'published' | 'not-published';
  eligibility: Eligibility;
  /** One line for the header of the report. */
  summary: string;
  /** Essential requirements still waiting for the user's answer. */
  missingEssentialAnswers: number;
  /** The conditions of an eligible-if verdict. */
  conditions: string[];
  /**
   * The essentials the profile decides on its own (education, years, citizenship, licence,
   * clearance, weapon...): "cleared", "eligible-if", "needs-answer" (e.g. a related field to confirm), "failed", or "none".
   */
  hardGates: 'cleared' | 'eligible-if' | 'needs-answer' | 'failed' | 'none';
  requirements: RequirementAssessment[];
  /** Null when no requirements are published. */
  score: FitScore | null;
  /** Answers that disagree with profile facts, surfaced rather than applied. */
  conflicts: RequirementAssessment[];
}
