import type { WatchItem } from '@/utils/watchlist/schema';

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
    url: 'https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en',
    deadline: {
      instant: '2026-06-25T15:00:00.000Z',
      zone: 'Europe/Brussels',
      text: 'Thursday, 25 June 2026, at 17:00 (Brussels time)',
      source: 'bundle',
    },
    status: 'saved',
    history: [{ status: 'saved', at: '2026-06-01T10:00:00.000Z' }],
    notes: '',
    fitAtSave: null,
    fitNow: null,
    savedAt: '2026-06-01T10:00:00.000Z',
    ...overrides,
  };
}
