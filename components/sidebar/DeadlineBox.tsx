import { formatCountdown, formatInUserZone, formatInZone, isClosed } from '@/utils/deadline-format';
import type { CallDeadline, Deadline } from '@/utils/schema/call';

interface Props {
  deadline: CallDeadline;
  now: Date;
  timeZone: string;
}

function Instant({ deadline, now, timeZone }: { deadline: Deadline; now: Date; timeZone: string }) {
  const closed = isClosed(deadline.instant, now);
  return (
    <>
      <strong class={closed ? 'vf-closed' : undefined}>{formatCountdown(deadline.instant, now)}</strong>
      <span>
        {formatInUserZone(deadline.instant, timeZone)} your time ·{' '}
        {formatInZone(deadline.instant, deadline.zone)}
      </span>
    </>
  );
}

export function DeadlineBox({ deadline, now, timeZone }: Props) {
  return (
    <div class="vf-deadline" data-part="deadline">
      {deadline.status === 'published' && (
        <Instant deadline={deadline.deadline} now={now} timeZone={timeZone} />
      )}
      {deadline.status === 'ambiguous' && (
        <>
          <strong>Two possible deadlines</strong>
          <span>{deadline.note}</span>
          <ul>
            {deadline.candidates.map((candidate) => (
              <li key={candidate.instant}>
                <Instant deadline={candidate} now={now} timeZone={timeZone} />
              </li>
            ))}
          </ul>
        </>
      )}
      {deadline.status === 'not-published' && (
        <>
          <strong>No deadline published</strong>
          <span>{deadline.note} You can set one when you save the post to your watchlist.</span>
        </>
      )}
    </div>
  );
}
