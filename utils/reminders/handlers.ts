import type { IDBPDatabase } from 'idb';
import { storage } from '#imports';
import { isPublisherUrl } from '../hosts';
import { readReminderSettings } from '../settings';
import { getItem, listItems } from '../watchlist/store';
import { missedReminder } from './missed';
import { alarmName, DIGEST_ALARM, parseAlarmName } from './names';
import { digestNotification, type NotificationText, reminderNotification } from './notifications';
import { wantsReminders } from './plan';
import { syncAlarms } from './sync';

const ICON = '/icon/128.png';

/** Due instant (epoch ms) of the last reminder shown, by item id. */
const shownReminders = storage.defineItem<Record<string, number>>('local:shownReminders', { fallback: {} });

async function recordShown(itemId: string, due: number): Promise<void> {
  await shownReminders.setValue({ ...(await shownReminders.getValue()), [itemId]: due });
}

/** Re-plans every reminder from what is stored now; nothing is kept between service-worker wake-ups. */
export async function syncReminders(db: IDBPDatabase, now = new Date()): Promise<void> {
  const [items, settings] = await Promise.all([listItems(db), readReminderSettings()]);
  await syncAlarms(items, settings, now);
}

async function show(id: string, text: NotificationText): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: text.title,
    message: text.message,
  });
}

/** A reminder alarm becomes a notification whose id is the alarm name (so a click finds the item). */
export async function handleAlarm(db: IDBPDatabase, name: string, now = new Date()): Promise<void> {
  if (name === DIGEST_ALARM) {
    const digest = digestNotification(await listItems(db), now);
    if (digest) await show(DIGEST_ALARM, digest);
    // Planned one day at a time: the next digest at the same local hour, DST or not.
    await syncReminders(db, now);
    return;
  }
  const parsed = parseAlarmName(name);
  if (!parsed) return;
  const item = await getItem(db, parsed.itemId);
  // The item may have been removed, applied for or closed since the alarm was set.
  if (!item?.deadline || !wantsReminders(item) || Date.parse(item.deadline.instant) <= now.getTime()) return;
  const text = reminderNotification(item, now);
  if (!text) return;
  await show(name, text);
  await recordShown(item.id, Date.parse(item.deadline.instant) - parsed.offsetMinutes * 60_000);
}

/** On browser start: one catch-up notification per item whose reminder fell due while it was closed. */
export async function catchUpReminders(db: IDBPDatabase, now = new Date()): Promise<void> {
  const [items, settings, shown] = await Promise.all([
    listItems(db),
    readReminderSettings(),
    shownReminders.getValue(),
  ]);
  const next = { ...shown };
  for (const item of items) {
    const missed = missedReminder(item, settings.offsets, shown[item.id], now);
    const text = missed && reminderNotification(item, now);
    if (!missed || !text) continue;
    await show(alarmName(item.id, missed.offsetMinutes), {
      ...text,
      message: `Missed reminder: ${text.message}`,
    });
    next[item.id] = missed.due;
  }
  await shownReminders.setValue(next);
}

/** A reminder opens its vacancy; the digest opens the watchlist. */
export async function handleNotificationClick(db: IDBPDatabase, notificationId: string): Promise<void> {
  if (notificationId === DIGEST_ALARM) {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  } else {
    const parsed = parseAlarmName(notificationId);
    const item = parsed ? await getItem(db, parsed.itemId) : null;
    // Only ever a publisher's https page, whatever a stored record says.
    if (item && isPublisherUrl(item.url)) await browser.tabs.create({ url: item.url });
  }
  await browser.notifications.clear(notificationId);
}
