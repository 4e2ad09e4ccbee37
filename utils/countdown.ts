/* No date library here: the sidebar in every vacancy page imports this file. */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function isClosed(instant: string, now: Date): boolean {
  return Date.parse(instant) <= now.getTime();
}

/** Open until its deadline passes; with no deadline instant (none published) it counts as open. */
export function isOpenAt(deadline: { status: string; instant?: string }, now: Date): boolean {
  return deadline.instant === undefined || !isClosed(deadline.instant, now);
}

/** "3 days 4 h", "1 day", "5 h 20 min", "45 min": the two largest units, exact durations. */
function span(ms: number): string {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) return `${days} ${days === 1 ? 'day' : 'days'}${hours ? ` ${hours} h` : ''}`;
  if (hours > 0) return `${hours} h${minutes ? ` ${minutes} min` : ''}`;
  return `${Math.max(minutes, 1)} min`;
}

/** "closes in 3 days 4 h", "closes in 45 min", "closed 2 days ago". */
export function formatCountdown(instant: string, now: Date): string {
  const diff = Date.parse(instant) - now.getTime();
  // Whole minutes: a reminder fired a few milliseconds late still says "2 days".
  const size = Math.round(Math.abs(diff) / MINUTE) * MINUTE;
  if (diff > 0) return `closes in ${span(size)}`;
  return size < MINUTE ? 'closed just now' : `closed ${span(size)} ago`;
}
