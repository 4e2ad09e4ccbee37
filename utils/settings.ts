import { z } from 'zod';
import { storage } from '#imports';
import { DEFAULT_REMINDER_OFFSETS } from './reminders/plan';

/** Minutes before a deadline: at least 1 minute, at most 60 days. */
const Offset = z
  .number()
  .int()
  .min(1)
  .max(60 * 24 * 60);

export const ReminderSettings = z.object({
  offsets: z.array(Offset).max(20),
  digest: z.object({ enabled: z.boolean(), hour: z.number().int().min(0).max(23) }),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  offsets: [...DEFAULT_REMINDER_OFFSETS],
  digest: { enabled: false, hour: 8 },
};

/** Stored raw and salvaged on read, so one bad field never wipes the others. */
export const reminderSettingsItem = storage.defineItem<unknown>('local:reminderSettings', {
  fallback: DEFAULT_REMINDER_SETTINGS,
  version: 1,
});

/** Keeps every field that is valid and falls back field by field for the rest. */
export function salvageReminderSettings(raw: unknown): ReminderSettings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const offsets = z.array(z.unknown()).safeParse(record.offsets);
  const digest = typeof record.digest === 'object' && record.digest !== null ? record.digest : {};
  const enabled = z.boolean().safeParse((digest as Record<string, unknown>).enabled);
  const hour = ReminderSettings.shape.digest.shape.hour.safeParse((digest as Record<string, unknown>).hour);
  return {
    offsets: offsets.success
      ? [...new Set(offsets.data.flatMap((o) => (Offset.safeParse(o).success ? [o as number] : [])))]
          .sort((a, b) => b - a)
          .slice(0, 20)
      : DEFAULT_REMINDER_SETTINGS.offsets,
    digest: {
      enabled: enabled.success ? enabled.data : DEFAULT_REMINDER_SETTINGS.digest.enabled,
      hour: hour.success ? hour.data : DEFAULT_REMINDER_SETTINGS.digest.hour,
    },
  };
}

export async function readReminderSettings(): Promise<ReminderSettings> {
  return salvageReminderSettings(await reminderSettingsItem.getValue());
}

export async function writeReminderSettings(settings: ReminderSettings): Promise<void> {
  await reminderSettingsItem.setValue(ReminderSettings.parse(settings));
}

/**
 * The options page of earlier builds wrote two loose keys (`reminderOffsets`, `digestHour`, absent
 * = digest off). Folds whichever of them is present into the settings item, then removes them so a
 * later update cannot fold them again over newer settings; returns whether it did.
 */
export async function adoptLegacyReminderKeys(): Promise<boolean> {
  const legacy = await browser.storage.local.get(['reminderOffsets', 'digestHour']);
  const hasOffsets = legacy.reminderOffsets !== undefined;
  if (!hasOffsets && legacy.digestHour === undefined) return false;
  const current = await readReminderSettings();
  const digestHour = legacy.digestHour;
  await writeReminderSettings(
    salvageReminderSettings({
      offsets: hasOffsets ? legacy.reminderOffsets : current.offsets,
      digest:
        typeof digestHour === 'number'
          ? { enabled: true, hour: digestHour }
          : { enabled: false, hour: current.digest.hour },
    }),
  );
  await browser.storage.local.remove(['reminderOffsets', 'digestHour']);
  return true;
}
