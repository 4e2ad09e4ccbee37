import type { VacancyView } from '@/utils/vacancy-view';

/**
 * The fit for the active tab, at the top of the popup: how a vacancy opened as a PDF (where no
 * content script runs) is checked. `view` is null when the tab is not a recognised vacancy.
 */
export function TabFitSlot({ view }: { view: VacancyView | null }) {
  if (view?.status !== 'ready') return null;
  return (
    <section class="tab-fit" aria-labelledby="tab-fit-heading" data-part="tab-fit">
      <h2 id="tab-fit-heading">This tab: {view.call.title}</h2>
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
    </section>
  );
}
