import { useState } from 'preact/hooks';
import type { Answers } from '@/utils/fit/answers';
import type { AssessmentLine, RequirementLine } from '@/utils/vacancy-view';
import type { AnswerActions } from './RequirementItem';

interface Statement {
  id: string;
  text: string;
  answerKey: string;
  legacyAnswerKey?: string;
}

interface Props extends AnswerActions {
  requirements: Record<string, RequirementLine>;
  assessments: AssessmentLine[];
  answers: Answers;
}

/** The call-wide statements your profile cannot decide: the same on every post, so one assessment lists them. */
function callWideStatements(
  requirements: Record<string, RequirementLine>,
  assessments: AssessmentLine[],
): Statement[] {
  const first = assessments.find((a) => a.requirementsStatus === 'published');
  if (!first) return [];
  return first.requirements.flatMap((r) => {
    const line = requirements[r.id];
    if (!line?.callWide || r.decidedBy === 'profile') return [];
    return [{ id: r.id, text: line.text, answerKey: r.answerKey, legacyAnswerKey: r.legacyAnswerKey }];
  });
}

/**
 * "I confirm these": every call-wide statement with its full text, answered once for every post
 * (and every call repeating the same words). Each can be unticked before confirming, and every
 * answer stays editable and can be withdrawn here or on any post.
 */
export function ConfirmStatements({ requirements, assessments, answers, onAnswer, onClearAnswer }: Props) {
  const statements = callWideStatements(requirements, assessments);
  const answerOf = (s: Statement) =>
    answers[s.answerKey] ?? (s.legacyAnswerKey ? answers[s.legacyAnswerKey] : undefined);
  const open = statements.filter((s) => !answerOf(s));
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  if (statements.length === 0) return null;
  const chosen = open.filter((s) => !unticked.has(s.id));
  return (
    <details class="vf-confirm vf-note" data-part="confirm-statements" open={open.length > 0}>
      <summary>
        {open.length > 0
          ? `${open.length} call-wide statement${open.length === 1 ? '' : 's'} to confirm once for all ${assessments.length} posts`
          : `All ${statements.length} call-wide statements answered`}
      </summary>
      <ul>
        {statements.map((s) => {
          const answer = answerOf(s);
          const boxId = `vf-confirm-${s.id}`;
          return (
            <li key={s.id} data-statement={s.id}>
              {answer ? (
                <p>
                  <strong>{answer.value === 'met' ? 'You confirmed: ' : 'You answered not met: '}</strong>
                  {s.text}{' '}
                  <button
                    type="button"
                    class="vf-btn"
                    data-action="withdraw"
                    onClick={() => {
                      onClearAnswer(s.answerKey);
                      if (s.legacyAnswerKey) onClearAnswer(s.legacyAnswerKey);
                    }}
                  >
                    Withdraw
                  </button>
                </p>
              ) : (
                <label for={boxId}>
                  <input
                    id={boxId}
                    type="checkbox"
                    checked={!unticked.has(s.id)}
                    onChange={(e) => {
                      const next = new Set(unticked);
                      if (e.currentTarget.checked) next.delete(s.id);
                      else next.add(s.id);
                      setUnticked(next);
                    }}
                  />{' '}
                  {s.text}
                </label>
              )}
            </li>
          );
        })}
      </ul>
      {open.length > 0 && (
        <button
          type="button"
          class="vf-btn vf-btn-primary"
          data-action="confirm-statements"
          disabled={chosen.length === 0}
          onClick={() => {
            for (const s of chosen) onAnswer(s.answerKey, 'met', 'Confirmed once for the whole call');
          }}
        >
          I confirm these ({chosen.length})
        </button>
      )}
    </details>
  );
}
