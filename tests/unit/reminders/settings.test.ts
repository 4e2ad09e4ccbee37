import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  adoptLegacyReminderKeys,
  DEFAULT_REMINDER_SETTINGS,
  readReminderSettings,
  reminderSettingsItem,
  salvageReminderSettings,
  writeReminderSettings,
} from '@/utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('reminder settings', () => {
  it('defaults to 7 days, 2 days, 1 day and 3 hours, digest off at 08:00', async () => {
    expect(await readReminderSettings()).toEqual({
      offsets: [10080, 2880, 1440, 180],
      digest: { enabled: false, hour: 8 },
    });
  });

  it('is stored under one versioned key', async () => {
    await writeReminderSettings({ offsets: [60], digest: { enabled: true, hour: 7 } });
    expect(await fakeBrowser.storage.local.get('reminderSettings')).toEqual({
      reminderSettings: { offsets: [60], digest: { enabled: true, hour: 7 } },
    });
  });

  it('salvages field by field instead of wiping', () => {
    expect(
      salvageReminderSettings({ offsets: [60, 'x', -5, 60, 2880], digest: { enabled: true, hour: 31 } }),
    ).toEqual({
      offsets: [2880, 60],
      digest: { enabled: true, hour: 8 },
    });
    expect(salvageReminderSettings('garbage')).toEqual(DEFAULT_REMINDER_SETTINGS);
  });

  it('adopts the loose keys older builds wrote', async () => {
    expect(await adoptLegacyReminderKeys()).toBe(false);
    await fakeBrowser.storage.local.set({ reminderOffsets: [1440], digestHour: 18 });
    expect(await adoptLegacyReminderKeys()).toBe(true);
    expect(await reminderSettingsItem.getValue()).toEqual({
      offsets: [1440],
      digest: { enabled: true, hour: 18 },
    });
    expect(await fakeBrowser.storage.local.get(['reminderOffsets', 'digestHour'])).toEqual({});
    // Once folded, a later update leaves newer settings alone.
    await writeReminderSettings({ offsets: [60], digest: { enabled: false, hour: 7 } });
    expect(await adoptLegacyReminderKeys()).toBe(false);
    expect(await readReminderSettings()).toEqual({ offsets: [60], digest: { enabled: false, hour: 7 } });
  });

  it('adopts an offsets key alone as digest off, keeping the stored digest hour', async () => {
    await writeReminderSettings({ offsets: [60], digest: { enabled: true, hour: 6 } });
    await fakeBrowser.storage.local.set({ reminderOffsets: [2880] });
    expect(await adoptLegacyReminderKeys()).toBe(true);
    expect(await readReminderSettings()).toEqual({ offsets: [2880], digest: { enabled: false, hour: 6 } });
  });
});
