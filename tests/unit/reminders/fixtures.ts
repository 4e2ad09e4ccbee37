import { type Call, CallDeadline, type Position } from '@/utils/schema/call';
import type { WatchItem } from '@/utils/watchlist/schema';

export const EULEX_URL = 'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en';

export function watchItem(overrides: Partial<WatchItem> = {}): WatchItem {
  return {
    version: 2,
    id: 'eulex-kosovo-2-2026/ek-60092',
    callId: 'eulex-kosovo-2-2026',
    positionId: 'ek-60092',
    ref: 'EK 60092',
    title: 'Justice Monitor',
    callTitle: 'EULEX Kosovo 2-2026 Call for Contributions',
    organisation: 'European Union Rule of Law Mission in Kosovo',
    url: EULEX_URL,
    deadline: {
      instant: '2026-06-25T15:00:00.000Z',
      zone: 'Europe/Brussels',
      text: 'Thursday, 25 June 2026, at 17:00 (Brussels time)',
      source: 'bundle',
    },
    deadlineNote: null,
    status: 'saved',
    history: [{ status: 'saved', at: '2026-06-01T10:00:00.000Z' }],
    notes: '',
    fitAtSave: null,
    fitNow: null,
    savedAt: '2026-06-01T10:00:00.000Z',
    ...overrides,
  };
}

function position(id: string, ref: string | null, title: string): Position {
  return {
    id,
    ref,
    title,
    vacancies: { confirmed: 1, pending: 0 },
    group: null,
    regime: null,
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
    requirements: { status: 'not-published', note: 'Test call: no requirements.' },
  };
}

/** A small call in the bundle format, independent of the generated data files. */
export function testCall(overrides: Partial<Call> = {}): Call {
  return {
    schemaVersion: 1,
    id: 'eulex-kosovo-2-2026',
    publisher: 'EEAS',
    format: 'eeas-annex',
    source: { file: 'test.txt', originalName: 'test.txt' },
    organisation: 'European Union Rule of Law Mission in Kosovo',
    mission: 'EULEX Kosovo',
    callCode: '2-2026',
    title: 'EULEX Kosovo 2-2026 Call for Contributions',
    project: null,
    deadline: CallDeadline.parse({
      status: 'published',
      deadline: {
        instant: '2026-06-25T15:00:00Z',
        zone: 'Europe/Brussels',
        text: 'Thursday, 25 June 2026, at 17:00 (Brussels time)',
      },
    }),
    positions: [
      position('ek-60092', 'EK 60092', 'Justice Monitor'),
      position('ek-60035', 'EK 60035', 'Close Protection Operator'),
    ],
    signals: {
      hosts: ['www.eeas.europa.eu'],
      callCode: '2-2026',
      mission: 'EULEX Kosovo',
      titles: [],
      refs: [],
    },
    ...overrides,
  };
}

/** Monday 30 March 2026 09:00 Brussels (CEST, UTC+2): the day after the clocks moved forward. */
export function dstCall(): Call {
  return testCall({
    id: 'eubam-libya-1-2026',
    title: 'EUBAM Libya 1-2026 Call for Contributions',
    positions: [position('lib-001', 'LIB 001', 'Border Management Adviser')],
    deadline: {
      status: 'published',
      deadline: {
        instant: '2026-03-30T07:00:00Z',
        zone: 'Europe/Brussels',
        text: 'Monday, 30 March 2026, 09:00',
      },
    },
  });
}

/** No published deadline, like the ISD job description. */
export function isdCall(): Call {
  return testCall({
    id: 'isd-programmes-lead-western-balkans',
    publisher: 'ISD',
    format: 'isd-job-description',
    organisation: 'Institute for Strategic Dialogue',
    mission: null,
    callCode: null,
    title: 'Programmes Lead, Western Balkans',
    positions: [position('programmes-lead', null, 'Programmes Lead, Western Balkans')],
    deadline: { status: 'not-published', note: 'The job description gives no closing date.' },
  });
}

/** Two candidate dates without saying which post each belongs to, like the CILC post. */
export function cilcCall(): Call {
  return testCall({
    id: 'cilc-western-balkans-advisors-2023',
    publisher: 'CILC',
    format: 'cilc-post',
    organisation: 'CILC',
    title: 'Western Balkans // Call for International and National Advisors',
    positions: [position('international-advisor', null, 'International Resident Prosecutorial Advisor')],
    deadline: {
      status: 'ambiguous',
      candidates: [
        { instant: '2023-08-30T21:59:00Z', zone: 'Europe/Amsterdam', text: '30 August 2023' },
        { instant: '2023-08-25T21:59:00Z', zone: 'Europe/Amsterdam', text: '25 August 2023' },
      ],
      note: 'Deadline for applications are 25 and 30 August 2023 (which date belongs to which post is not said).',
    },
  });
}
