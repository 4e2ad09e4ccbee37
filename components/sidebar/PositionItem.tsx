import type { Answers } from '@/utils/fit/answers';
import type {
  AssessmentLine,
  PositionLine,
  RequirementLine,
  RequirementVerdictLine,
} from '@/utils/vacancy-view';
import { HEADLINE_LABELS } from './labels';
import { type AnswerActions, RequirementItem } from './RequirementItem';

interface Props extends AnswerActions {
  position: PositionLine;
  /** Published items plus those derived from the header (clearance, third-state openness). */
  requirements: RequirementLine[];
  assessment: AssessmentLine | null;
  answers: Answers;
  expanded: boolean;
  onToggle: () => void;
  saved: boolean;
  onSave: () => void;
}

/** The answer under the requirement's key, else where older versions stored it (its id). */
function answerOf(answers: Answers, assessment: RequirementVerdictLine | undefined, id: string) {
  return (assessment && answers[assessment.answerKey]) ?? answers[assessment?.legacyAnswerKey ?? id];
}

function vacancyCount(position: PositionLine): string {
  const { confirmed, pending } = position.vacancies;
  const parts = [`${confirmed} ${confirmed === 1 ? 'vacancy' : 'vacancies'}`];
  if (pending > 0) parts.push(`${pending} pending`);
  return parts.join(', ');
}

export function PositionItem(props: Props) {
  const { position, assessment, expanded, onToggle } = props;
  const detailId = `vf-detail-${position.id}`;
  const sub = [position.ref, vacancyCount(position), position.country ?? position.location]
    .filter(Boolean)
    .join(' · ');
  return (
    <li class="vf-position" data-position={position.id}>
      <button
        type="button"
        class="vf-position-head"
        aria-expanded={expanded}
        aria-controls={detailId}
        onClick={onToggle}
      >
        <span class="vf-position-title">{position.title}</span>
        {assessment ? (
          <span class={`vf-badge vf-h-${assessment.headline.status}`} data-part="eligibility">
            {HEADLINE_LABELS[assessment.headline.status]}
          </span>
        ) : (
          <span />
        )}
        <span class="vf-position-sub">{sub}</span>
        <span class="vf-score" data-part="score">
          {assessment?.relevance && assessment.relevance.value > 0
            ? `relevance ${assessment.relevance.value}`
            : ''}
        </span>
        {assessment && (
          <span class="vf-headline" data-part="headline">
            {assessment.headline.text}
            {assessment.headline.openText && (
              <span class="vf-open" data-part="open">
                {' · '}
                {assessment.headline.openText}
              </span>
            )}
          </span>
        )}
      </button>
      {expanded && <PositionDetail id={detailId} {...props} />}
    </li>
  );
}

function PositionDetail({
  id,
  position,
  requirements,
  assessment,
  answers,
  saved,
  onSave,
  onAnswer,
  onClearAnswer,
}: Props & { id: string }) {
  const byId = new Map<string, RequirementVerdictLine>(assessment?.requirements.map((r) => [r.id, r]) ?? []);
  const actions = { onAnswer, onClearAnswer };
  const list = (items: RequirementLine[]) => (
    <ul class="vf-reqs">
      {items.map((requirement) => (
        <RequirementItem
          key={requirement.id}
          requirement={requirement}
          assessment={byId.get(requirement.id)}
          answer={answerOf(answers, byId.get(requirement.id), requirement.id)}
          {...actions}
        />
      ))}
    </ul>
  );
  return (
    <div class="vf-detail" id={id}>
      {assessment && (
        <div class="vf-summary" data-part="summary">
          <p>{assessment.summary}</p>
          {assessment.score && <p class="vf-reason">{assessment.score.explanation}</p>}
          {assessment.score && <p class="vf-reason">{assessment.score.formula}</p>}
          {assessment.relevance && <p class="vf-reason">{assessment.relevance.explanation}</p>}
        </div>
      )}
      <div class="vf-actions">
        <button
          type="button"
          class="vf-btn vf-btn-primary"
          onClick={onSave}
          disabled={saved}
          data-action="save"
        >
          {saved ? 'Saved to watchlist' : 'Save to watchlist'}
        </button>
        {position.availability.kind !== 'unknown' && (
          <span class="vf-reason">Start: {position.availability.text}</span>
        )}
      </div>
      {position.requirements.status === 'not-published' ? (
        <p class="vf-note" data-part="no-requirements">
          {position.requirements.note}
        </p>
      ) : (
        <RequirementGroups items={requirements} list={list} />
      )}
    </div>
  );
}

function RequirementGroups({
  items,
  list,
}: {
  items: RequirementLine[];
  list: (items: RequirementLine[]) => preact.JSX.Element;
}) {
  const own = items.filter((r) => !r.callWide);
  const callWide = items.filter((r) => r.callWide);
  const essential = own.filter((r) => r.importance === 'essential');
  const desirable = own.filter((r) => r.importance === 'desirable');
  return (
    <>
      <h3>Essential ({essential.length})</h3>
      {list(essential)}
      <h3>Desirable ({desirable.length})</h3>
      {list(desirable)}
      {callWide.length > 0 && (
        <details class="vf-callwide">
          <summary>Call-wide requirements ({callWide.length}), the same for every post</summary>
          {list(callWide)}
        </details>
      )}
    </>
  );
}
