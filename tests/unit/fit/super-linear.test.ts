import { describe, expect, it } from 'vitest';
import { assessPosition } from '../../../utils/fit/assess';
import { experienceSubject } from '../../../utils/fit/evidence';
import { certificationFacet } from '../../../utils/parse/facets/certification';
import { educationFacet } from '../../../utils/parse/facets/education';
import { call, position, req } from './build';
import { exampleLawyer, NOW } from './personas';

/*
 * Requirement texts come from a page or an annex: a hostile one can be a megabyte long. Each text
 * below took the code before the fix (a regex retried from every "or" / every ":") tens of seconds.
 */
describe('long requirement texts', () => {
  it('a degree and a certification with 170,000 "or" after both are not alternatives', () => {
    const text = `University degree in Human Resources management; international certification in human resources ${'or '.repeat(170_000)}`;
    const facets = [educationFacet(text)!, certificationFacet(text)!];
    const post = position([req(facets, { id: 'test:edu-cert', text })]);
    const certified = { ...exampleLawyer, certifications: { ids: ['hr-management' as const], other: [] } };
    // Not alternatives: the Law degree fails the degree, whatever the certification.
    expect(assessPosition(call([post]), post, certified, {}, NOW).requirements[0]!.verdict).toBe('not-met');
  });

  it('experienceSubject keeps 160,000 ":" that do not end the subject', () => {
    const subject = `${':'.repeat(160_000)}x`;
    expect(experienceSubject(`Experience in ${subject}`)).toEqual({ subject, years: null });
  });
});
