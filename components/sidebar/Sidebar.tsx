import { useState } from 'preact/hooks';
import { canApply } from '@/utils/fit/headline';
import type { Headline } from '@/utils/fit/types';
import type { AssessmentLine, VacancyView } from '@/utils/vacancy-view';
import { ConfirmStatements } from './ConfirmStatements';
import { DeadlineBox } from './DeadlineBox';
import { PositionItem } from './PositionItem';
import type { AnswerActions } from './RequirementItem';

/** What the sidebar shows: the background's view of the page, a loading state, or why it failed. */
export type SidebarModel = { status: 'loading' } | { status: 'failed'; reason: string } | VacancyView;

export interface SidebarActions extends AnswerActions {
  onSave: (positionId: string) => void;
  onOpenOptions: () => void;
  onCollapsedChange: (collapsed: boolean) => void;
}

interface Props extends SidebarActions {
  model: SidebarModel;
  collapsed: boolean;
  now: Date;
  /** A line above the content, e.g. why a click was ignored. */
  notice?: string | null;
}

export function Sidebar({ model, collapsed, now, notice, ...actions }: Props) {
  if (collapsed) {
    return (
      <div class="vf-root" data-part="sidebar">
        <button
          type="button"
          class="vf-tab"
          aria-expanded="false"
          onClick={() => actions.onCollapsedChange(false)}
          data-action="expand"
        >
          Vacancy Fit{tabSummary(model)}
        </button>
      </div>
    );
  }
  return (
    <div class="vf-root" data-part="sidebar">
      <aside
        class="vf-panel"
        aria-label="Vacancy Fit"
        onKeyDown={(e) => {
          if (e.key === 'Escape') actions.onCollapsedChange(true);
        }}
      >
        <div class="vf-bar">
          <h2 class="vf-brand">Vacancy Fit</h2>
          <button
            type="button"
            class="vf-btn"
            aria-label="Hide Vacancy Fit"
            aria-expanded="true"
            onClick={() => actions.onCollapsedChange(true)}
            data-action="collapse"
          >
            Hide ›
          </button>
        </div>
        {notice && (
          <p class="vf-note" data-part="notice" role="alert">
            {notice}
          </p>
        )}
        <div class="vf-scroll">
          <Body
            key={model.status === 'ready' ? `${model.call.id}:${model.focusPositionId ?? ''}` : model.status}
            model={model}
            now={now}
            actions={actions}
          />
        </div>
      </aside>
    </div>
  );
}

function tabSummary(model: SidebarModel): string {
  if (model.status !== 'ready' || !model.assessments) return '';
  return ` · ${model.assessments.filter(canApply).length}/${model.assessments.length}`;
}

function Body({ model, now, actions }: { model: SidebarModel; now: Date; actions: SidebarActions }) {
  const focus = model.status === 'ready' ? model.focusPositionId : null;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set(focus ? [focus] : []));
  if (model.status === 'loading') return <p>Checking this vacancy…</p>;
  if (model.status === 'failed') {
    return (
      <p class="vf-note" data-part="failed" role="alert">
        Vacancy Fit could not check this page: {model.reason} Reload the page to try again.
      </p>
    );
  }
  if (model.status === 'not-in-bundle') {
    return (
      <div data-part="not-in-bundle">
        <p class="vf-note">
          <strong>{model.title}</strong> is a vacancy, but it is not in the bundled data.
        </p>
        <p class="vf-reason">{model.reason}</p>
      </div>
    );
  }
  const { call, assessments } = model;
  const order = assessments ? assessments.map((a) => a.positionId) : call.positions.map((p) => p.id);
  const byId = new Map(call.positions.map((p) => [p.id, p]));
  const assessmentById = new Map(assessments?.map((a) => [a.positionId, a]) ?? []);
  // A single-post page shows its post first; the rest of the call stays one click away.
  const ids = focus ? [focus, ...order.filter((id) => id !== focus)] : order;
  const vacancies = call.positions.reduce((sum, p) => sum + p.vacancies.confirmed + p.vacancies.pending, 0);
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <>
      <section class="vf-call" data-part="call">
        <h2>{call.title}</h2>
        <p class="vf-meta">
          {[
            call.organisation,
            call.callCode && `Call ${call.callCode}`,
            `${call.positions.length} ${call.positions.length === 1 ? 'post' : 'posts'}, ${vacancies} ${vacancies === 1 ? 'vacancy' : 'vacancies'}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {model.source === 'page' && (
          <p class="vf-note" data-part="read-from-page">
            Not in the bundled data: read from this page. Check the figures against the published text.
          </p>
        )}
        {model.source === 'annex' && (
          <p class="vf-note" data-part="read-from-annex">
            Not in the bundled data: read from the published annex. Check the figures against it.
          </p>
        )}
        {model.source === 'file' && (
          <p class="vf-note" data-part="read-from-file">
            Read from your file. Check the figures against the published call.
          </p>
        )}
        <DeadlineBox deadline={call.deadline} now={now} />
      </section>
      {!assessments && (
        <div class="vf-note" data-part="no-profile">
          <p>
            <strong>Add your profile to see your fit.</strong> Vacancy Fit will check it against every
            requirement below. It stays in this browser.
          </p>
          <button
            type="button"
            class="vf-btn vf-btn-primary"
            onClick={actions.onOpenOptions}
            data-action="open-options"
          >
            Create your profile
          </button>
        </div>
      )}
      {assessments && (
        <p class="vf-meta" data-part="ranking-summary">
          {rankingSummary(assessments)}
        </p>
      )}
      {assessments && (
        <ConfirmStatements
          requirements={model.requirements}
          assessments={assessments}
          answers={model.answers}
          onAnswer={actions.onAnswer}
          onClearAnswer={actions.onClearAnswer}
        />
      )}
      <ol class="vf-positions" aria-label="Positions">
        {ids.map((id) => {
          const position = byId.get(id);
          if (!position) return null;
          return (
            <PositionItem
              key={id}
              position={position}
              requirements={(model.requirementIds[id] ?? []).flatMap((r) => model.requirements[r] ?? [])}
              assessment={assessmentById.get(id) ?? null}
              answers={model.answers}
              expanded={open.has(id)}
              onToggle={() => toggle(id)}
              saved={model.savedPositionIds.includes(id)}
              onSave={() => actions.onSave(id)}
              onAnswer={actions.onAnswer}
              onClearAnswer={actions.onClearAnswer}
            />
          );
        })}
      </ol>
    </>
  );
}

/** The posts by hard-gate status, in the badges' words: [one post, several]. */
const SUMMARY_WORDS: Record<Headline['status'], [string, string]> = {
  meets: ['meets all decided', 'meet all decided'],
  'eligible-if': ['eligible if', 'eligible if'],
  none: ['to confirm', 'to confirm'],
  'not-eligible': ['not eligible', 'not eligible'],
  unknown: ['with no requirements published', 'with no requirements published'],
};

/** "11 meet all decided · 2 eligible if · 4 not eligible". */
function rankingSummary(assessments: AssessmentLine[]): string {
  const counts = new Map<Headline['status'], number>();
  for (const a of assessments) counts.set(a.headline.status, (counts.get(a.headline.status) ?? 0) + 1);
  return (Object.keys(SUMMARY_WORDS) as Headline['status'][])
    .flatMap((status) => {
      const count = counts.get(status);
      return count ? [`${count} ${SUMMARY_WORDS[status][count === 1 ? 0 : 1]}`] : [];
    })
    .join(' · ');
}
