import { describe, expect, it } from 'vitest';
import { parseEeasAnnex } from '@/utils/parse/eeas-annex';
import { Call } from '@/utils/schema/call';
import { byRef, ownItems, source } from './helpers';

const call = parseEeasAnnex(source('eeas-eulex-kosovo-2-2026-annex1.txt'), {
  file: 'eeas-eulex-kosovo-2-2026-annex1.txt',
  originalName: '002_90651e81b0697c7b.txt',
});

describe('EULEX Kosovo 2-2026 annex', () => {
  it('is a valid call with the header facts and the deadline instant', () => {
    expect(Call.safeParse(call).success).toBe(true);
    expect([call.id, call.mission, call.callCode, call.organisation]).toEqual([
      'eulex-kosovo-2-2026',
      'EULEX Kosovo',
      '2-2026',
      'European Union Rule of Law Mission in Kosovo',
    ]);
    expect(call.deadline).toEqual({
      status: 'published',
      deadline: {
        instant: '2026-06-25T15:00:00Z',
        zone: 'Europe/Brussels',
        text: 'Thursday, 25 June 2026, at 17:00 (Brussels time)',
      },
    });
  });

  it('has 17 positions and 18 vacancies, each with its header facts', () => {
    const rows = call.positions.map((p) => [
      p.ref,
      p.title,
      p.regime,
      p.vacancies.confirmed,
      p.availability.kind === 'date' ? p.availability.date : p.availability.kind,
      p.securityClearance,
      p.openToContributingThirdStates,
    ]);
    expect(rows).toEqual([
      ['EK 60021', 'Executive Officer', 'seconded', 1, 'asap', 'NOT REQUIRED', false],
      ['EK 60029', 'Internal Auditor', 'seconded', 1, 'asap', 'NOT REQUIRED', false],
      ['EK 60030', 'Verification Officer', 'seconded', 1, 'asap', 'NOT REQUIRED', false],
      [
        'EK 60031',
        'Head of Press and Public Information Office/ Spokesperson',
        'seconded',
        1,
        'asap',
        'NOT REQUIRED',
        false,
      ],
      ['EK 60035', 'Reporting Officer', 'seconded', 2, 'asap', 'EU CONFIDENTIAL', false],
      ['EK 60050', 'Head of Human Resources Section', 'seconded', 1, '2026-09-01', 'NOT REQUIRED', false],
      ['EK 60091', 'Deputy Head of Case Monitoring Unit', 'seconded', 1, 'asap', 'NOT REQUIRED', false],
      ['EK 60092', 'Justice Monitor', 'seconded', 1, 'asap', 'NOT REQUIRED', true],
      ['EK 60097', 'Thematic Lead Monitor - Hate Crimes', 'seconded', 1, '2026-12-01', 'NOT REQUIRED', true],
      ['EK 60101', 'Head of Police Advisors Unit', 'seconded', 1, 'asap', 'NOT REQUIRED', false],
      [
        'EK 60251',
        'Deputy Head of Security and Health Department',
        'seconded',
        1,
        'asap',
        'EU SECRET',
        false,
      ],
      ['EK 60265', 'Team Leader Armed Protection Unit', 'seconded', 1, '2026-08-03', 'NOT REQUIRED', false],
      ['EK 60267', 'Close Protection Operator', 'seconded', 1, 'asap', 'NOT REQUIRED', false],
      ['EK 60300', 'Member of the Human Rights Review Panel', 'seconded', 1, 'asap', 'NOT REQUIRED', true],
      [
        'EK 60051',
        'Deputy Head of Human Resources Section',
        'seconded-contracted',
        1,
        'asap',
        'NOT REQUIRED',
        false,
      ],
      ['EK 60205', 'Head of Finance Unit', 'seconded-contracted', 1, 'asap', 'NOT REQUIRED', false],
      [
        'EK 60220',
        'Head of Communication and Information Systems Unit',
        'seconded-contracted',
        1,
        'asap',
        'EU SECRET',
        false,
      ],
    ]);
    expect(call.positions.reduce((sum, p) => sum + p.vacancies.confirmed, 0)).toBe(18);
    expect(call.positions.every((p) => p.vacancies.pending === 0)).toBe(true);
    expect(call.positions.map((p) => p.group)).toEqual([
      ...Array(14).fill('Seconded'),
      ...Array(3).fill('Seconded/ Contracted'),
    ]);
    // Posts with a clearance carry it as an essential requirement; NOT REQUIRED adds none.
    for (const p of call.positions) {
      const header = ownItems(p).filter((r) => r.section === 'Position header');
      expect(header.map((r) => r.facets)).toEqual(
        p.securityClearance === 'NOT REQUIRED'
          ? []
          : [[{ kind: 'security-clearance', level: p.securityClearance }]],
      );
    }
    expect(byRef(call, 'EK 60051').postCategoryContracted).toBe(
      'Mission Support Staff - Management Level (MSML)',
    );
  });

  it("EK 60092: Master's that should be in Law, 5 years", () => {
    const facets = ownItems(byRef(call, 'EK 60092')).flatMap((r) => r.facets);
    expect(facets.slice(0, 2)).toEqual([
      {
        kind: 'education',
        minEqf: 7,
        fields: ['Law'],
        fieldRule: 'should',
        relatedFieldsAccepted: false,
        alternatives: [],
      },
      { kind: 'experience', years: 5, scope: 'total', domains: [], afterQualification: true },
    ]);
  });

  it('field rules: "should be in" is soft, "must be in" and "a degree in" are hard', () => {
    const rule = (ref: string, slug: string) => {
      const item = ownItems(byRef(call, ref)).find((r) => r.id.endsWith(`:${slug}`))!;
      const facet = item.facets.find((f) => f.kind === 'education');
      return facet?.kind === 'education'
        ? [facet.fieldRule, facet.fields, facet.relatedFieldsAccepted]
        : null;
    };
    expect(rule('EK 60092', 'eqe-1')).toEqual(['should', ['Law'], false]);
    expect(rule('EK 60030', 'eqe-1')).toEqual([
      'must',
      ['Law', 'Audit', 'Economics', 'Finance', 'Accounting', 'Banking and Insurance'],
      true,
    ]);
    expect(rule('EK 60051', 'dqe-1')).toEqual([
      'must',
      ['Law', 'Social Science', 'Human Resources', 'Business Administration'],
      false,
    ]);
  });

  it('EK 60091: 6 years, of which 2 at management level and 3 in justice and/or trial monitoring', () => {
    const items = ownItems(byRef(call, 'EK 60091'));
    const total = items[1]!;
    expect(total.facets).toEqual([
      { kind: 'experience', years: 6, scope: 'total', domains: [], afterQualification: true },
    ]);
    expect(items.slice(2, 4).map((r) => [r.parentId, r.facets])).toEqual([
      [
        total.id,
        [{ kind: 'experience', years: 2, scope: 'management', domains: [], afterQualification: true }],
      ],
      [
        total.id,
        [
          {
            kind: 'experience',
            years: 3,
            scope: 'domain',
            domains: ['justice', 'trial-monitoring'],
            afterQualification: true,
          },
        ],
      ],
    ]);
  });

  it('EK 60267: secondary education plus police/military training, 5 years, weapon, Category C', () => {
    const items = ownItems(byRef(call, 'EK 60267'));
    expect(items.slice(0, 4).map((r) => r.facets)).toEqual([
      [
        {
          kind: 'education',
          minEqf: null,
          fields: [],
          fieldRule: 'none',
          relatedFieldsAccepted: false,
          alternatives: ['secondary-plus-police-military-training', 'attested-police-military-education'],
        },
      ],
      [
        {
          kind: 'experience',
          years: 5,
          scope: 'total',
          domains: ['military', 'police', 'security'],
          afterQualification: true,
        },
      ],
      [{ kind: 'weapon-authorisation' }],
      [{ kind: 'driving-licence', anyOf: ['C'], armouredVehiclesAlternative: false }],
    ]);
  });

  it('EK 60220: EU SECRET, 6 years including 2 coordinating IT projects and 2 of management', () => {
    const position = byRef(call, 'EK 60220');
    expect(position.securityClearance).toBe('EU SECRET');
    const items = ownItems(position);
    const prefix = 'eulex-kosovo-2-2026:ek-60220';
    expect(items[0]).toEqual({
      id: `${prefix}:header:security-clearance`,
      text: 'Level of Security Clearance: EU SECRET',
      importance: 'essential',
      section: 'Position header',
      callWide: false,
      facets: [{ kind: 'security-clearance', level: 'EU SECRET' }],
      keywords: [],
    });
    expect(items.slice(2, 5).map((r) => [r.id, r.parentId, r.text, r.facets])).toEqual([
      [
        `${prefix}:eqe-2`,
        undefined,
        'A minimum of 6 years of relevant professional experience, after having fulfilled the education requirements, including 2 years of experience in coordination of IT projects and 2 years of management experience.',
        [{ kind: 'experience', years: 6, scope: 'total', domains: [], afterQualification: true }],
      ],
      [
        `${prefix}:eqe-2.1`,
        `${prefix}:eqe-2`,
        '2 years of experience in coordination of IT projects',
        [{ kind: 'experience', years: 2, scope: 'domain', domains: ['it'], afterQualification: true }],
      ],
      [
        `${prefix}:eqe-2.2`,
        `${prefix}:eqe-2`,
        '2 years of management experience',
        [{ kind: 'experience', years: 2, scope: 'management', domains: [], afterQualification: true }],
      ],
    ]);
  });

  it('EK 60101: inline "out of which a minimum 2 years at management level", senior law enforcement officer', () => {
    const items = ownItems(byRef(call, 'EK 60101'));
    expect(
      items.slice(1, 5).map((r) => [r.id.split(':').pop(), r.parentId?.split(':').pop(), r.facets]),
    ).toEqual([
      [
        'eqe-2',
        undefined,
        [{ kind: 'experience', years: 6, scope: 'total', domains: [], afterQualification: true }],
      ],
      [
        'eqe-2.1',
        'eqe-2',
        [{ kind: 'experience', years: 2, scope: 'management', domains: [], afterQualification: true }],
      ],
      ['eqe-3', undefined, [{ kind: 'law-enforcement-officer', senior: true }]],
      ['eqe-4', undefined, [{ kind: 'weapon-authorisation' }]],
    ]);
  });

  it('EK 60097: 3 years in hate crimes or other human-rights disciplines ("preferably ..." is not a domain)', () => {
    const items = ownItems(byRef(call, 'EK 60097'));
    expect(items[2]!.facets).toEqual([
      {
        kind: 'experience',
        years: 3,
        scope: 'domain',
        domains: ['hate-crimes', 'human-rights'],
        afterQualification: true,
      },
    ]);
  });

  it('EK 60265: joins the education bullet split over lines; armoured vehicles or C or C1', () => {
    const items = ownItems(byRef(call, 'EK 60265'));
    expect(items[0]!.text).toContain(
      "e.g. Bachelor's Degree OR equivalent and attested police and/or military education",
    );
    expect(items[0]!.facets).toEqual([
      {
        kind: 'education',
        minEqf: 6,
        fields: [],
        fieldRule: 'none',
        relatedFieldsAccepted: false,
        alternatives: ['attested-police-military-education'],
      },
    ]);
    expect(items.find((r) => r.text.startsWith('Valid license for armoured'))!.facets).toEqual([
      { kind: 'driving-licence', anyOf: ['C', 'C1'], armouredVehiclesAlternative: true },
    ]);
  });

  it('reads languages: English as mission language, Albanian and/or Serbian without a level', () => {
    const facetOf = (ref: string, start: string) =>
      ownItems(byRef(call, ref)).find((r) => r.text.startsWith(start))!.facets;
    expect(facetOf('EK 60021', 'Professional fluency in English')).toEqual([
      { kind: 'language', languages: ['en'], minCount: 1, minLevel: 'C1', missionLanguage: true },
    ]);
    expect(facetOf('EK 60092', 'Knowledge of Albanian and/or Serbian')).toEqual([
      { kind: 'language', languages: ['sq', 'sr'], minCount: 1, minLevel: null, missionLanguage: false },
    ]);
    expect(facetOf('EK 60029', 'Internationally recognised professional certification')).toEqual([
      { kind: 'certification', anyOf: ['CPA', 'CA', 'CIA', 'CISA'], orEquivalent: true },
    ]);
  });

  it('turns every bullet into a requirement, never a lone "AND", with unique ids', () => {
    for (const position of call.positions) {
      const items = ownItems(position);
      expect(items.filter((r) => /^(?:-\s*)?AND$/.test(r.text))).toEqual([]);
      expect(new Set(items.map((r) => r.id)).size).toBe(items.length);
    }
    // Counted by hand in the source: EK 60300 sections 4-7 hold 4 + 2 + 2 + 2 bullets ("- AND" is a connector).
    expect(ownItems(byRef(call, 'EK 60300')).map((r) => r.id.split(':').pop())).toEqual([
      'eqe-1',
      'eqe-2',
      'eqe-3',
      'eqe-4',
      'eksa-1',
      'eksa-2',
      'dqe-1',
      'dqe-2',
      'dksa-1',
      'dksa-2',
    ]);
  });

  it('attaches the call-wide requirements to every position, the citizenship narrowed by the header', () => {
    for (const position of call.positions) {
      const items = position.requirements.status === 'published' ? position.requirements.items : [];
      const callWide = items.filter((r) => r.callWide);
      expect(callWide.map((r) => r.id)).toEqual([
        ...[1, 2, 3, 4].map((n) => `eulex-kosovo-2-2026:call:i-${n}`),
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `eulex-kosovo-2-2026:call:ii-a-${n}`),
        ...[1, 2, 3, 4, 5].map((n) => `eulex-kosovo-2-2026:call:ii-b-${n}`),
      ]);
      expect(items.slice(0, callWide.length)).toEqual(callWide);
      expect(callWide[0]!.facets).toEqual([
        { kind: 'citizenship', openToContributingThirdStates: position.openToContributingThirdStates },
      ]);
    }
  });
});
