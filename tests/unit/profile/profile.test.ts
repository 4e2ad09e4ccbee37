import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EQF_LEVEL_NAMES } from '../../../utils/profile/eqf';
import { EU_MEMBER_STATES, isEuMemberState } from '../../../utils/profile/eu-member-states';
import { MAX_PROFILE_FILE_BYTES, parseProfileFile, serializeProfile } from '../../../utils/profile/file';
import { languageGroup, sameLanguage } from '../../../utils/profile/languages';
import { salvageProfile } from '../../../utils/profile/salvage';
import { emptyProfile, Profile } from '../../../utils/profile/schema';

const exampleText = readFileSync(resolve(process.cwd(), 'examples/profile.example.json'), 'utf8');

describe('profile schema', () => {
  it('parses the example file', () => {
    const result = parseProfileFile(exampleText);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (result.ok) {
      expect(result.profile.citizenships).toEqual(['DE']);
      expect(result.profile.education[1]!.eqf).toBe(7);
    }
  });

  it('round-trips through export and import', () => {
    const result = parseProfileFile(exampleText);
    if (!result.ok) throw new Error('example must parse');
    const again = parseProfileFile(serializeProfile(result.profile));
    expect(again).toEqual({ ok: true, profile: result.profile, warnings: [] });
  });

  it('fills defaults for a minimal file', () => {
    expect(Profile.parse({ version: 1 })).toEqual(emptyProfile());
    expect(emptyProfile().securityClearance).toEqual({ level: null, nationalAuthorityCanInitiate: false });
  });

  it('knows the 27 EU member states and the EQF names', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(isEuMemberState('hr')).toBe(true);
    expect(isEuMemberState('EL')).toBe(true);
    expect(isEuMemberState('RS')).toBe(false);
    expect(isEuMemberState('GB')).toBe(false);
    expect(EQF_LEVEL_NAMES[4]).toBe('Secondary school leaving certificate');
    expect(EQF_LEVEL_NAMES[7]).toBe("Master's");
  });

  it('treats sr, hr, bs, cnr and me as the BCMS group', () => {
    for (const code of ['sr', 'hr', 'bs', 'cnr', 'me', 'bcms']) expect(languageGroup(code)).toBe('bcms');
    expect(sameLanguage('hr', 'sr')).toBe(true);
    expect(sameLanguage('mk', 'sr')).toBe(false);
  });
});

describe('parseProfileFile errors', () => {
  it('rejects text that is not JSON', () => {
    const result = parseProfileFile('{"version": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/^The file is not valid JSON/);
  });

  it('rejects a missing or wrong version', () => {
    expect(parseProfileFile('{"citizenships": ["DE"]}')).toEqual({
      ok: false,
      errors: [
        {
          path: 'version',
          message:
            '"version" is missing: this does not look like a Vacancy Fit profile file (expected "version": 1).',
        },
      ],
    });
    expect(parseProfileFile('{"version": 2}')).toEqual({
      ok: false,
      errors: [
        {
          path: 'version',
          message: 'Profile file version 2 is not supported; this extension reads version 1.',
        },
      ],
    });
    expect(parseProfileFile('[1,2]').ok).toBe(false);
  });

  it('names every invalid field by its path', () => {
    const result = parseProfileFile(
      JSON.stringify({
        version: 1,
        citizenships: ['Germany'],
        work: [{ from: '2020-01-01', to: '2019-01-01', tags: ['cooking'] }],
        languages: [{ code: 'en', level: 'fluent' }],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual([
      'citizenships[0]',
      'languages[0].level',
      'work[0].tags[0]',
    ]);
    expect(result.errors.find((e) => e.path === 'citizenships[0]')!.message).toContain('ISO 3166-1 alpha-2');
  });

  it('checks date order in work entries', () => {
    const result = parseProfileFile(
      JSON.stringify({ version: 1, work: [{ from: '2020-01-01', to: '2019-01-01' }] }),
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'work[0].to', message: '"to" must not be before "from"' }],
    });
  });

  it('refuses files over 1 MB', () => {
    const big = JSON.stringify({ version: 1, skills: ['x'.repeat(MAX_PROFILE_FILE_BYTES)] });
    const result = parseProfileFile(big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/too large .* at most 1 MB/);
  });

  it('warns about unknown fields but imports the rest', () => {
    const result = parseProfileFile('{"version": 1, "citizenship": ["DE"]}');
    expect(result).toMatchObject({
      ok: true,
      warnings: [{ path: 'citizenship', message: 'Unknown field "citizenship" was ignored.' }],
    });
  });
});

describe('salvageProfile', () => {
  it('keeps every valid field and entry of a partly invalid profile and reports what it dropped', () => {
    const { profile, dropped } = salvageProfile({
      version: 1,
      citizenships: ['DE', 'xx'],
      education: [
        { eqf: 7, fields: ['Law'], completed: '2014-07-15' },
        { eqf: 12, completed: 'yesterday' },
      ],
      languages: 'English',
      weaponAuthorisation: 'yes',
      securityClearance: { level: 'TOP SECRET', nationalAuthorityCanInitiate: true },
      certifications: { ids: ['CPA', 'PMP'], other: ['Prince2'] },
      skills: ['drafting'],
      favouriteColour: 'blue',
    });
    expect(profile.citizenships).toEqual(['DE']);
    expect(profile.education).toHaveLength(1);
    expect(profile.languages).toEqual([]);
    expect(profile.weaponAuthorisation).toBe(false);
    expect(profile.securityClearance).toEqual({ level: null, nationalAuthorityCanInitiate: true });
    expect(profile.certifications).toEqual({ ids: ['CPA'], other: ['Prince2'] });
    expect(profile.skills).toEqual(['drafting']);
    expect(dropped.map((d) => d.path)).toEqual([
      'citizenships[1]',
      'education[1].eqf',
      'education[1].completed',
      'languages',
      'securityClearance.level',
      'weaponAuthorisation',
      'certifications.ids[1]',
      'favouriteColour',
    ]);
  });

  it('returns a valid profile unchanged with nothing dropped', () => {
    const good = parseProfileFile(exampleText);
    if (!good.ok) throw new Error('example must parse');
    expect(salvageProfile(good.profile)).toEqual({ profile: good.profile, dropped: [] });
  });

  it('never wipes silently: a non-object is reported', () => {
    expect(salvageProfile('garbage').dropped).toHaveLength(1);
    expect(salvageProfile({ citizenships: ['FR'] })).toMatchObject({
      profile: { citizenships: ['FR'] },
      dropped: [{ path: 'version', message: 'version undefined read as version 1' }],
    });
  });
});
