import type { ProfileIssue } from '../profile/issues';
import { issuesFromZod } from '../profile/issues';
import { salvageProfile } from '../profile/salvage';
import { Profile } from '../profile/schema';
import { notifyStored } from './changes';
import { STORES } from './database';
import { withStorage } from './open';

/**
 * The profile lives in the extension's IndexedDB (store `profile`, key `profile`), kept raw so a
 * value written by another build is salvaged, never lost; content scripts cannot read it.
 */
const PROFILE = 'profile';
/** The last stored value that could not be read whole, kept until the user saves a new profile. */
const BACKUP = 'profileBackup';

export interface ProfileBackup {
  at: string;
  raw: unknown;
}

export interface StoredProfile {
  profile: Profile | null;
  /** What could not be kept from the stored value; empty when it was valid. */
  dropped: ProfileIssue[];
}

export function readProfile(): Promise<StoredProfile> {
  return withStorage(async (db) => {
    const raw: unknown = (await db.get(STORES.profile, PROFILE)) ?? null;
    if (raw === null) return { profile: null, dropped: [] };
    const { profile, dropped } = salvageProfile(raw);
    if (dropped.length > 0) {
      const tx = db.transaction(STORES.profile, 'readwrite');
      if ((await tx.store.get(BACKUP)) === undefined)
        await tx.store.put({ at: new Date().toISOString(), raw } satisfies ProfileBackup, BACKUP);
      await tx.done;
    }
    // Nothing of a value that is not an object could be kept: an all-empty profile would be judged
    // "not eligible" everywhere, so it counts as no profile (the original stays in the backup).
    const kept = typeof raw === 'object' && !Array.isArray(raw) ? profile : null;
    return { profile: kept, dropped };
  });
}

export function readProfileBackup(): Promise<ProfileBackup | null> {
  return withStorage(
    async (db) => ((await db.get(STORES.profile, BACKUP)) as ProfileBackup | undefined) ?? null,
  );
}

/** Saves a valid profile (an invalid one is refused with its problems) and drops the backup. */
export async function writeProfile(profile: Profile): Promise<void> {
  const parsed = Profile.safeParse(profile);
  if (!parsed.success)
    throw new Error(
      `The profile was not saved: ${issuesFromZod(parsed.error)
        .map((issue) => `${issue.path || 'profile'} ${issue.message}`)
        .join('; ')}.`,
    );
  await withStorage(async (db) => {
    const tx = db.transaction(STORES.profile, 'readwrite');
    await tx.store.put(parsed.data, PROFILE);
    await tx.store.delete(BACKUP);
    await tx.done;
  });
  notifyStored(['profile']);
}
