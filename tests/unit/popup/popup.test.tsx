import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { WatchlistView } from '@/components/popup/WatchlistView';
import { sendMessage } from '@/utils/messages';
import type { WatchItem } from '@/utils/watchlist/schema';
import { watchItem } from '../reminders/fixtures';

vi.mock('@/utils/messages', () => ({ sendMessage: vi.fn(), onMessage: vi.fn() }));

const NOW = new Date('2026-06-22T11:00:00Z');

const ITEMS: WatchItem[] = [
  watchItem({
    id: 'later',
    ref: 'EK 60035',
    title: 'Close Protection Operator',
    deadline: { ...watchItem().deadline!, instant: '2026-07-09T10:00:00.000Z' },
    status: 'preparing',
    notes: '<b>not html</b>',
  }),
  watchItem({
    id: 'closed',
    ref: null,
    title: 'Programme Officer',
    callTitle: 'EUMM Georgia 1-2026',
    deadline: { ...watchItem().deadline!, instant: '2026-06-01T10:00:00.000Z' },
  }),
  watchItem(),
  watchItem({
    id: 'isd/*',
    positionId: null,
    ref: null,
    title: 'Programmes Lead, Western Balkans',
    deadline: null,
    deadlineNote: 'The job description gives no closing date.',
  }),
];

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.mocked(sendMessage).mockReset();
});

const rows = (selector: string) =>
  [...root.querySelectorAll<HTMLElement>(`${selector} [data-item]`)].map((row) => ({
    title: row.querySelector('.title')?.textContent,
    countdown: row.querySelector('[data-part="countdown"]')?.textContent ?? null,
    when: row.querySelector('.when')?.textContent ?? null,
  }));

describe('popup watchlist', () => {
  it('lists upcoming deadlines first with the countdown, user time and Brussels time; closed ones apart', () => {
    render(
      <WatchlistView
        items={ITEMS}
        now={NOW}
        timeZone="America/New_York"
        onChange={() => {}}
        onRemove={() => {}}
        onCalendar={() => {}}
      />,
      root,
    );
    expect(rows('.upcoming-items')).toEqual([
      {
        title: 'Justice Monitor (EK 60092)',
        countdown: 'closes in 3 days 4 h',
        when: 'Thu 25 Jun 2026, 11:00 your time · Thu 25 Jun 2026, 17:00 Brussels time',
      },
      {
        title: 'Close Protection Operator (EK 60035)',
        countdown: 'closes in 16 days 23 h',
        when: 'Thu 9 Jul 2026, 06:00 your time · Thu 9 Jul 2026, 12:00 Brussels time',
      },
      { title: 'Programmes Lead, Western Balkans', countdown: null, when: null },
    ]);
    expect(rows('.closed-items')).toEqual([
      {
        title: 'Programme Officer',
        countdown: 'closed 21 days 1 h ago',
        when: 'Mon 1 Jun 2026, 06:00 your time · Mon 1 Jun 2026, 12:00 Brussels time',
      },
    ]);
    expect(root.querySelector('#closed-heading')?.textContent).toBe('Closed');
    // Links back to each vacancy; page data is text, never HTML.
    expect(root.querySelector<HTMLAnchorElement>('[data-item="later"] a.title')?.href).toBe(ITEMS[0]?.url);
    expect(root.querySelector('[data-item="later"] textarea')?.textContent ?? '').not.toContain('<b>');
    expect(root.querySelector<HTMLTextAreaElement>('[data-item="later"] textarea')?.value).toBe(
      '<b>not html</b>',
    );
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('[data-item="isd/*"] .note')?.textContent).toBe(
      'The job description gives no closing date.',
    );
  });

  it('shows only the Brussels time when the user is in Brussels', () => {
    render(
      <WatchlistView
        items={[watchItem()]}
        now={NOW}
        timeZone="Europe/Brussels"
        onChange={() => {}}
        onRemove={() => {}}
        onCalendar={() => {}}
      />,
      root,
    );
    expect(rows('.upcoming-items')[0]?.when).toBe('Thu 25 Jun 2026, 17:00 Brussels time');
  });

  it('edits status and notes inline with labelled controls', async () => {
    const onChange = vi.fn();
    render(
      <WatchlistView
        items={[watchItem()]}
        now={NOW}
        timeZone="Europe/Brussels"
        onChange={onChange}
        onRemove={() => {}}
        onCalendar={() => {}}
      />,
      root,
    );
    const select = root.querySelector<HTMLSelectElement>('select')!;
    expect(root.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Status');
    select.value = 'applied';
    select.dispatchEvent(new Event('change'));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ id: watchItem().id }), {
      status: 'applied',
    });

    const notes = root.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(root.querySelector(`label[for="${notes.id}"]`)?.textContent).toBe(
      'Notes for Justice Monitor (EK 60092)',
    );
    notes.value = 'Ask for a reference';
    await act(async () => {
      notes.dispatchEvent(new Event('input'));
    });
    notes.dispatchEvent(new Event('blur'));
    expect(onChange).toHaveBeenLastCalledWith(expect.anything(), { notes: 'Ask for a reference' });
  });

  it('sets a deadline where none is published, read in the user zone', () => {
    const onChange = vi.fn();
    render(
      <WatchlistView
        items={[ITEMS[3]!]}
        now={NOW}
        timeZone="America/New_York"
        onChange={onChange}
        onRemove={() => {}}
        onCalendar={() => {}}
      />,
      root,
    );
    const input = root.querySelector<HTMLInputElement>('input[type="datetime-local"]')!;
    input.value = '2026-07-01T12:00';
    input.dispatchEvent(new Event('change'));
    expect(onChange).toHaveBeenCalledWith(expect.anything(), {
      deadline: {
        instant: '2026-07-01T16:00:00.000Z',
        zone: 'America/New_York',
        text: '2026-07-01T12:00 (set by you)',
        source: 'user',
      },
    });
  });

  it('shows an empty state', () => {
    render(
      <WatchlistView
        items={[]}
        now={NOW}
        timeZone="Europe/Brussels"
        onChange={() => {}}
        onRemove={() => {}}
        onCalendar={() => {}}
      />,
      root,
    );
    expect(root.querySelector('[data-part="empty"]')?.textContent).toContain('Your watchlist is empty.');
  });

  it('the app loads the list from the background and saves a status change through it', async () => {
    vi.mocked(sendMessage).mockImplementation((async (type: string) => {
      if (type === 'watchlist.list') return ITEMS;
      if (type === 'watchlist.unreadable') return [];
      if (type === 'watchlist.update') return ITEMS[2];
      return null;
    }) as typeof sendMessage);
    await act(async () => {
      render(<PopupApp now={NOW} timeZone="Europe/Brussels" />, root);
    });
    await vi.waitFor(() => expect(root.querySelectorAll('[data-item]')).toHaveLength(4));
    expect(root.querySelector('h1')?.textContent).toBe('Vacancy Fit');
    expect(rows('.upcoming-items').map((r) => r.countdown)).toEqual([
      'closes in 3 days 4 h',
      'closes in 16 days 23 h',
      null,
    ]);
    const select = root.querySelector<HTMLSelectElement>(`[data-item="${watchItem().id}"] select`)!;
    select.value = 'applied';
    await act(async () => {
      select.dispatchEvent(new Event('change'));
    });
    expect(sendMessage).toHaveBeenCalledWith('watchlist.update', {
      id: watchItem().id,
      patch: { status: 'applied' },
    });
    expect(root.querySelector('footer button')?.textContent).toBe('Export deadlines (.ics)');
  });

  it('refuses a malformed watchlist file with its error and sends nothing to the background', async () => {
    vi.mocked(sendMessage).mockImplementation((async (type: string) =>
      type === 'watchlist.list' ? ITEMS : type === 'watchlist.unreadable' ? [] : null) as typeof sendMessage);
    await act(async () => {
      render(<PopupApp now={NOW} timeZone="Europe/Brussels" />, root);
    });
    const input = root.querySelector<HTMLInputElement>('#watchlist-import')!;
    const file = new File(['{"items": []}'], 'watchlist.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
    await vi.waitFor(() =>
      expect(root.querySelector('[data-part="import-message"]')?.textContent).toBe(
        'Nothing imported. This is not a Vacancy Fit watchlist export ("format": "vacancy-fit-watchlist").',
      ),
    );
    expect(vi.mocked(sendMessage).mock.calls.map(([type]) => type)).not.toContain('watchlist.import');
  });
});
