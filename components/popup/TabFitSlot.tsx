import type { VacancyView } from '@/utils/vacancy-view';

/**
 * The fit for the active tab, at the top of the popup: how a vacancy opened as a PDF (where no
 * content script runs) is checked. `view` is null when the tab is not a recognised vacancy.
 */
export function TabFitSlot({ view, onFullReport }: { view: VacancyView | null; onFullReport?: () => void }) {
  if (view?.status === 'not-in-bundle')
    return (
      <section class="tab-fit" aria-labelledby="tab-fit-heading" data-part="tab-fit">
        <h2 id="tab-fit-heading">This tab: {view.title}</h2>
        <p data-part="tab-fit-reason">{view.reason}</p>
      </section>
    );
  if (view?.status !== 'ready') return null;
  return (
    <section class="tab-fit" aria-labelledby="tab-fit-heading" data-part="tab-fit">
      <h2 id="tab-fit-heading">This tab: {view.call.title}</h2>
      {view.source === 'annex' && <p data-part="tab-fit-source">Read from the published annex.</p>}
      {view.assessments ? (
        <ol>
          {view.assessments.map((a) => (
            <li key={a.positionId}>
              {a.title} — {a.eligibility}
              {a.score ? ` · ${a.score.value}/100` : ''}
            </li>
          ))}
        </ol>
      ) : (
        <p>Add your profile in the options to see your fit.</p>
      )}
      {onFullReport && (
        <button type="button" onClick={onFullReport} data-action="full-report">
          Full report
        </button>
      )}
    </section>
  );
}
