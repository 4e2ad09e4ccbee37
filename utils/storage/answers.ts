import { storage } from '#imports';
import { type Answer, Answers } from '../fit/answers';

/** The user's own answers, keyed by requirement id (stable across bundle regenerations). */
export const answersItem = storage.defineItem<unknown>('local:answers', { fallback: {}, version: 1 });

/** Reads the answers, keeping every valid one if the stored value is partly corrupt. */
export async function readAnswers(): Promise<Answers> {
  const raw = await answersItem.getValue();
  const whole = Answers.safeParse(raw);
  if (whole.success) return whole.data;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const kept: Answers = {};
  for (const [id, value] of Object.entries(raw)) {
    const parsed = Answers.safeParse({ [id]: value });
    if (parsed.success) Object.assign(kept, parsed.data);
  }
  return kept;
}

/** Changes one answer and leaves every other stored entry as it was, even one this build cannot read. */
export async function setAnswer(requirementId: string, answer: Answer | null): Promise<void> {
  const raw = await answersItem.getValue();
  const answers: Record<string, unknown> = typeof raw === 'object' && raw !== null ? { ...raw } : {};
  if (answer) answers[requirementId] = answer;
  else delete answers[requirementId];
  await answersItem.setValue(answers);
}
