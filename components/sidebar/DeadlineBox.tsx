import { formatCountdown, isClosed } from '@/utils/countdown';
import type { CallDeadlineLine, DeadlineLine } from '@/utils/vacancy-view';

interface Props {
  deadline: CallDeadlineLine;
  now: Date;
}

function Instant({ deadline, now }: { deadline: DeadlineLine; now: Date }) {
  const closed = isClosed(deadline.instant, now);
  return (
    <>
      <strong class={closed ? 'vf-closed' : undefined}>{formatCountdown(deadline.instant, now)}</strong>
      <span>
        {deadline.yourTime} your time · {deadline.publishedTime}
      </span>
    </>
  );
}

export function DeadlineBox({ deadline, now }: Props) {
  return (
    <div class="vf-deadline" data-part="deadline">
      {deadline.status === 'published' && <Instant deadline={deadline.deadline} now={now} />}
      {deadline.status === 'ambiguous' && (
        <>
          <strong>Two possible deadlines</strong>
          <span>{deadline.note}</span>
          <ul>
            {deadline.candidates.map((candidate) => (
              <li key={candidate.instant}>
                <Instant deadline={candidate} now={now} />
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
