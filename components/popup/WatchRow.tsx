import { TZDate } from '@date-fns/tz';
import { useState } from 'preact/hooks';
import { formatCountdown, isClosed } from '@/utils/countdown';
import { formatInUserZone, formatInZone } from '@/utils/deadline-format';
import { isPublisherUrl } from '@/utils/hosts';
import { type FitSnapshot, STATUSES, type WatchItem, type WatchStatus } from '@/utils/watchlist/schema';
import type { WatchPatch } from '@/utils/watchlist/store';

export interface WatchRowProps {
  item: WatchItem;
  now: Date;
  /** The user's IANA zone. */
  timeZone: string;
  onChange: (patch: WatchPatch) => void;
  onRemove: () => void;
  onCalendar: () => void;
}

const STATUS_LABELS: Record<WatchStatus, string> = {
  saved: 'Saved',
  preparing: 'Preparing',
  applied: 'Applied',
  interview: 'Interview',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export function WatchRow({ item, now, timeZone, onChange, onRemove, onCalendar }: WatchRowProps) {
  const [notes, setNotes] = useState(item.notes);
  // Notes changed elsewhere (another window, an import) replace the draft; typing does not re-sync.
  const [storedNotes, setStoredNotes] = useState(item.notes);
  if (item.notes !== storedNotes) {
    setStoredNotes(item.notes);
    setNotes(item.notes);
  }
  const { deadline } = item;
  const key = item.id.replace(/[^a-z0-9]+/gi, '-');
  const post = `${item.title}${item.ref ? ` (${item.ref})` : ''}`;
  const closed = deadline !== null && isClosed(deadline.instant, now);
  const since = item.history.at(-1);
  return (
    <li class="item" data-item={item.id}>
      <a
        href={isPublisherUrl(item.url) ? item.url : undefined}
        target="_blank"
        rel="noreferrer"
        class="title"
      >
        {post}
      </a>
      {item.positionId !== null && <div class="call">{item.callTitle}</div>}
      {deadline ? (
        <div class="deadline" data-part="deadline">
          <strong class={closed ? 'closed' : undefined} data-part="countdown">
            {formatCountdown(deadline.instant, now)}
          </strong>
          <span class="when">
            {formatInUserZone(deadline.instant, timeZone) !==
            formatInUserZone(deadline.instant, deadline.zone)
              ? `${formatInUserZone(deadline.instant, timeZone)} your time · `
              : ''}
            {formatInZone(deadline.instant, deadline.zone)}
            {deadline.source === 'user' ? ' (set by you)' : ''}
          </span>
        </div>
      ) : (
        <div class="deadline" data-part="deadline">
          <label for={`deadline-${key}`}>No deadline published. Set one (your time):</label>
          <input
            id={`deadline-${key}`}
            type="datetime-local"
            onChange={(e) => {
              const value = e.currentTarget.value;
              const instant = value ? localToInstant(value, timeZone) : null;
              if (!instant) return;
              onChange({
                deadline: { instant, zone: timeZone, text: `${value} (set by you)`, source: 'user' },
              });
            }}
          />
        </div>
      )}
      {item.deadlineNote && <p class="note">{item.deadlineNote}</p>}
      <div class="controls">
        <label for={`status-${key}`}>Status</label>
        <select
          id={`status-${key}`}
          value={item.status}
          onChange={(e) => onChange({ status: e.currentTarget.value as WatchStatus })}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        {since && <span class="since">since {since.at.slice(0, 10)}</span>}
      </div>
      {item.fitNow && (
        <div class="fit" data-part="fit">
          Fit now: {fitText(item.fitNow)}
          {item.fitAtSave && fitText(item.fitAtSave) !== fitText(item.fitNow)
            ? ` (when saved: ${fitText(item.fitAtSave)})`
            : ''}
        </div>
      )}
      <label class="visually-hidden" for={`notes-${key}`}>
        Notes for {post}
      </label>
      <textarea
        id={`notes-${key}`}
        rows={2}
        placeholder="Notes"
        value={notes}
        onInput={(e) => setNotes(e.currentTarget.value)}
        onBlur={() => notes !== item.notes && onChange({ notes })}
      />
      <div class="row-actions">
        {deadline?.source === 'user' && (
          <button type="button" class="link" onClick={() => onChange({ deadline: null })}>
            Clear my deadline
          </button>
        )}
        {deadline && !closed && (
          <button type="button" class="link" onClick={onCalendar} aria-label={`Add ${post} to calendar`}>
            Add to calendar
          </button>
        )}
        <button type="button" class="link" onClick={onRemove} aria-label={`Remove ${post}`}>
          Remove
        </button>
      </div>
    </li>
  );
}

/** "2026-06-25T17:00" read as wall-clock time in `timeZone`; null when it is not a valid date. */
export function localToInstant(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [y, m, d, h, min] = match.slice(1).map(Number) as [number, number, number, number, number];
  const time = new TZDate(y, m - 1, d, h, min, timeZone).getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const ELIGIBILITY: Record<FitSnapshot['eligibility'], string> = {
  eligible: 'eligible',
  'eligible-if': 'eligible if',
  incomplete: 'incomplete profile',
  'not-eligible': 'not eligible',
  unknown: 'unknown',
};

function fitText(fit: FitSnapshot): string {
  return `${ELIGIBILITY[fit.eligibility]}${fit.score !== null ? ` · ${fit.score}/100` : ''}`;
}
