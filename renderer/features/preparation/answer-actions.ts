/** Saving questionnaire answers, by file import or by hand. */
import i18next from 'i18next';
import type { Answer, Answers } from '../../../shared/responses/schema';
import { replaceAnswers, restorePreviousAnswers } from '../../../shared/preparation/answer-history';
import type { QuestionnaireResponse } from '../../../shared/preparation/schema';
import { guarded } from '../../app/notices';
import { database } from '../../db/instance';

/** Sets (or clears, with undefined) one answer; the first hand-typed answer creates the response. */
export async function setAnswer(
  base: { respondentId: string; studyId: string; questionnaireId: string },
  questionId: string,
  answer: Answer | undefined,
): Promise<void> {
  await guarded(async () => {
    const db = database();
    await db.transaction('rw', db.responses, async () => {
      const current: QuestionnaireResponse = (await db.responses.get(base.respondentId)) ?? {
        id: base.respondentId,
        studyId: base.studyId,
        questionnaireId: base.questionnaireId,
        source: 'manual',
        answers: {},
        unmatchedColumns: [],
        unknownAnswers: [],
        updatedAt: Date.now(),
      };
      const answers: Answers = { ...current.answers };
      if (answer && (answer.values.length > 0 || answer.text?.trim())) answers[questionId] = answer;
      else delete answers[questionId];
      await db.responses.put({ ...current, answers, updatedAt: Date.now() });
    });
  }, i18next.t('errors.saveFailed'));
}

/** Saves imported answers; the answers they replace are kept, to restore. */
export async function replaceResponse(response: QuestionnaireResponse): Promise<boolean> {
  return guarded(async () => {
    const db = database();
    await db.transaction('rw', db.responses, async () => {
      await db.responses.put(replaceAnswers(await db.responses.get(response.id), response, Date.now()));
    });
  }, i18next.t('errors.saveFailed'));
}

/** Puts the answers the last import replaced back (keeping the replaced ones, so this too can be undone). */
export async function restorePrevious(respondentId: string): Promise<boolean> {
  return guarded(async () => {
    const db = database();
    await db.transaction('rw', db.responses, async () => {
      const current = await db.responses.get(respondentId);
      const restored = current && restorePreviousAnswers(current, Date.now());
      if (restored) await db.responses.put(restored);
    });
  }, i18next.t('errors.saveFailed'));
}

export async function removeResponse(respondentId: string): Promise<void> {
  await guarded(() => database().responses.delete(respondentId), i18next.t('errors.saveFailed'));
}
