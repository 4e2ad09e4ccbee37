import { type Answer, Answer as AnswerSchema, Answers } from '../fit/answers';
import { notifyStored } from './changes';
import { STORES } from './database';
import { MAX_NOTE_LENGTH } from './limits';
import { withStorage } from './open';

/**
 * The user's own answers, one IndexedDB entry per key (store `answers`), so two answers written
 * at once never overwrite each other; content scripts cannot read them.
 */
export function readAnswers(): Promise<Answers> {
  return withStorage(async (db) => {
    const tx = db.transaction(STORES.answers);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    const kept: Answers = {};
    keys.forEach((key, index) => {
      // Each entry on its own: one this build cannot read is skipped and stays stored as it is.
      const parsed = Answers.safeParse({ [String(key)]: values[index] });
      if (parsed.success) Object.assign(kept, parsed.data);
    });
    return kept;
  });
}

/** Why an answer cannot be stored, or null: what is stored must be what is read back. */
export function answerProblem(key: string, answer: Answer | null): string | null {
  if (key.length === 0) return 'The answer has no requirement to belong to.';
  if (!answer) return null;
  const note = (answer as { note?: unknown }).note;
  if (typeof note === 'string' && note.length > MAX_NOTE_LENGTH)
    return `The note is ${note.length.toLocaleString('en')} characters long; at most ${MAX_NOTE_LENGTH.toLocaleString('en')} can be saved. Nothing was changed.`;
  const parsed = AnswerSchema.safeParse(answer);
  return parsed.success
    ? null
    : `The answer was not saved: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'answer'}: ${i.message}`).join('; ')}.`;
}

/** Sets or (null) clears one answer in its own transaction; every other entry stays as it was. */
export async function setAnswer(key: string, answer: Answer | null): Promise<void> {
  const problem = answerProblem(key, answer);
  if (problem) throw new Error(problem);
  await withStorage(async (db) => {
    const tx = db.transaction(STORES.answers, 'readwrite');
    if (answer) await tx.store.put(AnswerSchema.parse(answer), key);
    else await tx.store.delete(key);
    await tx.done;
  });
  notifyStored(['answers']);
}
