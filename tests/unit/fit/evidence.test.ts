import { describe, expect, it } from 'vitest';
import { domainsNamed } from '../../../utils/domain-tags';
import { experienceSubject, suggestFromWork } from '../../../utils/fit/evidence';
import { assessRef, bundleCalls } from './bundle';
import { exampleLawyer, internalAuditor, NOW, nonEuLawyer, policeOfficer } from './personas';

const eulex = bundleCalls.find((c) => c.publisher === 'EEAS' && c.callCode === '2-2026')!;
const text = (ref: string, start: string) =>
  assessRef(eulex, ref, exampleLawyer).requirements.find((r) => r.text.startsWith(start))!;

describe('evidence from the work history', () => {
  it('"Expertise in justice and/or trial monitoring": a suggestion with its evidence, never a verdict', () => {
    const r = text('EK 60092', 'Expertise in justice');
    expect(r.verdict).toBe('needs-answer');
    expect(r.decidedBy).toBe('nothing');
    expect(r.suggestion).toEqual({
      kind: 'likely-met',
      domains: ['justice', 'trial-monitoring'],
      months: 48,
      text: 'likely met: 4 y 0 m tagged justice / trial monitoring (Trial Monitor, OSCE Mission to Serbia 2016–2020)',
    });
  });

  it('a desirable experience ask gets one too; an ask no job is tagged for says so', () => {
    expect(text('EK 60092', 'Experience in justice reform').suggestion!.text).toBe(
      'likely met: 4 y 0 m tagged justice / trial monitoring (Trial Monitor, OSCE Mission to Serbia 2016–2020)',
    );
    expect(text('EK 60092', 'Expertise in case work').suggestion).toEqual({
      kind: 'not-evidenced',
      domains: ['case-work'],
      months: 0,
      text: 'No job in your work history is tagged case work and complaint handling. Tag the jobs that show it, or answer it yourself.',
    });
  });

  it('a domain no tag covers is named as such', () => {
    const isd = bundleCalls.find((c) => c.publisher === 'ISD')!;
    const network = isd.positions[0]!.requirements;
    const r =
      network.status === 'published'
        ? network.items.find((i) => i.text === 'Experience in network building')!
        : null;
    expect(suggestFromWork(r!, exampleLawyer, NOW)).toEqual({
      kind: 'no-tag',
      domains: [],
      months: 0,
      text: 'No domain tag covers "network building", so your work history cannot show it: answer it yourself.',
    });
  });

  it('narrower tags count for the broader domain: trial monitoring is justice work', () => {
    const monitorOnly = {
      ...exampleLawyer,
      work: exampleLawyer.work.map((w) => ({ ...w, tags: w.tags.filter((t) => t !== 'justice') })),
    };
    expect(
      suggestFromWork(
        { text: 'Experience in justice reform either domestically or internationally.', facets: [] },
        monitorOnly,
        NOW,
      )!.text,
    ).toBe('likely met: 4 y 0 m tagged trial monitoring (Trial Monitor, OSCE Mission to Serbia 2016–2020)');
  });

  it('reads the subject of the ask', () => {
    expect(experienceSubject('Expertise in legal research and analysis;')).toEqual({
      subject: 'legal research and analysis',
      years: null,
    });
    expect(experienceSubject('Knowledge of and experience in project management;')).toEqual({
      subject: 'project management',
      years: null,
    });
    expect(
      experienceSubject(
        'A minimum of 3 years of relevant professional experience in the field of hate crimes',
      ),
    ).toEqual({ subject: 'hate crimes', years: 3 });
    expect(experienceSubject('Report writing skills;')).toBeNull();
    expect(domainsNamed('Head of Communication and Information Systems Unit')).toEqual(['it']);
    expect(domainsNamed('Head of Press and Public Information Office/ Spokesperson')).toEqual(['press']);
  });
});

describe('the three bugs of issue 12', () => {
  it('EK 60050: "degree … and/or an international certification in HR management" — either one meets it', () => {
    const desirable = (profile: typeof exampleLawyer) =>
      assessRef(eulex, 'EK 60050', profile).requirements.find(
        (r) => r.id === 'eulex-kosovo-2-2026:ek-60050:dqe-1',
      )!;
    expect(desirable(exampleLawyer).verdict).toBe('not-met');
    const certified = { ...exampleLawyer, certifications: { ids: ['hr-management' as const], other: [] } };
    expect(desirable(certified)).toMatchObject({
      verdict: 'met',
      reason: 'Requires HR management; you hold HR management.',
    });
    const hrDegree = {
      ...exampleLawyer,
      education: [
        ...exampleLawyer.education,
        { ...exampleLawyer.education[1]!, fields: ['Human Resources management'] },
      ],
    };
    expect(desirable(hrDegree).verdict).toBe('met');
    expect(desirable(exampleLawyer).flip).toBe(
      "a Bachelor's (EQF 6) in Human Resources management, leadership or management or a HR management certification",
    );
  });

  it('the call-wide "Education and training" statement is decided by the post\'s own education requirement', () => {
    for (const [ref, profile, verdict] of [
      ['EK 60092', exampleLawyer, 'met'],
      ['EK 60267', exampleLawyer, 'not-met'],
      ['EK 60267', policeOfficer, 'met'],
      ['EK 60029', internalAuditor, 'met'],
    ] as const) {
      const r = assessRef(eulex, ref, profile).requirements.find(
        (x) => x.id === 'eulex-kosovo-2-2026:call:ii-a-2',
      )!;
      expect([r.verdict, r.decidedBy], `${ref} ${profile.name}`).toEqual([verdict, 'profile']);
      expect(r.reason.startsWith("Decided by this post's own education requirement: ")).toBe(true);
    }
  });

  it('a post closed to Contributing Third States says so beside the citizenship requirement', () => {
    const r = assessRef(eulex, 'EK 60091', nonEuLawyer).requirements.find(
      (x) => x.id === 'eulex-kosovo-2-2026:call:i-1',
    )!;
    expect(r.verdict).toBe('not-met');
    expect(r.reason).toBe(
      'This post is not open to Contributing Third States; you are not an EU national (RS).',
    );
    expect(r.note).toBe(
      'Open to Contributing Third States: NO. The call-wide text also names Contributing Third States, but this post is open to EU nationals only.',
    );
    const open = assessRef(eulex, 'EK 60092', nonEuLawyer).requirements.find(
      (x) => x.id === 'eulex-kosovo-2-2026:call:i-1',
    )!;
    expect([open.verdict, open.note]).toEqual(['eligible-if', undefined]);
  });
});
