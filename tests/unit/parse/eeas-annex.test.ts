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
      [{ kind: 'experience', years: 5, scope: 'total', domains: [], afterQualification: true }],
      [{ kind: 'weapon-authorisation' }],
      [{ kind: 'driving-licence', anyOf: ['C'], armouredVehiclesAlternative: false }],
    ]);
  });

  it('EK 60220: EU SECRET, 2 years coordinating IT projects and 2 years of management', () => {
    const position = byRef(call, 'EK 60220');
    expect(position.securityClearance).toBe('EU SECRET');
    expect(ownItems(position)[1]!.facets).toEqual([
      { kind: 'experience', years: 6, scope: 'total', domains: [], afterQualification: true },
      { kind: 'experience', years: 2, scope: 'domain', domains: ['it'], afterQualification: true },
      { kind: 'experience', years: 2, scope: 'management', domains: [], afterQualification: true },
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
      expect(callWide[0]!.facets).toEqual([
        { kind: 'citizenship', openToContributingThirdStates: position.openToContributingThirdStates },
      ]);
    }
  });
});
