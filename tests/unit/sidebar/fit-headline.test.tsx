import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { parseProfileFile } from '@/utils/profile/file';
import type { Call } from '@/utils/schema/call';
import { buildVacancyView } from '@/utils/vacancy-view';

const call = JSON.parse(readFileSync('data/calls/eulex-kosovo-2-2026.json', 'utf8')) as Call;
const example = parseProfileFile(readFileSync('examples/profile.example.json', 'utf8'));
if (!example.ok) throw new Error('examples/profile.example.json is invalid');

async function view() {
  const v = await buildVacancyView(
    new URL('https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-2-2026-call-contributions_en'),
    { site: 'eeas', title: 'EULEX Kosovo 2-2026', text: '' },
    {
      lookup: async () => ({ status: 'found', callId: call.id, file: 'x', positionRef: null }),
      loadCall: async () => structuredClone(call),
      parseInline: () => {
        throw new Error('not called');
      },
      profile: async () => (example.ok ? example.profile : null),
      answers: async () => ({}),
      savedPositionIds: async () => [],
      now: () => new Date('2026-06-01T00:00:00Z'),
      timeZone: () => 'Europe/Berlin',
    },
  );
  if (v.status !== 'ready') throw new Error(v.status);
  return v;
}

function shown(model: Awaited<ReturnType<typeof view>>) {
  const actions = {
    onSave: vi.fn(),
    onOpenOptions: vi.fn(),
    onCollapsedChange: vi.fn(),
    onAnswer: vi.fn(),
    onClearAnswer: vi.fn(),
  };
  const root = document.createElement('div');
  render(
    <Sidebar model={model} collapsed={false} now={new Date('2026-06-01T00:00:00Z')} {...actions} />,
    root,
  );
  return { root, actions };
}

describe('sidebar: headline first, statements confirmed once', () => {
  it('lists Justice Monitor first with its headline instead of a score', async () => {
    const { root } = shown(await view());
    const titles = [...root.querySelectorAll('.vf-position-title')].map((e) => e.textContent);
    expect(titles.slice(0, 3)).toEqual([
      'Justice Monitor',
      'Member of the Human Rights Review Panel',
      'Deputy Head of Case Monitoring Unit',
    ]);
    const first = root.querySelector('[data-position="ek-60092"]')!;
    expect(first.querySelector('[data-part="eligibility"]')!.textContent).toBe('Meets all decided');
    expect(first.querySelector('[data-part="headline"]')!.textContent).toBe(
      'You meet all 6 requirements your profile can decide · 22 statements left for you to confirm (17 essential)',
    );
    expect(root.querySelector('[data-position="ek-60101"] [data-part="headline"]')!.textContent).toBe(
      'Not eligible: Senior Law Enforcement Officer; weapon authorisation · 22 statements left for you to confirm (14 essential)',
    );
  });

  it('"I confirm these" answers every call-wide statement once, under its shared key', async () => {
    const model = await view();
    const { root, actions } = shown(model);
    const step = root.querySelector('[data-part="confirm-statements"]')!;
    expect(step.querySelector('summary')!.textContent).toBe(
      '11 call-wide statements to confirm once for all 17 posts',
    );
    const items = [...step.querySelectorAll('li')];
    expect(items).toHaveLength(11);
    expect(items[0]!.textContent).toContain('Integrity – Candidates must maintain the highest standards');
    // Untick one: it is left out.
    const box = items[2]!.querySelector('input')!;
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    const button = step.querySelector<HTMLButtonElement>('[data-action="confirm-statements"]')!;
    expect(button.textContent).toBe('I confirm these (10)');
    button.click();
    expect(actions.onAnswer).toHaveBeenCalledTimes(10);
    const keys = actions.onAnswer.mock.calls.map((c) => c[0] as string);
    expect(keys.every((k) => /^(text:|eulex-kosovo-2-2026:text:)/.test(k))).toBe(true);
    expect(actions.onAnswer.mock.calls[0]!.slice(1)).toEqual(['met', 'Confirmed once for the whole call']);
  });

  it('a work-history suggestion is confirmed in one click, with its evidence as the note', async () => {
    const { root, actions } = shown(await view());
    (root.querySelector('[data-position="ek-60092"] .vf-position-head') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    const req = root.querySelector('[data-requirement="eulex-kosovo-2-2026:ek-60092:eksa-1"]')!;
    expect(req.querySelector('.vf-badge')!.textContent).toBe('Needs your answer');
    expect(req.querySelector('[data-part="suggestion"]')!.textContent).toBe(
      'likely met: 4 y 0 m tagged justice / trial monitoring (Trial Monitor, OSCE Mission to Serbia 2016–2020)Confirm: I meet this',
    );
    (req.querySelector('[data-action="confirm-suggestion"]') as HTMLButtonElement).click();
    expect(actions.onAnswer).toHaveBeenCalledWith(
      expect.stringMatching(/^text:[0-9a-z]+$/),
      'met',
      'From my work history: 4 y 0 m tagged justice / trial monitoring (Trial Monitor, OSCE Mission to Serbia 2016–2020)',
    );
  });
});
