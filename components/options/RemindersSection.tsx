import { useEffect, useState } from 'preact/hooks';
import { type ReminderSettings, readReminderSettings, writeReminderSettings } from '@/utils/settings';
import { Checkbox, Section } from './fields';

const CHOICES = [
  { minutes: 14 * 24 * 60, label: '14 days before' },
  { minutes: 7 * 24 * 60, label: '7 days before' },
  { minutes: 2 * 24 * 60, label: '2 days before' },
  { minutes: 24 * 60, label: '1 day before' },
  { minutes: 3 * 60, label: '3 hours before' },
  { minutes: 60, label: '1 hour before' },
];

/** Reminder offsets and the digest; the background re-plans every alarm when they change. */
export function RemindersSection() {
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  useEffect(() => {
    void readReminderSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  const { offsets, digest } = settings;
  const save = (next: ReminderSettings) => {
    setSettings(next);
    void writeReminderSettings(next);
  };
  const toggle = (minutes: number, on: boolean) =>
    save({
      ...settings,
      offsets: on ? [...offsets, minutes].sort((a, b) => b - a) : offsets.filter((m) => m !== minutes),
    });
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
        checked={digest.enabled}
        onChange={(enabled) => save({ ...settings, digest: { ...digest, enabled } })}
      />
      {digest.enabled && (
        <div class="field">
          <label for="digest-hour">Digest time (your time)</label>
          <select
            id="digest-hour"
            value={String(digest.hour)}
            onChange={(e) =>
              save({ ...settings, digest: { ...digest, hour: Number(e.currentTarget.value) } })
            }
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
