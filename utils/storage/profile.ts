import { storage } from '#imports';
import type { ProfileIssue } from '../profile/issues';
import { salvageProfile } from '../profile/salvage';
import type { Profile } from '../profile/schema';

/** The profile as stored: kept raw so a value written by another build is salvaged, never lost. */
export const profileItem = storage.defineItem<unknown>('local:profile', { fallback: null, version: 1 });

/** The last stored value that could not be read whole, kept until the user saves a new profile. */
export const profileBackupItem = storage.defineItem<{ at: string; raw: unknown } | null>(
  'local:profileBackup',
  {
    fallback: null,
  },
);

export interface StoredProfile {
  profile: Profile | null;
  /** What could not be kept from the stored value; empty when it was valid. */
  dropped: ProfileIssue[];
}

export async function readProfile(): Promise<StoredProfile> {
  const raw = await profileItem.getValue();
  if (raw === null) return { profile: null, dropped: [] };
  const { profile, dropped } = salvageProfile(raw);
  if (dropped.length > 0 && (await profileBackupItem.getValue()) === null) {
    await profileBackupItem.setValue({ at: new Date().toISOString(), raw });
  }
  // Nothing of a value that is not an object could be kept: an all-empty profile would be judged
  // "not eligible" everywhere, so it counts as no profile (the original stays in the backup).
  const kept = typeof raw === 'object' && !Array.isArray(raw) ? profile : null;
  return { profile: kept, dropped };
}

export async function writeProfile(profile: Profile): Promise<void> {
  await profileItem.setValue(profile);
  await profileBackupItem.setValue(null);
}
