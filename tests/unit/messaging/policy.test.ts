import { describe, expect, it } from 'vitest';
import { isPublisherUrl } from '@/utils/hosts';
import type { ProtocolMap } from '@/utils/messages';
import { acceptMessage, MessageRefused } from '@/utils/messaging/guard';
import { classifySender, type MessageSenderLike } from '@/utils/messaging/senders';
import { EULEX_URL, watchItem } from '../reminders/fixtures';
import { MESSAGE_TYPES, SELF, SENDERS, VALID } from './senders';

const accept = (type: keyof ProtocolMap, data: unknown, sender: MessageSenderLike | undefined) =>
  acceptMessage(type, data, sender, SELF);

/** The refusal message, or "accepted" (`sender` undefined: none at all). */
function verdict(type: keyof ProtocolMap, data: unknown, sender: MessageSenderLike | undefined): string {
  try {
    accept(type, data, sender);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(MessageRefused);
    return (error as Error).message;
  }
}

describe('who may send what', () => {
  it('the content script may send only the detection; every other message is refused with its reason', () => {
    const fromContentScript = Object.fromEntries(
      MESSAGE_TYPES.map((type) => [type, verdict(type, VALID[type], SENDERS.contentScript)]),
    );
    const pages = "only the extension's pages may send it.";
    const frameOrPages = "only the sidebar frame or the extension's pages may send it.";
    const refused = (type: string, who: string) =>
      `Vacancy Fit refused "${type}" from a content script: ${who}`;
    expect(fromContentScript).toEqual({
      vacancyDetected: 'accepted',
      sidebarView: refused('sidebarView', 'only the sidebar frame may send it.'),
      saveVacancy: refused('saveVacancy', 'only the sidebar frame may send it.'),
      setAnswer: refused('setAnswer', frameOrPages),
      openOptions: refused('openOptions', frameOrPages),
      getCall: refused('getCall', frameOrPages),
      tabVacancy: refused('tabVacancy', pages),
      checkText: refused('checkText', pages),
      postsForYou: refused('postsForYou', pages),
      'watchlist.save': refused('watchlist.save', pages),
      'watchlist.list': refused('watchlist.list', pages),
      'watchlist.unreadable': refused('watchlist.unreadable', pages),
      'watchlist.get': refused('watchlist.get', frameOrPages),
      'watchlist.update': refused('watchlist.update', pages),
      'watchlist.remove': refused('watchlist.remove', pages),
      'watchlist.import': refused('watchlist.import', pages),
    });
  });

  it('each sender kind is accepted exactly for its messages', () => {
    const accepted = (sender: MessageSenderLike) =>
      MESSAGE_TYPES.filter((type) => verdict(type, VALID[type], sender) === 'accepted');
    expect(accepted(SENDERS.sidebar)).toEqual([
      'sidebarView',
      'saveVacancy',
      'setAnswer',
      'openOptions',
      'getCall',
      'watchlist.get',
    ]);
    const pages = MESSAGE_TYPES.filter(
      (type) => !['vacancyDetected', 'sidebarView', 'saveVacancy'].includes(type),
    );
    expect(accepted(SENDERS.popup)).toEqual(pages);
    expect(accepted(SENDERS.optionsTab)).toEqual(pages);
  });

  it('hands the handler the classified sender, with the URL the browser reported', () => {
    expect(accept('vacancyDetected', VALID.vacancyDetected, SENDERS.contentScript).from).toEqual({
      kind: 'content-script',
      tabId: 4,
      url: EULEX_URL,
    });
    expect(accept('sidebarView', undefined, SENDERS.sidebar).from).toEqual({ kind: 'sidebar', tabId: 4 });
  });

  it.each([
    ['another extension', { ...SENDERS.popup, id: 'other-extension' }],
    ['no sender', undefined],
    ['a content script in a subframe', { ...SENDERS.contentScript, frameId: 2 }],
    [
      'a content script on a plain-http page',
      { ...SENDERS.contentScript, url: 'http://www.eeas.europa.eu/x' },
    ],
    ['a content script on another host', { ...SENDERS.contentScript, url: 'https://eeas.eu.com/x' }],
    ['the sidebar page outside a tab', { ...SENDERS.sidebar, tab: undefined }],
    [
      'a page whose URL only starts like the extension',
      { ...SENDERS.popup, url: `${SELF.origins[0]}.evil.example/popup.html` },
    ],
  ])('refuses %s', (_name, sender) => {
    expect(classifySender(sender, SELF)).toBeNull();
    expect(verdict('vacancyDetected', VALID.vacancyDetected, sender)).toBe(
      'Vacancy Fit refused "vacancyDetected" from an unknown sender: only a content script may send it.',
    );
    expect(verdict('watchlist.list', undefined, sender)).toBe(
      'Vacancy Fit refused "watchlist.list" from an unknown sender: only the extension\'s pages may send it.',
    );
  });

  it('refuses a message type nobody defined', () => {
    expect(verdict('nope' as keyof ProtocolMap, undefined, SENDERS.popup)).toBe(
      'Vacancy Fit refused "nope": no such message.',
    );
  });
});

describe('payloads, validated before any handler runs', () => {
  it.each([
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['plain http', 'http://www.eeas.europa.eu/eulex-kosovo/x_en'],
    ['another host', 'https://evil.example/eulex'],
    ['a look-alike host', 'https://www.eeas.europa.eu.evil.example/x'],
    ['credentials', 'https://user:pw@www.eeas.europa.eu/x'],
    ['a port', 'https://www.eeas.europa.eu:8443/x'],
  ])('a saved or imported item pointing at %s is refused', (_name, url) => {
    expect(isPublisherUrl(url)).toBe(false);
    expect(verdict('watchlist.save', { ...VALID['watchlist.save'], url }, SENDERS.popup)).toBe(
      'Vacancy Fit refused "watchlist.save": url: must be an https address on a publisher host (utils/hosts.ts).',
    );
    expect(
      verdict('watchlist.import', { items: [watchItem(), watchItem({ id: 'b/1', url })] }, SENDERS.popup),
    ).toBe(
      'Vacancy Fit refused "watchlist.import": items[1].url: must be an https address on a publisher host (utils/hosts.ts).',
    );
  });

  it('https addresses on every publisher host are accepted', () => {
    for (const url of [
      EULEX_URL,
      'https://eeas.europa.eu/eeas/x_en',
      'https://www.isdglobal.org/careers/x/',
      'https://strongcitiesnetwork.org/careers/x/',
      'https://www.cilc.nl/x/',
    ]) {
      expect(verdict('watchlist.save', { ...VALID['watchlist.save'], url }, SENDERS.popup)).toBe('accepted');
    }
  });

  it('a watchlist patch may change only status, notes and a deadline set by the user', () => {
    const patch = (p: unknown) => verdict('watchlist.update', { id: 'a/1', patch: p }, SENDERS.popup);
    expect(patch({ status: 'applied', notes: 'Sent on Monday', deadline: null })).toBe('accepted');
    expect(
      patch({
        deadline: { instant: '2026-07-01T10:00:00.000Z', zone: 'Europe/Brussels', text: 'x', source: 'user' },
      }),
    ).toBe('accepted');
    expect(patch({ fitNow: { eligibility: 'eligible', score: 100 } })).toBe(
      'Vacancy Fit refused "watchlist.update": patch: Unrecognized key: "fitNow".',
    );
    expect(patch({ url: 'https://www.eeas.europa.eu/other_en' })).toBe(
      'Vacancy Fit refused "watchlist.update": patch: Unrecognized key: "url".',
    );
    expect(patch({ history: [], id: 'b/2' })).toBe(
      'Vacancy Fit refused "watchlist.update": patch: Unrecognized keys: "history", "id".',
    );
    expect(
      patch({
        deadline: {
          instant: '2026-07-01T10:00:00.000Z',
          zone: 'Europe/Brussels',
          text: 'x',
          source: 'bundle',
        },
      }),
    ).toBe('Vacancy Fit refused "watchlist.update": patch.deadline.source: Invalid input: expected "user".');
    expect(patch({ status: 'hired' })).toBe(
      'Vacancy Fit refused "watchlist.update": patch.status: Invalid option: expected one of "saved"|"preparing"|"applied"|"interview"|"offer"|"rejected"|"withdrawn".',
    );
  });

  it('an answer with a note over 2,000 characters, or an unknown verdict, is refused', () => {
    const answer = (a: unknown) => verdict('setAnswer', { requirementId: 'r1', answer: a }, SENDERS.sidebar);
    expect(answer({ value: 'met', note: 'x'.repeat(2000), at: '2026-06-01T10:00:00.000Z' })).toBe('accepted');
    expect(answer({ value: 'met', note: 'x'.repeat(2001), at: '2026-06-01T10:00:00.000Z' })).toBe(
      'Vacancy Fit refused "setAnswer": answer.note: Too big: expected string to have <=2000 characters.',
    );
    expect(answer({ value: 'yes', at: '2026-06-01T10:00:00.000Z' })).toBe(
      'Vacancy Fit refused "setAnswer": answer.value: Invalid option: expected one of "met"|"not-met".',
    );
  });

  it("the detection carries the match and nothing else: no URL of the page's choosing", () => {
    const detected = (data: unknown) => verdict('vacancyDetected', data, SENDERS.contentScript);
    expect(detected({ ...VALID.vacancyDetected, url: 'https://www.eeas.europa.eu/other_en' })).toBe(
      'Vacancy Fit refused "vacancyDetected": Unrecognized key: "url".',
    );
    expect(detected({ match: { ...VALID.vacancyDetected.match, site: 'linkedin' } })).toBe(
      'Vacancy Fit refused "vacancyDetected": match.site: Invalid option: expected one of "eeas"|"isd"|"cilc".',
    );
    expect(detected({ match: { ...VALID.vacancyDetected.match, text: 'x'.repeat(3_000_001) } })).toBe(
      'Vacancy Fit refused "vacancyDetected": match.text: Too big: expected string to have <=3000000 characters.',
    );
  });

  it('the sidebar names no tab and no page: its tab is the one the browser reports', () => {
    expect(verdict('sidebarView', { tabId: 3 }, SENDERS.sidebar)).toBe(
      'Vacancy Fit refused "sidebarView": Invalid input: expected undefined, received object.',
    );
    expect(verdict('saveVacancy', { positionId: 'ek-60092', url: EULEX_URL }, SENDERS.sidebar)).toBe(
      'Vacancy Fit refused "saveVacancy": Unrecognized key: "url".',
    );
  });
});
