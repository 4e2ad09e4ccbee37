import { isEuMemberState } from '../../profile/eu-member-states';
import type { Profile } from '../../profile/schema';
import type { FacetResult } from '../types';

export function assessCitizenship(openToContributingThirdStates: boolean, profile: Profile): FacetResult {
  const eu = profile.citizenships.filter(isEuMemberState);
  if (eu.length > 0) {
    return {
      kind: 'citizenship',
      verdict: 'met',
      reason: `You are a national of an EU member state (${eu.join(', ')}).`,
    };
  }
  if (profile.citizenships.length === 0) {
    return {
      kind: 'citizenship',
      verdict: 'needs-answer',
      reason: 'Your profile lists no citizenship; add it, or answer whether you are an EU national.',
    };
  }
  const yours = profile.citizenships.join(', ');
  if (openToContributingThirdStates) {
    return {
      kind: 'citizenship',
      verdict: 'eligible-if',
      reason: `You are not an EU national (${yours}); this post is open to Contributing Third States.`,
      condition: `your state (${yours}) is a Contributing Third State and its seconding authority nominates you`,
      gist: `your state (${yours}) seconds you as a Contributing Third State`,
    };
  }
  return {
    kind: 'citizenship',
    verdict: 'not-met',
    reason: `This post is not open to Contributing Third States; you are not an EU national (${yours}).`,
    flip: 'the citizenship of an EU member state',
    note: 'Open to Contributing Third States: NO. The call-wide text also names Contributing Third States, but this post is open to EU nationals only.',
    gist: 'EU citizenship (this post is not open to Contributing Third States)',
  };
}
