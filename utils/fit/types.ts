import type { Facet, Requirement } from '../schema/call';
import type { Suggestion } from './evidence';
import type { Relevance } from './relevance';

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
  /**
   * A few words for the headline: for not-met what is missing ("Category C licence"), for
   * eligible-if the condition ("an EU CONFIDENTIAL clearance is initiated after selection").
   */
  gist?: string;
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
  /** Where an answer to it is stored (see `answerKey`): shared by every post, and call, that repeats the statement. */
  answerKey: string;
  /** The answer was read from the requirement id, where older versions stored it: clear it too when withdrawing. */
  legacyAnswerKey?: string;
  /** For not-met and eligible-if: a few words for the headline ("Category C licence"). */
  gist?: string;
  /** A suggestion from the work history's domain tags, for the user to confirm; it never decides the verdict. */
  suggestion?: Suggestion;
}

/**
 * What the profile decides about a post, in words, before any answer: the list shows it first.
 * "You meet all 6 requirements your profile can decide" / "Not eligible: Category C licence;
 * Senior Law Enforcement Officer" / "Eligible if: an EU CONFIDENTIAL clearance is initiated after selection".
 */
export interface Headline {
  status: 'not-eligible' | 'eligible-if' | 'meets' | 'none' | 'unknown';
  text: string;
  /** Essential requirements the profile decides. */
  decided: number;
  /** Statements (essential and desirable) still waiting for your answer. */
  open: number;
  openEssential: number;
  /** "16 statements left for you to confirm (9 essential)", or "" when none is left. */
  openText: string;
}

export type Eligibility = 'eligible' | 'eligible-if' | 'incomplete' | 'not-eligible' | 'unknown';

export interface FitScore {
  /** 0-100, from the post's own requirements whose verdict is known (see README, "Fit score"). */
  value: number;
  /** The post's own essentials: met (or eligible-if), known (decided by the profile or your answer), total. */
  essentials: { met: number; known: number; total: number };
  desirables: { met: number; known: number; total: number };
  /** Every requirement (call-wide included) the profile decides, and how many of them are met. */
  decided: { met: number; total: number };
  /** Every statement the profile cannot decide, and how many you confirmed. */
  answers: { confirmed: number; total: number };
  /** "Requirements decided by your profile: 7 of 7 met · your answers: 3 of 16 confirmed". */
  explanation: string;
  /** "Essentials met 5 of 5 known, desirables met 1 of 2 known (this post's own): 0.7 × 100% + 0.3 × 50% = 85". */
  formula: string;
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
  headline: Headline;
  /** How much of the post's own domain asks your tagged work covers; null when no requirements are published. */
  relevance: Relevance | null;
  requirements: RequirementAssessment[];
  /** Null when no requirements are published. */
  score: FitScore | null;
  /** Answers that disagree with profile facts, surfaced rather than applied. */
  conflicts: RequirementAssessment[];
}
