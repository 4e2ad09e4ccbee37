import { describe, expect, it } from 'vitest';
import type { PageMatch } from '@/utils/detect/types';
import { createLookup, normaliseRef } from '@/utils/lookup';
import type { LookupEntry, LookupIndex } from '@/utils/schema/call';

const EEAS_HOSTS = ['eeas.europa.eu', 'www.eeas.europa.eu'];

function entry(overrides: Partial<LookupEntry> & Pick<LookupEntry, 'callId'>): LookupEntry {
  return {
    file: `calls/${overrides.callId}.json`,
    publisher: 'EEAS',
    title: overrides.callId,
    positionCount: 2,
    hosts: EEAS_HOSTS,
    callCode: null,
    mission: null,
    titles: [],
    refs: [],
    ...overrides,
  };
}

const index: LookupIndex = {
  schemaVersion: 1,
  calls: [
    entry({
      callId: 'eulex-kosovo-2-2026',
      callCode: '2-2026',
      mission: 'EULEX Kosovo',
      titles: ['eulex kosovo 2-2026 call for contributions'],
      refs: ['EK 60091', 'EK 60092', 'EK 60035'],
    }),
    entry({
      callId: 'eumm-georgia-2-2026',
      callCode: '2-2026',
      mission: 'EUMM Georgia',
      refs: ['GEO 101', 'GEO 102'],
    }),
    entry({
      callId: 'isd-programmes-lead',
      publisher: 'ISD',
      hosts: ['strongcitiesnetwork.org'],
      titles: ['programmes lead, western balkans'],
    }),
  ],
};

const lookup = createLookup(index);
const eeas = new URL('https://www.eeas.europa.eu/eulex-kosovo/some-page_en');

function page(title: string, text: string, site: PageMatch['site'] = 'eeas'): PageMatch {
  return { site, title, text };
}

describe('createLookup', () => {
  it('normalises reference spellings', () => {
    expect(normaliseRef('EK 60092')).toBe('EK60092');
    expect(normaliseRef('ek-60092')).toBe('EK60092');
  });

  it('finds a call page by call code and mission, as the whole call when it names many refs', () => {
    expect(
      lookup(eeas, page('EULEX Kosovo 2-2026 Call for Contributions', 'Posts: EK 60091, EK 60092')),
    ).toEqual({
      status: 'found',
      callId: 'eulex-kosovo-2-2026',
      file: 'calls/eulex-kosovo-2-2026.json',
      positionRef: null,
    });
  });

  it('tells two missions apart that share a call code', () => {
    const result = lookup(eeas, page('EUMM Georgia 2-2026 Call for Contributions', 'Deadline ...'));
    expect(result).toMatchObject({ status: 'found', callId: 'eumm-georgia-2-2026' });
  });

  it('opens the one position a single-post notice names, in any reference spelling', () => {
    expect(lookup(eeas, page('Vacancy Notice: Justice Monitor (EK-60092)', 'EULEX Kosovo'))).toEqual({
      status: 'found',
      callId: 'eulex-kosovo-2-2026',
      file: 'calls/eulex-kosovo-2-2026.json',
      positionRef: 'EK 60092',
    });
  });

  it('finds a call by title on its host only', () => {
    const isd = page('Programmes Lead, Western Balkans', 'Job description', 'isd');
    expect(lookup(new URL('https://strongcitiesnetwork.org/careers/x/'), isd)).toMatchObject({
      status: 'found',
      callId: 'isd-programmes-lead',
    });
    expect(lookup(new URL('https://cilc.nl/x/'), isd)).toEqual({ status: 'not-in-bundle' });
  });

  it('finds a call by a heading that only contains its title, in any case and spacing', () => {
    const heading = page('Vacancy:  PROGRAMMES LEAD,\u00a0Western Balkans (Sarajevo)', '', 'isd');
    expect(lookup(new URL('https://strongcitiesnetwork.org/careers/x/'), heading)).toMatchObject({
      status: 'found',
      callId: 'isd-programmes-lead',
    });
  });

  it('reports a recognised vacancy that is not in the bundle', () => {
    expect(lookup(eeas, page('EUBAM Libya 3-2024 Call for Contributions', 'LIB 1234'))).toEqual({
      status: 'not-in-bundle',
    });
  });
});
