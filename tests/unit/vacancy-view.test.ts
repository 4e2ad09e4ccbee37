import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { positionRequirements } from '@/utils/fit/assess';
import { parseProfileFile } from '@/utils/profile/file';
import type { Call } from '@/utils/schema/call';
import { buildVacancyView, type VacancyView, type VacancyViewDeps } from '@/utils/vacancy-view';

const call = JSON.parse(readFileSync('data/calls/eulex-kosovo-2-2026.json', 'utf8')) as Call;
const example = parseProfileFile(readFileSync('examples/profile.example.json', 'utf8'));
if (!example.ok) throw new Error('examples/profile.example.json is invalid');
const URL_ = new URL('https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en');
const MATCH = { site: 'eeas' as const, title: 'EULEX Kosovo 2-2026', text: 'EK 60092' };

const deps = (over: Partial<VacancyViewDeps> = {}): VacancyViewDeps => ({
  lookup: async () => ({ status: 'found', callId: call.id, file: 'x', positionRef: 'EK 60092' }),
  loadCall: async () => structuredClone(call),
  parseInline: () => {
    throw new Error('not called');
  },
  profile: async () => example.profile,
  answers: async () => ({}),
  savedPositionIds: async () => ['ek-60092'],
  now: () => new Date('2026-06-01T00:00:00Z'),
  timeZone: () => 'America/New_York',
  ...over,
});

const ready = async (over?: Partial<VacancyViewDeps>) => {
  const view = await buildVacancyView(URL_, MATCH, deps(over));
  if (view.status !== 'ready') throw new Error(view.status);
  return view;
};

describe('the view sent to the sidebar', () => {
  it('carries the deadline written out in the user zone and the publisher zone', async () => {
    const view = await ready();
    expect(view.call.deadline).toEqual({
      status: 'published',
      deadline: {
        instant: '2026-06-25T15:00:00Z',
        zone: 'Europe/Brussels',
        text: 'Thursday, 25 June 2026, at 17:00 (Brussels time)',
        yourTime: 'Thu 25 Jun 2026, 11:00',
        publishedTime: 'Thu 25 Jun 2026, 17:00 Brussels time',
      },
    });
  });

  it('lists each requirement text once and every post by ids, in the assessed order', async () => {
    const view = await ready();
    const ids = (id: string) =>
      positionRequirements(call, call.positions.find((p) => p.id === id)!).map((r) => r.id);
    expect(view.requirementIds['ek-60092']).toEqual(ids('ek-60092'));
    expect(view.requirementIds['ek-60092']).toHaveLength(31);
    const unique = new Set(call.positions.flatMap((p) => ids(p.id)));
    expect(Object.keys(view.requirements).sort()).toEqual([...unique].sort());
    expect(view.requirements[ids('ek-60092')[0]!]).toEqual({
      id: 'eulex-kosovo-2-2026:call:i-1',
      text: 'Citizenship – Candidates must have a citizenship of an EU Member State or of a Contributing Third State.',
      importance: 'essential',
      section: 'I. GENERAL CONDITIONS',
      callWide: true,
    });
  });

  it('leaves out task lists, facets, keywords and conflicts, and is smaller than the call itself', async () => {
    const view = await ready();
    const json = JSON.stringify(view);
    for (const key of ['"tasks"', '"facets"', '"keywords"', '"conflicts"', '"signals"', '"reportingLine"']) {
      expect(json).not.toContain(key);
    }
    expect(json.length).toBeLessThan(JSON.stringify(call).length);
    const keys = new Set(view.assessments?.flatMap((a) => a.requirements.flatMap((r) => Object.keys(r))));
    expect([...keys].sort()).toEqual([
      'answerKey',
      'condition',
      'decidedBy',
      'flip',
      'id',
      'note',
      'reason',
      'suggestion',
      'verdict',
    ]);
  });

  it('focuses the post the page names and marks the saved ones', async () => {
    const view = await ready();
    expect(view.focusPositionId).toBe('ek-60092');
    expect(view.savedPositionIds).toEqual(['ek-60092']);
    expect(view.assessments?.map((a) => a.positionId)).toHaveLength(17);
  });

  it('has no assessments without a profile, but still every requirement', async () => {
    const view = await ready({ profile: async () => null });
    expect(view.assessments).toBeNull();
    expect(view.requirementIds['ek-60092']).toHaveLength(31);
  });

  it('says why a page that is not bundled and carries no annex text cannot be checked', async () => {
    const view: VacancyView = await buildVacancyView(
      URL_,
      MATCH,
      deps({ lookup: async () => ({ status: 'not-in-bundle' }) }),
    );
    expect(view).toEqual({
      status: 'not-in-bundle',
      title: 'EULEX Kosovo 2-2026',
      reason:
        "This page does not carry the requirements text, so nothing can be checked here. Open the call's annex, or add the call to the data bundle (see the README).",
    });
  });
});
