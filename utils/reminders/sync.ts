import type { ReminderSettings } from '../settings';
import type { WatchItem } from '../watchlist/schema';
import { DIGEST_ALARM } from './names';
import { nextDigestTime, plannedAlarms, reconcileAlarms } from './plan';

/**
 * Makes the alarms match the watchlist and the settings: missing reminders created, stale ones
 * (removed items, done items, changed deadlines or offsets) cleared, the digest planned or cleared.
 */
export async function syncAlarms(
  items: readonly WatchItem[],
  settings: ReminderSettings,
  now: Date,
): Promise<void> {
  const existing = [...(await browser.alarms.getAll())];
  const { create, clear } = reconcileAlarms(existing, plannedAlarms(items, settings.offsets, now));
  await Promise.all(clear.map((name) => browser.alarms.clear(name)));
  await Promise.all(create.map((alarm) => browser.alarms.create(alarm.name, { when: alarm.when })));

  if (!settings.digest.enabled) {
    await browser.alarms.clear(DIGEST_ALARM);
    return;
  }
  const when = nextDigestTime(settings.digest.hour, now);
  const digest = existing.find((alarm) => alarm.name === DIGEST_ALARM);
  if (digest?.scheduledTime !== when) await browser.alarms.create(DIGEST_ALARM, { when });
}
