import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Sidebar, type SidebarModel } from '@/components/sidebar/Sidebar';

const actions = {
  onSave: vi.fn(),
  onOpenOptions: vi.fn(),
  onCollapsedChange: vi.fn(),
  onAnswer: vi.fn(),
  onClearAnswer: vi.fn(),
};

function shown(model: SidebarModel, collapsed = false): HTMLElement {
  const root = document.createElement('div');
  render(
    <Sidebar model={model} collapsed={collapsed} now={new Date('2026-06-01T00:00:00Z')} {...actions} />,
    root,
  );
  return root;
}

describe('sidebar states', () => {
  it('says why it could not check the page, as an alert, with the error as text', () => {
    const root = shown({ status: 'failed', reason: '<b>Receiving end does not exist.</b>' });
    const alert = root.querySelector('[data-part="failed"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toBe(
      'Vacancy Fit could not check this page: <b>Receiving end does not exist.</b> Reload the page to try again.',
    );
    expect(root.querySelector('b')).toBeNull();
  });

  it('shows a loading line until the view arrives', () => {
    expect(shown({ status: 'loading' }).querySelector('.vf-scroll')?.textContent).toBe(
      'Checking this vacancy…',
    );
  });

  it('counts posts by verdict in the header, singular for one', () => {
    const assessment = (positionId: string, eligibility: 'incomplete' | 'not-eligible') => ({
      callId: 'c',
      positionId,
      ref: null,
      title: positionId,
      requirementsStatus: 'published' as const,
      eligibility,
      summary: '',
      missingEssentialAnswers: 0,
      conditions: [],
      hardGates: 'none' as const,
      headline: {
        status: eligibility === 'not-eligible' ? ('not-eligible' as const) : ('meets' as const),
        text:
          eligibility === 'not-eligible'
            ? 'Not eligible: weapon authorisation'
            : 'You meet all 3 requirements your profile can decide',
        decided: 3,
        open: 2,
        openEssential: 1,
        openText: '2 statements left for you to confirm (1 essential)',
      },
      relevance: null,
      requirements: [],
      score: null,
    });
    const position = (id: string) => ({
      id,
      ref: null,
      title: id,
      vacancies: { confirmed: 1, pending: 0 },
      location: null,
      country: null,
      availability: { kind: 'asap' as const, text: 'ASAP' },
      requirements: { status: 'published' as const },
    });
    const model: SidebarModel = {
      status: 'ready',
      source: 'bundle',
      focusPositionId: null,
      call: {
        id: 'c',
        title: 'Call',
        organisation: 'Org',
        callCode: null,
        deadline: { status: 'not-published', note: 'None.' },
        positions: ['a', 'b', 'c'].map(position),
      },
      requirements: {},
      requirementIds: {},
      assessments: [
        assessment('a', 'incomplete'),
        assessment('b', 'not-eligible'),
        assessment('c', 'not-eligible'),
      ],
      answers: {},
      savedPositionIds: [],
    };
    expect(shown(model).textContent).toContain('1 meets all decided · 2 not eligible');
    // The collapsed tab counts what the toolbar badge counts: posts open to the profile by what it
    // decides (here the one whose statements are still to confirm), not fully eligible ones.
    expect(shown(model, true).querySelector('[data-action="expand"]')?.textContent).toBe('Vacancy Fit · 1/3');
  });
});
