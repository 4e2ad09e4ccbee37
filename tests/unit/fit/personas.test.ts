import { describe, expect, it } from 'vitest';
import { assessPosition } from '../../../utils/fit/assess';
import { rankPositions } from '../../../utils/fit/rank';
import { answerAll, assessRef, callSets, gates, gateVerdicts } from './bundle';
import {
  balkanProgrammeManager,
  euLawyer,
  NOW,
  nonEuLawyer,
  policeOfficer,
  UNRELATED_SKILLS,
  withSkills,
} from './personas';

for (const set of callSets) {
  const eulex = set.eulex!;

  describe(`EULEX Kosovo 2-2026 personas (${set.source})`, () => {
    it('EU lawyer clears the hard gates of EK 60092 and EK 60091', () => {
      for (const ref of ['EK 60092', 'EK 60091']) {
        const a = assessRef(eulex, ref, euLawyer);
        expect(a.hardGates, ref).toBe('cleared');
        expect(gateVerdicts(a, 'education'), ref).toEqual(['met']);
        expect(
          gates(a, 'experience').every((r) => r.verdict === 'met'),
          ref,
        ).toBe(true);
        expect(a.eligibility, ref).toBe('incomplete');
        expect(assessRef(eulex, ref, euLawyer, answerAll(eulex, ref, euLawyer)).eligibility, ref).toBe(
          'eligible',
        );
      }
      const a = assessRef(eulex, 'EK 60091', euLawyer);
      const reasons = gates(a, 'experience').map((r) => r.reason);
      expect(reasons).toContain(
        "You have 3 y 0 m at management level after your Master's in Law (2014); 2 y required.",
      );
      expect(reasons.some((r) => r.startsWith('You have 4 y 0 m in justice or trial monitoring'))).toBe(true);
    });

    it('EU lawyer fails EK 60101 on law enforcement rank and weapon authorisation', () => {
      const a = assessRef(eulex, 'EK 60101', euLawyer, answerAll(eulex, 'EK 60101', euLawyer));
      expect(a.hardGates).toBe('failed');
      expect(a.eligibility).toBe('not-eligible');
      expect(gateVerdicts(a, 'education')).toEqual(['met']);
      expect(gateVerdicts(a, 'law-enforcement-officer')).toEqual(['not-met']);
      expect(gateVerdicts(a, 'weapon-authorisation')).toEqual(['not-met']);
      expect(gates(a, 'weapon-authorisation')[0]!.flip).toBe(
        'an authorisation to carry and be issued a personal weapon',
      );
    });

    it('EU lawyer fails EK 60267 on the Category C licence (and the police path)', () => {
      const a = assessRef(eulex, 'EK 60267', euLawyer);
      expect(a.eligibility).toBe('not-eligible');
      const licence = gates(a, 'driving-licence');
      expect(licence.map((r) => r.verdict)).toEqual(['not-met']);
      expect(licence[0]!.flip).toBe('a Category C licence');
      expect(gateVerdicts(a, 'education')).toEqual(['not-met']);
    });

    it('non-EU national: eligible-if where open to Contributing Third States, not eligible where closed', () => {
      const open = assessRef(eulex, 'EK 60092', nonEuLawyer, answerAll(eulex, 'EK 60092', nonEuLawyer));
      expect(open.eligibility).toBe('eligible-if');
      expect(open.conditions.some((c) => c.includes('Contributing Third State'))).toBe(true);
      const closed = assessRef(eulex, 'EK 60091', nonEuLawyer, answerAll(eulex, 'EK 60091', nonEuLawyer));
      expect(closed.eligibility).toBe('not-eligible');
      expect(closed.summary).toContain('not open to Contributing Third States');
      for (const position of eulex.positions) {
        const a = assessPosition(eulex, position, nonEuLawyer, {}, NOW);
        const citizenship = a.requirements.filter((r) => r.facets.some((f) => f.kind === 'citizenship'));
        expect(
          citizenship.map((r) => r.verdict),
          position.ref ?? '',
        ).toEqual([position.openToContributingThirdStates ? 'eligible-if' : 'not-met']);
      }
    });

    it('police officer: the police path meets the education of EK 60267, EK 60265 and EK 60097, not EK 60092 or EK 60029', () => {
      const verdicts = Object.fromEntries(
        ['EK 60267', 'EK 60265', 'EK 60097', 'EK 60092', 'EK 60029'].map((ref) => [
          ref,
          gateVerdicts(assessRef(eulex, ref, policeOfficer), 'education'),
        ]),
      );
      expect(verdicts).toEqual({
        'EK 60267': ['met'],
        'EK 60265': ['met'],
        'EK 60097': ['met'],
        'EK 60092': ['not-met'],
        'EK 60029': ['not-met'],
      });
      const cpo = assessRef(eulex, 'EK 60267', policeOfficer, answerAll(eulex, 'EK 60267', policeOfficer));
      expect(cpo.hardGates).toBe('cleared');
      expect(cpo.eligibility).toBe('eligible');
    });

    it('a missing EU CONFIDENTIAL / EU SECRET clearance is eligible-if, never not eligible', () => {
      const reporting = assessRef(eulex, 'EK 60035', euLawyer, answerAll(eulex, 'EK 60035', euLawyer));
      expect(gateVerdicts(reporting, 'security-clearance')).toEqual(['eligible-if']);
      expect(reporting.eligibility).toBe('eligible-if');
      expect(reporting.conditions.join()).toContain('EU CONFIDENTIAL');
      for (const position of eulex.positions) {
        const a = assessPosition(eulex, position, euLawyer, {}, NOW);
        for (const r of a.requirements.filter((x) => x.facets.some((f) => f.kind === 'security-clearance'))) {
          expect(r.verdict, position.ref ?? '').toBe('eligible-if');
        }
      }
      const security = assessRef(eulex, 'EK 60251', policeOfficer);
      expect(gateVerdicts(security, 'security-clearance')).toEqual(['eligible-if']);
    });

    it('ranks eligible posts above not-eligible ones for the police officer', () => {
      const ranked = rankPositions(eulex, policeOfficer, {}, NOW).map((a) => a.eligibility);
      const order = ['eligible', 'eligible-if', 'incomplete', 'not-eligible', 'unknown'];
      expect(ranked.map((e) => order.indexOf(e))).toEqual(
        [...ranked.map((e) => order.indexOf(e))].sort((x, y) => x - y),
      );
    });
  });

  describe(`ISD and CILC calls (${set.source})`, () => {
    it('ISD: BCMS counts once, whichever of its codes the profile uses', () => {
      const isd = set.isd!;
      const position = isd.positions[0]!;
      const a = assessPosition(isd, position, balkanProgrammeManager, {}, NOW);
      const languages = a.requirements.filter((r) => r.facets.some((f) => f.kind === 'language'));
      const essentialWb = languages.find(
        (r) => r.importance === 'essential' && /Western Balkan/.test(r.text),
      )!;
      const moreThanOne = languages.find((r) => r.importance === 'desirable')!;
      expect(essentialWb.verdict).toBe('met');
      expect(moreThanOne.verdict).toBe('not-met');
      const serbianToo = {
        ...balkanProgrammeManager,
        languages: [...balkanProgrammeManager.languages, { code: 'sr', level: 'C2' as const }],
      };
      expect(
        assessPosition(isd, position, serbianToo, {}, NOW).requirements.find((r) => r.id === moreThanOne.id)!
          .verdict,
      ).toBe('not-met');
      const macedonianToo = {
        ...balkanProgrammeManager,
        languages: [...balkanProgrammeManager.languages, { code: 'mk', level: 'B2' as const }],
      };
      expect(
        assessPosition(isd, position, macedonianToo, {}, NOW).requirements.find(
          (r) => r.id === moreThanOne.id,
        )!.verdict,
      ).toBe('met');
      const degree = a.requirements.find(
        (r) => r.importance === 'essential' && r.facets.some((f) => f.kind === 'education'),
      )!;
      expect(degree.verdict).toBe('met');
      expect(a.eligibility).not.toBe('not-eligible');
    });

    it('CILC: no published requirements, nothing met, no score', () => {
      const cilc = set.cilc!;
      for (const a of rankPositions(cilc, euLawyer, {}, NOW)) {
        expect(a).toMatchObject({
          requirementsStatus: 'not-published',
          eligibility: 'unknown',
          score: null,
          requirements: [],
        });
      }
    });

    it('adding 50 unrelated skills changes no score in any call', () => {
      const skilled = withSkills(euLawyer, UNRELATED_SKILLS);
      for (const call of [set.eulex!, set.isd!, set.cilc!]) {
        for (const position of call.positions) {
          expect(assessPosition(call, position, skilled, {}, NOW).score).toEqual(
            assessPosition(call, position, euLawyer, {}, NOW).score,
          );
        }
      }
    });
  });
}
