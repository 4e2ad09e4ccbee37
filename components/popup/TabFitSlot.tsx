import type { VacancyView } from '@/utils/vacancy-view';

/**
 * SLOT — "fit for the current tab". Owned by the fit/popup-tab work: replace the body of this
 * component; PopupApp renders it at the top and passes the background's answer for the active tab
 * (null when the tab is not a recognised vacancy, e.g. any other page).
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
