import type { IDBPDatabase } from 'idb';
import { cachedCalls, indexedDbAnnexCache, linkedAnnexReader, viewOfText } from '@/utils/annex-source';
import { loadCall, loadLookupIndex } from '@/utils/bundle-data';
import { detectVacancyDocument } from '@/utils/detect/document';
import type { PageMatch } from '@/utils/detect/types';
import { canApply } from '@/utils/fit/headline';
import { isPublisherUrl } from '@/utils/hosts';
import { createLookup } from '@/utils/lookup';
import { onMessage } from '@/utils/messages';
import { parseEeasAnnex } from '@/utils/parse/eeas-annex';
import { type KnownCall, postsForYou } from '@/utils/posts';
import { catchUpReminders, handleAlarm, handleNotificationClick, syncReminders } from '@/utils/reminders';
import { adoptLegacyReminderKeys, reminderSettingsItem } from '@/utils/settings';
import { readAnswers, setAnswer } from '@/utils/storage/answers';
import { withStorage } from '@/utils/storage/open';
import { readProfile } from '@/utils/storage/profile';
import { untilChanged } from '@/utils/storage/until-changed';
import { tabVacancies } from '@/utils/tab-vacancies';
import { buildVacancyView, resolveCall, type VacancyView } from '@/utils/vacancy-view';
import { buildWatchItem } from '@/utils/watchlist/build';
import { fitNow } from '@/utils/watchlist/fit-now';
import {
  findItem,
  listItems,
  openWatchlist,
  putItem,
  putItems,
  readWatchlist,
  removeItem,
  updateItem,
} from '@/utils/watchlist/store';

export default defineBackground(() => {
  // MV3: every listener is registered synchronously here. The worker may die whenever it is idle,
  // so the only things kept in memory are caches that are rebuilt on demand.
  let database: Promise<IDBPDatabase> | null = null;
  const db = () => {
    database ??= openWatchlist(() => {
      database = null;
    }).catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  };
  let lookup: Promise<ReturnType<typeof createLookup>> | null = null;
  const findCall = async (url: URL, match: PageMatch) => {
    lookup ??= loadLookupIndex().then(createLookup);
    return (await lookup)(url, match);
  };
  const sync = async () => syncReminders(await db());
  const currentProfile = untilChanged(['profile'], async () => (await readProfile()).profile);
  const currentAnswers = untilChanged(['answers'], readAnswers);

  const annexCache = indexedDbAnnexCache();
  const callSources = {
    lookup: findCall,
    loadCall,
    parseInline: (text: string, pageUrl: URL) => {
      const page = pageUrl.href.split('#')[0]!;
      const call = parseEeasAnnex(text, { file: page, originalName: page });
      const known = isPublisherUrl(page) ? { ...call, source: { ...call.source, page } } : call;
      // Kept for "Posts for you"; the page itself is read again on every visit.
      void annexCache.put(page, known, 'page').catch(() => undefined);
      return known;
    },
    readAnnex: linkedAnnexReader({ fetch: (url, init) => fetch(url, init), cache: annexCache }),
  };
  const viewDeps = {
    profile: currentProfile,
    answers: currentAnswers,
    savedPositionIds: async (callId: string) =>
      (await listItems(await db()))
        .filter((item) => item.callId === callId)
        .map((item) => item.positionId ?? '*'),
    now: () => new Date(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  const view = async (url: URL, match: PageMatch): Promise<VacancyView> =>
    buildVacancyView(url, match, { ...callSources, ...viewDeps });

  // Each tab's vacancy as its content script detected it; its sidebar frame asks for the view.
  const tabs = tabVacancies();
  /** The view started when the page was detected, taken by the frame's first request. */
  const prepared = new Map<number, Promise<VacancyView>>();
  const tabVacancy = async (tabId: number) => {
    const vacancy = await tabs.get(tabId);
    if (!vacancy) throw new Error('No vacancy was detected in this tab. Reload the page to try again.');
    return vacancy;
  };
  onMessage('vacancyDetected', async ({ data, from }) => {
    if (from.kind !== 'content-script') return;
    // The URL is the one the browser reports for the sending frame, not one the page could send.
    const vacancy = { url: from.url, match: data.match };
    const pending = view(new URL(vacancy.url), vacancy.match);
    pending.catch(() => {}); // reported to the frame when it asks
    prepared.set(from.tabId, pending);
    await tabs.set(from.tabId, vacancy);
  });
  onMessage('sidebarView', async ({ from }) => {
    if (from.kind !== 'sidebar') throw new Error('Only the sidebar frame has a tab view.');
    const pending = prepared.get(from.tabId);
    prepared.delete(from.tabId);
    if (pending) return pending;
    const { url, match } = await tabVacancy(from.tabId);
    return view(new URL(url), match);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    prepared.delete(tabId);
    void tabs.remove(tabId);
  });
  onMessage('getCall', ({ data }) => loadCall(data.callId));
  // One answer at a time: each write is its own transaction, and they commit in the order sent.
  let answerWrites: Promise<unknown> = Promise.resolve();
  onMessage('setAnswer', ({ data }) => {
    const write = answerWrites.then(() => setAnswer(data.requirementId, data.answer));
    answerWrites = write.catch(() => undefined);
    return write;
  });
  onMessage('openOptions', () => browser.runtime.openOptionsPage());
  onMessage('tabVacancy', async ({ data }) => {
    const url = new URL(data.url);
    const match = detectVacancyDocument(url);
    if (!match) return null;
    // A document that is not in the bundle and cannot be read says why.
    return view(url, match);
  });
  onMessage('checkText', ({ data }) => viewOfText(data.text, data.name, viewDeps));
  onMessage('postsForYou', async () => {
    const index = await loadLookupIndex();
    const bundled = await Promise.all(index.calls.map((entry) => loadCall(entry.callId)));
    const known: KnownCall[] = [
      ...bundled.flatMap((call) => (call ? [{ call, source: 'bundle' as const }] : [])),
      // An unreadable cache loses only the calls read so far, never the bundled ones.
      ...(await cachedCalls().catch(() => [])),
    ];
    const [profile, answers] = await Promise.all([currentProfile(), currentAnswers()]);
    return postsForYou(known, profile, answers, viewDeps.now(), viewDeps.timeZone());
  });

  onMessage('watchlist.save', async ({ data }) => {
    const call = await loadCall(data.callId);
    if (!call) throw new Error(`The call ${data.callId} is not in the bundled data.`);
    const item = await putItem(await db(), buildWatchItem(call, data, new Date()));
    await sync();
    return item;
  });
  onMessage('saveVacancy', async ({ data, from }) => {
    if (from.kind !== 'sidebar') throw new Error("Only the sidebar frame saves its tab's vacancy.");
    const page = await tabVacancy(from.tabId);
    const resolved = await resolveCall(new URL(page.url), page.match, callSources);
    if (resolved.status !== 'ready') throw new Error(resolved.reason);
    const { call } = resolved;
    const now = new Date();
    const [profile, answers] = await Promise.all([currentProfile(), currentAnswers()]);
    const draft = buildWatchItem(
      call,
      { callId: call.id, positionId: data.positionId, url: page.url, fitAtSave: null },
      now,
    );
    const fit = fitNow(draft, call, profile, answers, now);
    const item = await putItem(await db(), { ...draft, fitAtSave: fit, fitNow: fit });
    await sync();
    return item;
  });
  onMessage('watchlist.list', async () => {
    // The fit "now" is recomputed on every read: the profile and the answers may have changed.
    const [items, profile, answers] = await Promise.all([
      listItems(await db()),
      currentProfile(),
      currentAnswers(),
    ]);
    const now = new Date();
    return Promise.all(
      items.map(async (item) => ({
        ...item,
        fitNow: fitNow(item, await loadCall(item.callId), profile, answers, now) ?? item.fitNow,
      })),
    );
  });
  onMessage('watchlist.unreadable', async () => (await readWatchlist(await db())).unreadable);
  onMessage('watchlist.get', async ({ data }) => findItem(await db(), data.callId, data.positionId));
  onMessage('watchlist.update', async ({ data }) => {
    const item = await updateItem(await db(), data.id, data.patch, new Date());
    await sync();
    return item;
  });
  onMessage('watchlist.remove', async ({ data }) => {
    await removeItem(await db(), data.id);
    await sync();
  });
  onMessage('watchlist.import', async ({ data }) => {
    const saved = await putItems(await db(), data.items);
    await sync();
    return saved.length;
  });

  browser.runtime.onInstalled.addListener(() => {
    void adoptLegacyReminderKeys().then(sync);
    // The profile and answers leave storage.local (readable by content scripts) for IndexedDB.
    void withStorage(async () => undefined);
  });
  browser.runtime.onStartup.addListener(() => void sync().then(async () => catchUpReminders(await db())));
  reminderSettingsItem.watch(() => void sync());
  browser.alarms.onAlarm.addListener((alarm) => void db().then((d) => handleAlarm(d, alarm.name)));
  browser.notifications.onClicked.addListener((id) => void db().then((d) => handleNotificationClick(d, id)));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url) void badge(tabId, tab.url, view);
  });
});

/**
 * PDF annexes: the toolbar badge shows how many posts of the call the profile can apply to: those
 * whose every requirement the profile decides is met or eligible-if, as the sidebar's headline
 * says (statements still to confirm do not hold a post back).
 */
async function badge(
  tabId: number,
  url: string,
  view: (url: URL, match: PageMatch) => Promise<VacancyView>,
): Promise<void> {
  // The toolbar button is `action` in the MV3 build, `browserAction` in Firefox's MV2 build.
  const toolbar = browser.action ?? browser.browserAction;
  const parsed = new URL(url);
  const match = detectVacancyDocument(parsed);
  if (!match) {
    await toolbar.setBadgeText({ tabId, text: '' });
    return;
  }
  const result = await view(parsed, match);
  if (result.status !== 'ready') return;
  const open = result.assessments?.filter(canApply);
  await toolbar.setBadgeText({ tabId, text: open ? String(open.length) : '?' });
  await toolbar.setBadgeBackgroundColor({ tabId, color: open?.length ? '#1a7f37' : '#57606a' });
}
