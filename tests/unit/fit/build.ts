import type { Call, Facet, Position, Requirement } from '../../../utils/schema/call';

let counter = 0;

export function req(facets: Facet[], options: Partial<Omit<Requirement, 'facets'>> = {}): Requirement {
  counter += 1;
  return {
    id: options.id ?? `test:r${counter}`,
    text: options.text ?? `requirement ${counter}`,
    importance: options.importance ?? 'essential',
    section: options.section ?? '4. Essential Qualifications and Experience',
    callWide: options.callWide ?? false,
    parentId: options.parentId,
    facets,
    keywords: options.keywords ?? [],
  };
}

export function position(items: Requirement[], overrides: Partial<Position> = {}): Position {
  return {
    id: 'test-post',
    ref: 'TEST 1',
    title: 'Test Post',
    vacancies: { confirmed: 1, pending: 0 },
    group: null,
    regime: 'seconded',
    postCategoryContracted: null,
    location: null,
    country: null,
    availability: { kind: 'asap', text: 'ASAP' },
    unit: null,
    securityClearance: null,
    openToContributingThirdStates: null,
    reportingLine: null,
    details: [],
    tasks: [],
    requirements: { status: 'published', items },
    ...overrides,
  };
}

export function call(positions: Position[]): Call {
  return {
    schemaVersion: 1,
    id: 'test-call',
    publisher: 'EEAS',
    format: 'eeas-annex',
    source: { file: 'test.txt', originalName: 'test.txt' },
    organisation: 'Test',
    mission: null,
    callCode: null,
    title: 'Test call',
    project: null,
    deadline: { status: 'not-published', note: 'none' },
    positions,
    signals: { hosts: ['example.org'], callCode: null, mission: null, titles: [], refs: [] },
  };
}

export const master = (
  fields: string[] = [],
  fieldRule: 'must' | 'should' | 'none' = 'none',
  related = false,
): Facet => ({
  kind: 'education',
  minEqf: 7,
  fields,
  fieldRule: fields.length === 0 ? 'none' : fieldRule,
  relatedFieldsAccepted: related,
  alternatives: [],
});

export const years = (
  n: number,
  scope: 'total' | 'management' | 'domain' = 'total',
  domains: Extract<Facet, { kind: 'experience' }>['domains'] = [],
): Facet => ({ kind: 'experience', years: n, scope, domains, afterQualification: true });
