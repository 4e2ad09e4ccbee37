import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Answers } from '../../../utils/fit/answers';
import { assessPosition } from '../../../utils/fit/assess';
import type { PositionAssessment, RequirementAssessment } from '../../../utils/fit/types';
import type { Profile } from '../../../utils/profile/schema';
import { Call, type Facet } from '../../../utils/schema/call';
import { cilcVerbatim, eulexVerbatim, isdVerbatim } from './fixtures/verbatim-calls';
import { NOW } from './personas';

const callsDir = resolve(process.cwd(), 'data/calls');

/** Every committed call file, parsed with the bundle schema (an invalid file fails the test run). */
export const bundleCalls: Call[] = existsSync(callsDir)
  ? readdirSync(callsDir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => Call.parse(JSON.parse(readFileSync(join(callsDir, name), 'utf8'))))
  : [];

export interface CallSet {
  source: 'bundle' | 'verbatim fixtures';
  eulex: Call | undefined;
  isd: Call | undefined;
  cilc: Call | undefined;
}

const bundleSet: CallSet = {
  source: 'bundle',
  eulex: bundleCalls.find((c) => c.publisher === 'EEAS' && c.callCode === '2-2026'),
  isd: bundleCalls.find((c) => c.publisher === 'ISD'),
  cilc: bundleCalls.find((c) => c.publisher === 'CILC'),
};

const verbatimSet: CallSet = {
  source: 'verbatim fixtures',
  eulex: eulexVerbatim,
  isd: isdVerbatim,
  cilc: cilcVerbatim,
};

/** The persona checks run on the generated bundle when it is present, and always on the verbatim fixtures. */
export const callSets: CallSet[] = bundleSet.eulex ? [bundleSet, verbatimSet] : [verbatimSet];

export function positionByRef(call: Call, ref: string) {
  const position = call.positions.find((p) => p.ref === ref);
  if (!position) throw new Error(`${ref} not in ${call.id}`);
  return position;
}

export function assessRef(
  call: Call,
  ref: string,
  profile: Profile,
  answers: Answers = {},
): PositionAssessment {
  return assessPosition(call, positionByRef(call, ref), profile, answers, NOW);
}

/** Answers every requirement the profile cannot decide with the given value, under its answer key. */
export function answerAll(
  call: Call,
  ref: string,
  profile: Profile,
  value: 'met' | 'not-met' = 'met',
): Answers {
  const answers: Answers = {};
  for (const r of assessRef(call, ref, profile).requirements) {
    if (r.verdict === 'needs-answer') answers[r.answerKey] = { value, at: '2026-05-31T12:00:00Z' };
  }
  return answers;
}

/** The position's own essential requirements carrying a facet of this kind. */
export function gates(assessment: PositionAssessment, kind: Facet['kind']): RequirementAssessment[] {
  return assessment.requirements.filter(
    (r) => r.importance === 'essential' && !r.callWide && r.facets.some((f) => f.kind === kind),
  );
}

export function gateVerdicts(assessment: PositionAssessment, kind: Facet['kind']): string[] {
  return gates(assessment, kind).map((r) => r.verdict);
}
