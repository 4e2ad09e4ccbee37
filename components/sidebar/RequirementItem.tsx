import { useState } from 'preact/hooks';
import type { Answer } from '@/utils/fit/answers';
import { MAX_NOTE_LENGTH } from '@/utils/storage/limits';
import type { RequirementLine, RequirementVerdictLine } from '@/utils/vacancy-view';
import { VERDICT_LABELS } from './labels';

/** Answers go under the requirement's answer key (shared by every post that repeats a statement). */
export interface AnswerActions {
  onAnswer: (answerKey: string, value: Answer['value'], note: string) => void;
  onClearAnswer: (answerKey: string) => void;
}

interface Props extends AnswerActions {
  requirement: RequirementLine;
  /** Absent while there is no profile: the requirement is still listed. */
  assessment?: RequirementVerdictLine;
  answer?: Answer;
}

export function RequirementItem({ requirement, assessment, answer, onAnswer, onClearAnswer }: Props) {
  const [note, setNote] = useState(answer?.note ?? '');
  const [editing, setEditing] = useState(false);
  const verdict = assessment?.verdict;
  const answerable = assessment && (assessment.decidedBy !== 'profile' || assessment.userAnswerIgnored);
  const noteId = `vf-note-${requirement.id}`;
  const key = assessment?.answerKey ?? requirement.id;
  const clear = () => {
    onClearAnswer(key);
    // An answer read from where older versions stored it is withdrawn there too.
    if (assessment?.legacyAnswerKey) onClearAnswer(assessment.legacyAnswerKey);
  };
  return (
    <li class={requirement.parentId ? 'vf-req vf-req-sub' : 'vf-req'} data-requirement={requirement.id}>
      {verdict && <span class={`vf-badge vf-v-${verdict}`}>{VERDICT_LABELS[verdict]}</span>}
      <p class="vf-req-text">{requirement.text}</p>
      {assessment && <p class="vf-reason">{assessment.reason}</p>}
      {assessment?.condition && <p class="vf-flip">Condition: {assessment.condition}</p>}
      {assessment?.flip && <p class="vf-flip">To meet it: {assessment.flip}</p>}
      {assessment?.note && <p class="vf-reason">{assessment.note}</p>}
      {assessment?.suggestion && (
        <p class={`vf-suggestion vf-s-${assessment.suggestion.kind}`} data-part="suggestion">
          {assessment.suggestion.text}
          {assessment.suggestion.kind === 'likely-met' && !answer && (
            <button
              type="button"
              class="vf-btn"
              data-action="confirm-suggestion"
              onClick={() =>
                onAnswer(
                  key,
                  'met',
                  assessment.suggestion!.text.replace(/^likely met: /, 'From my work history: '),
                )
              }
            >
              Confirm: I meet this
            </button>
          )}
        </p>
      )}
      {assessment?.userAnswerIgnored && (
        <p class="vf-reason">
          Your answer ({assessment.userAnswerIgnored.answer === 'met' ? 'met' : 'not met'}) was not applied:{' '}
          {assessment.userAnswerIgnored.reason}
        </p>
      )}
      {answerable && answer && !editing && (
        <p class="vf-answer">
          <span>
            Your answer: {answer.value === 'met' ? 'I meet this' : 'I do not meet this'}
            {answer.note ? ` — ${answer.note}` : ''}
          </span>
          <button type="button" class="vf-btn" onClick={() => setEditing(true)}>
            Change
          </button>
        </p>
      )}
      {answerable && (!answer || editing) && (
        <fieldset class="vf-answer">
          <legend class="vf-visually-hidden">Your answer</legend>
          <label class="vf-visually-hidden" for={noteId}>
            Evidence (optional)
          </label>
          <input
            id={noteId}
            type="text"
            placeholder="Evidence (optional)"
            maxLength={MAX_NOTE_LENGTH}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          {note.length >= MAX_NOTE_LENGTH && (
            <span class="vf-reason" role="status" data-part="note-limit">
              At most {MAX_NOTE_LENGTH.toLocaleString('en')} characters.
            </span>
          )}
          <button
            type="button"
            class="vf-btn"
            data-action="answer-met"
            onClick={() => {
              onAnswer(key, 'met', note);
              setEditing(false);
            }}
          >
            I meet this
          </button>
          <button
            type="button"
            class="vf-btn"
            data-action="answer-not-met"
            onClick={() => {
              onAnswer(key, 'not-met', note);
              setEditing(false);
            }}
          >
            I don't
          </button>
          {answer && (
            <button
              type="button"
              class="vf-btn"
              onClick={() => {
                clear();
                setEditing(false);
              }}
            >
              Clear
            </button>
          )}
        </fieldset>
      )}
    </li>
  );
}
