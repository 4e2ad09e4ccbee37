import { render } from 'preact';
import { detectEeasVacancy } from '@/utils/detect/eeas';
import { PUBLISHER_MATCHES } from '@/utils/hosts';

export default defineContentScript({
  matches: PUBLISHER_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const match = detectEeasVacancy(new URL(location.href), document);
    if (!match) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'vacancy-fit-sidebar',
      position: 'overlay',
      mode: 'closed',
      onMount(container) {
        render(
          <aside aria-label="Vacancy Fit" data-part="sidebar">
            <h2>Vacancy Fit</h2>
            <p>{match.title}</p>
          </aside>,
          container,
        );
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
