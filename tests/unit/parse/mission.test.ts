import { describe, expect, it } from 'vitest';
import { missionName } from '@/utils/parse/eeas-mission';

describe('missionName', () => {
  it.each([
    [
      'European Union Rule of Law Mission in Kosovo EULEX 2-2026 Call for Contributions Requirements and Job Descriptions',
      'European Union Rule of Law Mission in Kosovo',
      'EULEX Kosovo',
    ],
    // A page heading names the place after the acronym; the organisation's country must not repeat it.
    [
      'EULEX Kosovo 2-2026 Call for Contributions – Requirements and Job Descriptions',
      'European Union Rule of Law Mission in Kosovo',
      'EULEX Kosovo',
    ],
    [
      'EUBAM Libya 3-2024 Call for Contributions',
      'European Union Integrated Border Management Assistance Mission in Libya',
      'EUBAM Libya',
    ],
    [
      'EUCAP Sahel Mali 2-2025 Call for Contributions',
      'European Union Capacity Building Mission in Mali',
      'EUCAP Sahel Mali',
    ],
    [
      'European Union Mission in Armenia (EUMA) 1-2025 Call for Contributions',
      'European Union Mission in Armenia',
      'EUMA Armenia',
    ],
    // A second acronym names the mission's place itself; the organisation's country is not added.
    [
      'European Union Police Mission for the Palestinian Territories EUPOL COPPS 1-2026 Call for Contributions',
      'European Union Police Mission for the Palestinian Territories',
      'EUPOL COPPS',
    ],
    [
      'European Union Advisory Mission in the Central African Republic EUAM RCA 2-2026 Call for Contributions',
      'European Union Advisory Mission in the Central African Republic',
      'EUAM RCA',
    ],
    ['Mission 1-2025 Call for Contributions', 'European Union Monitoring Mission in Georgia', 'Georgia'],
    ['Mission 1-2025 Call for Contributions', 'Some Mission', null],
  ])('%s', (title, organisation, expected) => {
    expect(missionName(title, organisation)).toBe(expected);
  });
});
