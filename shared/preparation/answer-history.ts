/**
 * A new import replaces a respondent's answers but keeps the set it replaced, so a
 * wrong file costs nothing: "restore previous answers" swaps the two back (and can
 * itself be undone the same way).
 */
import type { PreviousAnswers, QuestionnaireResponse } from './schema';

function answerSet(response: QuestionnaireResponse, replacedAt: number): PreviousAnswers {
  const { id: _id, studyId: _studyId, previous: _previous, ...set } = response;
  return { ...set, replacedAt };
}

/** `next` saved over `current`: the current answers become the previous ones, unless there were none. */
export function replaceAnswers(
  current: QuestionnaireResponse | undefined,
  next: QuestionnaireResponse,
  now: number,
): QuestionnaireResponse {
  const { previous: _ignored, ...fresh } = next;
  if (current && Object.keys(current.answers).length > 0) return { ...fresh, previous: answerSet(current, now) };
  return current?.previous ? { ...fresh, previous: current.previous } : fresh;
}

/** The previous answers back in place, the replaced ones kept as previous; undefined when there are none. */
export function restorePreviousAnswers(current: QuestionnaireResponse, now: number): QuestionnaireResponse | undefined {
  if (!current.previous) return undefined;
  const { replacedAt: _replacedAt, ...restored } = current.previous;
  return { id: current.id, studyId: current.studyId, ...restored, updatedAt: now, previous: answerSet(current, now) };
}
