import { TZDate } from '@date-fns/tz';
import { useState } from 'preact/hooks';
import { formatCountdown, formatInUserZone, formatInZone, isClosed } from '@/utils/deadline-format';
import { type FitSnapshot, STATUSES, type WatchItem, type WatchStatus } from '@/utils/watchlist/schema';
import type { WatchPatch } from '@/utils/watchlist/store';

interface Props {
  item: WatchItem;
  now: Date;
  timeZone: string;
  onChange: (patch: WatchPatch) => void;
  onRemove: () => void;
}

export function WatchRow({ item, now, timeZone, onChange, onRemove }: Props) {
  const [notes, setNotes] = useState(item.notes);
  const deadline = item.deadline;
  const id = item.id.replace(/[^a-z0-9]+/gi, '-');
  return (
    <li class="item" data-item={item.id}>
      <a href={item.url} target="_blank" rel="noreferrer" class="title">
        {item.title}
        {item.ref ? ` (${item.ref})` : ''}
      </a>
      <div class="call">{item.callTitle}</div>
      {deadline ? (
        <div class="deadline" data-part="deadline">
          <strong class={isClosed(deadline.instant, now) ? 'closed' : undefined}>
            {formatCountdown(deadline.instant, now)}
          </strong>{' '}
          <span>
            {formatInUserZone(deadline.instant, timeZone)} your time ·{' '}
            {formatInZone(deadline.instant, deadline.zone)}
          </span>
        </div>
      ) : (
        <div class="deadline">
          <label for={`deadline-${id}`}>No deadline published. Set one (Brussels time):</label>{' '}
          <input
            id={`deadline-${id}`}
            type="datetime-local"
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (!value) return;
              const instant = brusselsToInstant(value);
              onChange({
                deadline: { instant, zone: 'Europe/Brussels', text: `${value} (set by you)`, source: 'user' },
              });
            }}
          />
        </div>
      )}
      <div class="controls">
        <label for={`status-${id}`}>Status</label>
        <select
          id={`status-${id}`}
          value={item.status}
          onChange={(e) => onChange({ status: e.currentTarget.value as WatchStatus })}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
        {item.fitNow && (
          <span class="fit" data-part="fit">
            {fitText(item.fitNow)}
            {item.fitAtSave && fitText(item.fitAtSave) !== fitText(item.fitNow)
              ? ` (was ${fitText(item.fitAtSave)})`
              : ''}
          </span>
        )}
        <button type="button" class="link" onClick={onRemove}>
          Remove
        </button>
      </div>
      <label class="visually-hidden" for={`notes-${id}`}>
        Notes for {item.title}
      </label>
      <textarea
        id={`notes-${id}`}
        rows={2}
        placeholder="Notes"
        value={notes}
        onInput={(e) => setNotes(e.currentTarget.value)}
        onBlur={() => notes !== item.notes && onChange({ notes })}
      />
    </li>
  );
}

/** "2026-06-25T17:00" read as Brussels wall-clock time. */
function brusselsToInstant(local: string): string {
  const [date = '', time = '00:00'] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return new Date(new TZDate(y!, m! - 1, d!, h!, min!, 'Europe/Brussels').getTime()).toISOString();
}

function fitText(fit: FitSnapshot): string {
  return `${fit.eligibility}${fit.score !== null ? ` · ${fit.score}/100` : ''}`;
}
