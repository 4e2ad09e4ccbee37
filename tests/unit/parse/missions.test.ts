import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEeasVacancy } from '@/utils/detect/eeas';
import { SourceParseError } from '@/utils/parse/errors';
import { parseSource } from '@/utils/parse/index';
import { Call } from '@/utils/schema/call';
import { ROOT } from './helpers';

const name = { file: 'm.txt', originalName: 'm.txt' };
const source = (file: string) => readFileSync(join(ROOT, 'tests/fixtures/sources', file), 'utf8');
/** A page as the extension reads it: detection's page-text extraction (happy-dom), then the parser. */
const pageText = (file: string) => {
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages/eeas', file), 'utf8');
  const url = new URL('https://www.eeas.europa.eu/euam-ukraine/euam-ukraine-1-2024-call-contributions_en');
  return detectEeasVacancy(url, new DOMParser().parseFromString(html, 'text/html'))!.text;
};

/** [ref, title, location, group, confirmed, pending, essential count, desirable count] per position. */
type Row = [string, string, string | null, string | null, number, number, number, number];
function summary(call: Call) {
  expect(Call.safeParse(call).success).toBe(true);
  return {
    id: call.id,
    mission: call.mission,
    organisation: call.organisation,
    deadline: call.deadline.status === 'published' ? call.deadline.deadline.instant : null,
    positions: call.positions.map((p): Row => {
      const items = p.requirements.status === 'published' ? p.requirements.items : [];
      return [
        p.ref!,
        p.title,
        p.location,
        p.group,
        p.vacancies.confirmed,
        p.vacancies.pending,
        items.filter((i) => i.importance === 'essential').length,
        items.filter((i) => i.importance === 'desirable').length,
      ];
    }),
  };
}

function errorOf(text: string): SourceParseError {
  try {
    parseSource(text, name);
  } catch (error) {
    if (error instanceof SourceParseError) return error;
    throw error;
  }
  throw new Error('expected a SourceParseError');
}

describe('EUMM Georgia, flattened (one line per page, labels first, "Seconded (2 positions)", GEO HO 19 / GEO OC 03a)', () => {
  const text = source('eeas-eumm-georgia-1-2019-flattened.txt');
  const call = parseSource(text, name);

  it('reads every post from its block, the deadline "at 17:00 hours (Brussels time)" and the groups from the header', () => {
    expect(summary(call)).toEqual({
      id: 'eumm-georgia-1-2019',
      mission: 'EUMM Georgia',
      organisation: 'European Union Monitoring Mission in Georgia',
      deadline: '2019-06-28T15:00:00Z',
      positions: [
        ['GEO HO 19', 'Planning and Evaluation Officer', 'Tbilisi', 'Seconded', 1, 0, 11, 4],
        ['GEO OC 03a', 'Operational Planning and Conduct Officer', 'Tbilisi', 'Seconded', 1, 0, 8, 4],
        ['GEO MO 10', 'CIS Officer', 'Mtskheta', 'Seconded/Contracted', 1, 0, 8, 4],
      ],
    });
  });

  it('keeps Word\'s "o" sub-bullets as parts of their requirement and joins a bullet broken by a page end', () => {
    const items =
      call.positions[0]!.requirements.status === 'published' ? call.positions[0]!.requirements.items : [];
    expect(items.filter((i) => i.parentId).map((i) => [i.id, i.parentId, i.text])).toEqual([
      [
        'eumm-georgia-1-2019:geo-ho-19:eqe-3',
        'eumm-georgia-1-2019:geo-ho-19:eqe-2',
        'A minimum of 2 years in planning and evaluation;',
      ],
      [
        'eumm-georgia-1-2019:geo-ho-19:eqe-4',
        'eumm-georgia-1-2019:geo-ho-19:eqe-2',
        'A minimum of 1 year in a CSDP mission.',
      ],
    ]);
    expect(items.find((i) => i.id.endsWith(':dqe-1'))!.text).toBe(
      'Experience with project management methodologies.',
    );
    expect(
      call.positions.map((p) => [p.securityClearance, p.openToContributingThirdStates, p.regime]),
    ).toEqual([
      ['EU SECRET', false, 'seconded'],
      ['EU CONFIDENTIAL', true, 'seconded'],
      ['EU RESTRICTED', false, 'seconded-contracted'],
    ]);
  });

  it('a block whose ref the header does not list: the error names both', () => {
    expect(errorOf(text.replace('Ref. number: GEO MO 10', 'Ref. number: GEO MO 11')).message).toBe(
      'm.txt:2: expected GEO MO 11 in the header\'s list of posts (the "Position: CIS Officer" block has it; the header lists GEO HO 19, GEO OC 03a, GEO MO 10)',
    );
  });

  it('a group count the flattened header does not bear out', () => {
    expect(errorOf(text.replace('Seconded (2 positions)', 'Seconded (3 positions)')).message).toBe(
      'm.txt:1: expected 3 posts listed under "Seconded (3 positions)" (found 2)',
    );
  });
});

describe('EUCAP Somalia, one cell per line (title over three lines, labels split across lines, "at 1700", SOM 094)', () => {
  it('reads both posts and the deadline under "Deadline for" / "Applications:"', () => {
    expect(summary(parseSource(source('eeas-eucap-somalia-2-2020-lines.txt'), name))).toEqual({
      id: 'eucap-somalia-2-2020',
      mission: 'EUCAP Somalia',
      organisation: 'European Union Capacity Building Mission in Somalia (EUCAP Somalia)',
      deadline: '2020-07-15T15:00:00Z',
      positions: [
        ['SOM 094', 'Maritime Legal Adviser', 'Mogadishu', 'Seconded', 1, 0, 6, 2],
        ['SOM 0112', 'Finance Officer', 'Mogadishu', 'Contracted', 1, 1, 5, 1],
      ],
    });
  });
});

describe('EUCAP Sahel Niger, flattened (labels first, deadline mid-line, bare group rows, NI 11 / AG 01, "Extraordinary Call")', () => {
  it('reads the organisation from the title and the deadline from after the other labels', () => {
    const call = parseSource(source('eeas-eucap-sahel-niger-2-2015-flattened.txt'), name);
    expect(summary(call)).toEqual({
      id: 'eucap-sahel-niger-2-2015',
      mission: 'EUCAP Sahel Niger',
      organisation: 'European Union CSDP Mission in Niger (EUCAP Sahel Niger)',
      deadline: '2015-10-02T15:00:00Z',
      positions: [
        ['NI 11', 'Press and Public Information Officer', 'Niamey', 'Seconded', 1, 0, 7, 2],
        ['AG 01', 'Head of Field Office (FO)', 'Agadez', 'Seconded', 1, 0, 8, 1],
        ['AG 07', 'Team Leader/Mission Security Officer', 'Agadez', 'Seconded/Contracted', 1, 0, 7, 1],
      ],
    });
    expect(call.deadline.status === 'published' && call.deadline.deadline.text).toBe(
      'Friday 02 October 2015 at 1700 (Brussels time)',
    );
  });
});

describe.each([
  ['table markup', 'euam-ukraine-1-2024-call-table.html'],
  ['one <p> per line with tabs', 'euam-ukraine-1-2024-call-p-tabs.html'],
])('EUAM Ukraine page, %s (UA08, 09 and UA19-24: one block for several refs)', (_shape, file) => {
  const text = pageText(file);

  it('gives one position per ref, the vacancies shared out in order, deadline "12.00 noon (CET)"', () => {
    const adviser = ['Strategic Adviser on Community Policing', 'Kyiv', 'Seconded'] as const;
    const field = ['Field Adviser on Criminal Investigation', 'Lviv', 'Seconded'] as const;
    expect(summary(parseSource(text, name))).toEqual({
      id: 'euam-ukraine-1-2024',
      mission: 'EUAM Ukraine',
      organisation: 'European Union Advisory Mission for Civilian Security Sector Reform Ukraine',
      deadline: '2024-02-19T11:00:00Z',
      positions: [
        ['UA08', ...adviser, 1, 0, 6, 2],
        ['UA09', ...adviser, 1, 0, 6, 2],
        ['UA19', ...field, 1, 0, 6, 1],
        ['UA20', ...field, 1, 0, 6, 1],
        ['UA21', ...field, 1, 0, 6, 1],
        ['UA22', ...field, 1, 0, 6, 1],
        ['UA23', ...field, 0, 1, 6, 1],
        ['UA24', ...field, 0, 1, 6, 1],
      ],
    });
  });

  it('a block whose vacancies do not match its refs is refused with both counts', () => {
    const error = errorOf(
      text.replace(
        'Confirmed Vacancies: 4 Pending Vacancies: 2',
        'Confirmed Vacancies: 4 Pending Vacancies: 0',
      ),
    );
    expect([error.expected, error.detail]).toEqual([
      'as many vacancies as refs in "UA19-24" (6)',
      'the block announces 4 confirmed and 0 pending',
    ]);
  });
});
