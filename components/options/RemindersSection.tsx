import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_REMINDER_OFFSETS } from '@/utils/reminders';
import { Checkbox, Section } from './fields';

const CHOICES = [
  { minutes: 14 * 24 * 60, label: '14 days before' },
  { minutes: 7 * 24 * 60, label: '7 days before' },
  { minutes: 2 * 24 * 60, label: '2 days before' },
  { minutes: 24 * 60, label: '1 day before' },
  { minutes: 3 * 60, label: '3 hours before' },
  { minutes: 60, label: '1 hour before' },
];

/** Reminder offsets; the background re-plans every alarm when they change. */
export function RemindersSection() {
  const [offsets, setOffsets] = useState<number[] | null>(null);
  const [digestHour, setDigestHour] = useState<number | null>(null);
  useEffect(() => {
    void browser.storage.local.get(['reminderOffsets', 'digestHour']).then((stored) => {
      setDigestHour(typeof stored.digestHour === 'number' ? stored.digestHour : null);
      setOffsets(
        Array.isArray(stored.reminderOffsets)
          ? (stored.reminderOffsets as number[])
          : DEFAULT_REMINDER_OFFSETS,
      );
    });
  }, []);
  if (!offsets) return null;
  const toggle = (minutes: number, on: boolean) => {
    const next = on ? [...offsets, minutes].sort((a, b) => b - a) : offsets.filter((m) => m !== minutes);
    setOffsets(next);
    void browser.storage.local.set({ reminderOffsets: next });
  };
  return (
    <Section title="Deadline reminders">
      <p class="hint">
        Notifications for saved posts, counted from the exact deadline (Brussels time). None for posts you
        have applied to, withdrawn from, or that are closed.
      </p>
      <fieldset class="tags">
        <legend>Remind me</legend>
        {CHOICES.map((choice) => (
          <Checkbox
            key={choice.minutes}
            label={choice.label}
            checked={offsets.includes(choice.minutes)}
            onChange={(on) => toggle(choice.minutes, on)}
          />
        ))}
      </fieldset>
      <Checkbox
        label="A daily digest of saved posts closing within a week"
        checked={digestHour !== null}
        onChange={(on) => {
          const hour = on ? 8 : null;
          setDigestHour(hour);
          void (hour === null
            ? browser.storage.local.remove('digestHour')
            : browser.storage.local.set({ digestHour: hour }));
        }}
      />
      {digestHour !== null && (
        <div class="field">
          <label for="digest-hour">Digest time (your time)</label>
          <select
            id="digest-hour"
            value={String(digestHour)}
            onChange={(e) => {
              const hour = Number(e.currentTarget.value);
              setDigestHour(hour);
              void browser.storage.local.set({ digestHour: hour });
            }}
          >
            {Array.from({ length: 24 }, (_, h) => (
              <option key={h} value={String(h)}>
                {String(h).padStart(2, '0')}:00
              </option>
            ))}
          </select>
        </div>
      )}
    </Section>
  );
}
