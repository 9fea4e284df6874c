/** Saving questionnaire answers, by file import or by hand. */
import { i18n } from '../../i18n';
import type { Answer } from '../../../shared/responses/schema';
import type { QuestionnaireResponse } from '../../../shared/preparation/schema';
import { guarded } from '../../ui/notices/notices';
import { database } from '../../data/instance';
import { deleteResponse, replaceAnswersOf, restorePreviousAnswersOf, setAnswerOf } from '../../data/preparations';

/** Sets (or clears, with undefined) one answer; the first hand-typed answer creates the response. */
export async function setAnswer(
  base: { respondentId: string; studyId: string; questionnaireId: string },
  questionId: string,
  answer: Answer | undefined,
): Promise<void> {
  await guarded(() => setAnswerOf(database(), base, questionId, answer, Date.now()), i18n.t('errors.saveFailed'));
}

/** Saves imported answers; the answers they replace are kept, to restore. */
export async function replaceResponse(response: QuestionnaireResponse): Promise<boolean> {
  return guarded(() => replaceAnswersOf(database(), response, Date.now()), i18n.t('errors.saveFailed'));
}

/** Puts the answers the last import replaced back (keeping the replaced ones, so this too can be undone). */
export async function restorePrevious(respondentId: string): Promise<boolean> {
  return guarded(() => restorePreviousAnswersOf(database(), respondentId, Date.now()), i18n.t('errors.saveFailed'));
}

export async function removeResponse(respondentId: string): Promise<void> {
  await guarded(() => deleteResponse(database(), respondentId), i18n.t('errors.saveFailed'));
}
