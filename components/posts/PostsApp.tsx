import { useEffect, useState } from 'preact/hooks';
import { HEADLINE_LABELS } from '@/components/sidebar/labels';
import { formatCountdown, isOpenAt } from '@/utils/countdown';
import { sendMessage } from '@/utils/messages';
import type { PostRow } from '@/utils/posts';
import { watchStored } from '@/utils/storage/changes';

type State =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'ready'; rows: PostRow[] };

const SOURCE_NOTE: Record<PostRow['source'], string> = {
  bundle: '',
  annex: ' · read from the published annex',
  page: ' · read from the call page',
};

/**
 * "Posts for you": every post of every call the extension knows, open ones first, in the fit
 * order of utils/fit/rank.ts, with its deadline in the user's zone and a link to the vacancy.
 */
export function PostsApp() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [openOnly, setOpenOnly] = useState(false);
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    const load = () =>
      sendMessage('postsForYou', undefined).then(
        (rows) => {
          setNow(new Date());
          setState({ status: 'ready', rows });
        },
        (error: unknown) =>
          setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
      );
    void load();
    const stop = watchStored(['profile', 'answers'], () => void load());
    // Countdowns and "closed" follow the clock while the page stays open.
    const tick = setInterval(() => setNow(new Date()), 60_000);
    return () => {
      stop();
      clearInterval(tick);
    };
  }, []);

  return (
    <main class="vf-root posts">
      <h1>Posts for you</h1>
      {state.status === 'loading' && <p>Loading…</p>}
      {state.status === 'failed' && (
        <p class="error" role="alert">
          The posts could not be listed: {state.reason}
        </p>
      )}
      {state.status === 'ready' && (
        <PostList rows={state.rows} now={now} openOnly={openOnly} onOpenOnly={setOpenOnly} />
      )}
    </main>
  );
}

function PostList({
  rows,
  now,
  openOnly,
  onOpenOnly,
}: {
  rows: PostRow[];
  now: Date;
  openOnly: boolean;
  onOpenOnly: (value: boolean) => void;
}) {
  const calls = new Set(rows.map((row) => row.callId)).size;
  const open = rows.filter((row) => isOpenAt(row.deadline, now));
  const shown = openOnly ? open : rows;
  const noProfile = rows.length > 0 && rows.every((row) => row.headline === null);
  return (
    <>
      <div class="posts-bar">
        <span data-part="posts-count">
          {rows.length} {rows.length === 1 ? 'post' : 'posts'} in {calls} {calls === 1 ? 'call' : 'calls'} ·{' '}
          {open.length} open
        </span>
        <label>
          <input
            type="checkbox"
            data-action="open-only"
            checked={openOnly}
            onChange={(e) => onOpenOnly((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          Open posts only
        </label>
      </div>
      {noProfile && (
        <p data-part="no-profile">
          Without a profile nothing is checked yet.{' '}
          <button type="button" onClick={() => void sendMessage('openOptions', undefined)}>
            Create your profile
          </button>
        </p>
      )}
      {shown.length === 0 && <p>No open post in the calls known so far.</p>}
      <ol class="posts-list">
        {shown.map((row) => (
          <PostItem key={`${row.callId}/${row.positionId}`} row={row} now={now} />
        ))}
      </ol>
    </>
  );
}

function PostItem({ row, now }: { row: PostRow; now: Date }) {
  const open = isOpenAt(row.deadline, now);
  const title = [row.ref, row.title].filter(Boolean).join(' · ');
  return (
    <li class={open ? 'post' : 'post post-closed'} data-post={`${row.callId}/${row.positionId}`}>
      <span>
        {row.link ? (
          <a class="post-title" href={row.link} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          <span class="post-title">{title}</span>
        )}
        <br />
        <span class="post-sub">
          {[row.callTitle !== row.title && row.callTitle, row.location].filter(Boolean).join(' · ')}
          {SOURCE_NOTE[row.source]}
        </span>
      </span>
      <span class="post-deadline" data-part="deadline">
        {row.deadline.status === 'published' ? (
          <>
            {row.deadline.yourTime} (your time)
            <br />
            <strong>{formatCountdown(row.deadline.instant, now)}</strong>
          </>
        ) : (
          row.deadline.note
        )}
      </span>
      {row.headline && (
        <span class="post-headline" data-part="headline">
          <span class={`vf-badge vf-h-${row.headline.status}`}>{HEADLINE_LABELS[row.headline.status]}</span>{' '}
          {row.headline.text}
          {row.relevance ? ` · relevance ${row.relevance}` : ''}
          {row.headline.openText ? ` · ${row.headline.openText}` : ''}
        </span>
      )}
    </li>
  );
}
