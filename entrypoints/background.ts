import { loadCall, loadLookupIndex } from '@/utils/bundle-data';
import { detectVacancyDocument } from '@/utils/detect/document';
import type { PageMatch } from '@/utils/detect/types';
import { createLookup } from '@/utils/lookup';
import { onMessage } from '@/utils/messages';
import { parseEeasAnnex } from '@/utils/parse/eeas-annex';
import {
  DEFAULT_REMINDER_OFFSETS,
  DIGEST_ALARM,
  digestNotification,
  nextDigestTime,
  parseAlarmName,
  plannedAlarms,
  reconcileAlarms,
  reminderNotification,
} from '@/utils/reminders';
import { readAnswers, setAnswer } from '@/utils/storage/answers';
import { readProfile } from '@/utils/storage/profile';
import { buildVacancyView, type VacancyView } from '@/utils/vacancy-view';
import { fitNow } from '@/utils/watchlist/fit-now';
import { WATCHLIST_VERSION, type WatchItem, watchItemId } from '@/utils/watchlist/schema';
import { getItem, listItems, openWatchlist, putItem, removeItem, updateItem } from '@/utils/watchlist/store';

/** Calls read from a page (not in the bundle), kept for the session so saving them works. */
const inlineCalls = new Map<string, import('@/utils/schema/call').Call>();

export default defineBackground(() => {
  // MV3: every listener is registered synchronously; no state is kept between wake-ups but caches.
  let lookup: ReturnType<typeof createLookup> | null = null;
  const findCall = async (url: URL, match: PageMatch) => {
    lookup ??= createLookup(await loadLookupIndex());
    return lookup(url, match);
  };

  const view = async (url: URL, match: PageMatch): Promise<VacancyView> => {
    const db = await openWatchlist();
    return buildVacancyView(url, match, {
      lookup: findCall,
      loadCall: async (callId) => inlineCalls.get(callId) ?? loadCall(callId),
      parseInline: (text, pageUrl) => {
        const call = parseEeasAnnex(text, { file: pageUrl.href, originalName: pageUrl.href });
        inlineCalls.set(call.id, call);
        return call;
      },
      profile: async () => (await readProfile()).profile,
      answers: readAnswers,
      savedPositionIds: async (callId) =>
        (await listItems(db)).filter((item) => item.callId === callId).map((item) => item.positionId ?? '*'),
      now: () => new Date(),
    });
  };

  onMessage('openVacancy', ({ data }) => view(new URL(data.url), data.match));
  onMessage('setAnswer', ({ data }) => setAnswer(data.requirementId, data.answer));
  onMessage('openOptions', () => browser.runtime.openOptionsPage());
  onMessage('listWatchlist', async () => {
    // The fit "now" is recomputed on every read: the profile and the answers may have changed.
    const [items, { profile }, answers] = await Promise.all([
      listItems(await openWatchlist()),
      readProfile(),
      readAnswers(),
    ]);
    const now = new Date();
    return Promise.all(
      items.map(async (item) => ({
        ...item,
        fitNow:
          fitNow(
            item,
            inlineCalls.get(item.callId) ?? (await loadCall(item.callId)),
            profile,
            answers,
            now,
          ) ?? item.fitNow,
      })),
    );
  });
  onMessage('updateWatchItem', async ({ data }) => {
    const item = await updateItem(await openWatchlist(), data.id, data.patch, new Date());
    await scheduleReminders();
    return item;
  });
  onMessage('removeWatchItem', async ({ data }) => {
    await removeItem(await openWatchlist(), data.id);
    await scheduleReminders();
  });
  onMessage('importWatchlist', async ({ data }) => {
    const db = await openWatchlist();
    for (const item of data.items) await putItem(db, item);
    await scheduleReminders();
    return data.items.length;
  });
  onMessage('saveVacancy', async ({ data }) => {
    const item = await saveVacancy(data, view);
    await scheduleReminders();
    return item;
  });
  onMessage('tabVacancy', async ({ data }) => {
    const url = new URL(data.url);
    const match = detectVacancyDocument(url);
    if (!match) return null;
    const result = await view(url, match);
    return result.status === 'ready' ? result : null;
  });

  browser.runtime.onInstalled.addListener(() => void scheduleReminders());
  browser.runtime.onStartup.addListener(() => void scheduleReminders());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ('reminderOffsets' in changes || 'digestHour' in changes))
      void scheduleReminders();
  });
  browser.alarms.onAlarm.addListener((alarm) => void notify(alarm.name));
  browser.notifications.onClicked.addListener((notificationId) => void openFromNotification(notificationId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url) void badge(tabId, tab.url, view);
  });
});

async function saveVacancy(
  data: {
    callId: string;
    positionId: string | null;
    url: string;
    inlineCall: import('@/utils/schema/call').Call | null;
  },
  view: (url: URL, match: PageMatch) => Promise<VacancyView>,
): Promise<WatchItem> {
  if (data.inlineCall) inlineCalls.set(data.inlineCall.id, data.inlineCall);
  const call = inlineCalls.get(data.callId) ?? (await loadCall(data.callId));
  if (!call) throw new Error(`Unknown call ${data.callId}`);
  const position = call.positions.find((p) => p.id === data.positionId) ?? null;
  const deadline =
    call.deadline.status === 'published' ? { ...call.deadline.deadline, source: 'bundle' as const } : null;
  const fitView = await view(new URL(data.url), { site: 'eeas', title: call.title, text: '' }).catch(
    () => null,
  );
  const assessment =
    fitView?.status === 'ready'
      ? fitView.assessments?.find((a) => a.positionId === data.positionId)
      : undefined;
  const fit = assessment
    ? { eligibility: assessment.eligibility, score: assessment.score?.value ?? null }
    : null;
  const now = new Date().toISOString();
  return putItem(await openWatchlist(), {
    version: WATCHLIST_VERSION,
    id: watchItemId(call.id, position?.id ?? null),
    callId: call.id,
    positionId: position?.id ?? null,
    ref: position?.ref ?? null,
    title: position?.title ?? call.title,
    callTitle: call.title,
    organisation: call.organisation,
    url: data.url,
    deadline,
    status: 'saved',
    history: [{ status: 'saved', at: now }],
    notes: '',
    fitAtSave: fit,
    fitNow: fit,
    savedAt: now,
  });
}

/** Makes the reminder alarms match the watchlist: missing ones created, stale ones cleared. */
export async function scheduleReminders(): Promise<void> {
  const items = await listItems(await openWatchlist());
  const stored = await browser.storage.local.get('reminderOffsets');
  const offsets = Array.isArray(stored.reminderOffsets)
    ? (stored.reminderOffsets as number[])
    : DEFAULT_REMINDER_OFFSETS;
  const { create, clear } = reconcileAlarms(
    await browser.alarms.getAll(),
    plannedAlarms(items, offsets, new Date()),
  );
  await Promise.all(clear.map((name) => browser.alarms.clear(name)));
  for (const alarm of create) await browser.alarms.create(alarm.name, { when: alarm.when });
  // The optional daily digest: off unless an hour is set in the options.
  const { digestHour } = await browser.storage.local.get('digestHour');
  if (typeof digestHour === 'number') {
    await browser.alarms.create(DIGEST_ALARM, {
      when: nextDigestTime(digestHour, new Date()),
      periodInMinutes: 24 * 60,
    });
  } else {
    await browser.alarms.clear(DIGEST_ALARM);
  }
}

async function notify(alarmName: string): Promise<void> {
  if (alarmName === DIGEST_ALARM) {
    const digest = digestNotification(await listItems(await openWatchlist()), new Date());
    if (digest) {
      await browser.notifications.create(DIGEST_ALARM, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        ...digest,
      });
    }
    return;
  }
  const parsed = parseAlarmName(alarmName);
  if (!parsed) return;
  const item = await getItem(await openWatchlist(), parsed.itemId);
  if (!item?.deadline) return;
  const { title, message } = reminderNotification(item, new Date());
  await browser.notifications.create(item.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

async function openFromNotification(notificationId: string): Promise<void> {
  const item = await getItem(await openWatchlist(), notificationId);
  if (item) await browser.tabs.create({ url: item.url });
  await browser.notifications.clear(notificationId);
}

/** PDF annexes: the toolbar badge shows how many posts of the call the profile can apply to. */
async function badge(
  tabId: number,
  url: string,
  view: (url: URL, match: PageMatch) => Promise<VacancyView>,
): Promise<void> {
  const parsed = new URL(url);
  const match = detectVacancyDocument(parsed);
  if (!match) {
    await browser.action.setBadgeText({ tabId, text: '' });
    return;
  }
  const result = await view(parsed, match);
  if (result.status !== 'ready') return;
  const open = result.assessments?.filter(
    (a) => a.eligibility === 'eligible' || a.eligibility === 'eligible-if',
  );
  await browser.action.setBadgeText({ tabId, text: open ? String(open.length) : '?' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: open?.length ? '#1a7f37' : '#57606a' });
}
