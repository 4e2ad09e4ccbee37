import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '@/utils/parse/index';
import { Call } from '@/utils/schema/call';
import { byRef, ownItems, ROOT } from './helpers';

const file = 'eumm-georgia-4-2026-annex1.txt';
const call = parseSource(readFileSync(join(ROOT, 'tests/fixtures/annexes', file), 'utf8'), {
  file,
  originalName: file,
});

describe('EUMM Georgia 4-2026: another call of the EULEX annex format (fixture text)', () => {
  it('is a valid call with its own title, organisation and a winter deadline', () => {
    expect(Call.safeParse(call).success).toBe(true);
    expect([call.id, call.mission, call.callCode, call.organisation, call.title]).toEqual([
      'eumm-georgia-4-2026',
      'EUMM Georgia',
      '4-2026',
      'European Union Monitoring Mission in Georgia',
      'EUMM Georgia 4-2026 Call for Contributions',
    ]);
    expect(call.deadline).toEqual({
      status: 'published',
      deadline: {
        instant: '2027-01-13T16:00:00Z',
        zone: 'Europe/Brussels',
        text: 'Wednesday, 13 January 2027 at 17:00 (Brussels time)',
      },
    });
  });

  it('has 6 posts and 7 vacancies: GEO OC 03a with 2 listed once, GEO MS 12 pending only', () => {
    const counts = (ref: string) => {
      const r = byRef(call, ref).requirements;
      const all = r.status === 'published' ? r.items : [];
      return ['essential', 'desirable'].map((i) => all.filter((r) => r.importance === i).length);
    };
    expect(
      call.positions.map((p) => [
        p.ref,
        p.title,
        p.vacancies,
        p.group,
        p.regime,
        p.location,
        p.availability.kind === 'date' ? p.availability.date : p.availability.kind,
        p.securityClearance,
        p.openToContributingThirdStates,
        p.postCategoryContracted,
        counts(p.ref!),
      ]),
    ).toEqual([
      [
        'GEO HO 19',
        'Senior Political Adviser',
        { confirmed: 1, pending: 0 },
        'Seconded',
        'seconded',
        'Tbilisi, Georgia',
        'asap',
        'EU SECRET',
        false,
        null,
        [20, 9],
      ],
      [
        'GEO OC 03a',
        'Monitor',
        { confirmed: 2, pending: 0 },
        'Seconded',
        'seconded',
        'Gori Field Office',
        'asap',
        'EU RESTRICTED',
        true,
        null,
        [18, 8],
      ],
      [
        'GEO FO 07',
        'Field Security Officer',
        { confirmed: 1, pending: 0 },
        'Seconded',
        'seconded',
        'Zugdidi Field Office',
        '2027-02-15',
        'EU CONFIDENTIAL',
        false,
        null,
        [19, 8],
      ],
      [
        'GEO MS 12',
        'Medical Adviser',
        { confirmed: 0, pending: 1 },
        'Seconded',
        'seconded',
        'Tbilisi, Georgia',
        '2027-03-01',
        'NOT REQUIRED',
        false,
        null,
        [16, 8],
      ],
      [
        'GEO AD 05',
        'Procurement Officer',
        { confirmed: 1, pending: 0 },
        'Seconded/ Contracted',
        'seconded-contracted',
        'Tbilisi, Georgia',
        'asap',
        'NOT REQUIRED',
        false,
        'Mission Support Staff - Management Level (MSML)',
        [18, 8],
      ],
      [
        'GEO AD 22',
        'Communication and Information Systems Officer',
        { confirmed: 1, pending: 0 },
        'Seconded/ Contracted',
        'seconded-contracted',
        'Tbilisi, Georgia',
        'asap',
        'EU SECRET',
        true,
        'Expert',
        [20, 8],
      ],
    ]);
    expect(call.signals.refs).toEqual([
      'GEO HO 19',
      'GEO OC 03a',
      'GEO FO 07',
      'GEO MS 12',
      'GEO AD 05',
      'GEO AD 22',
    ]);
  });

  it('GEO AD 05: a bullet after a lone "OR" is an alternative of the one before, not a second requirement', () => {
    const education = ownItems(byRef(call, 'GEO AD 05')).filter((r) => r.section.startsWith('4.'));
    expect(education.map((r) => [r.id.split(':').pop(), r.text.slice(-102), r.facets])).toEqual([
      [
        'eqe-1',
        ' or other related field; OR Successful completion of a full secondary education attested by a diploma;',
        [
          {
            kind: 'education',
            minEqf: null,
            fields: ['Law', 'Economics', 'Business Administration'],
            fieldRule: 'should',
            relatedFieldsAccepted: true,
            alternatives: [],
          },
        ],
      ],
      [
        'eqe-2',
        'of relevant professional experience in procurement, after having fulfilled the education requirements.',
        [{ kind: 'experience', years: 4, scope: 'total', domains: [], afterQualification: true }],
      ],
    ]);
  });

  it('GEO MS 12: "university studies in Medicine of at least 5 years" names the field Medicine', () => {
    expect(ownItems(byRef(call, 'GEO MS 12'))[0]!.facets).toEqual([
      {
        kind: 'education',
        minEqf: 7,
        fields: ['Medicine'],
        fieldRule: 'must',
        relatedFieldsAccepted: false,
        alternatives: [],
      },
    ]);
  });
});
