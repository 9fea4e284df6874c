/** Preparations and questionnaire responses, both keyed by respondent id. */
import { colleaguesOf, respondentsOfStudy } from './respondents';
import { database } from './instance';
import type { Answer, Answers } from '../../shared/responses/schema';
import type { RespondentAnswers } from '../../shared/design/rule-reach';
import { replaceAnswers, restorePreviousAnswers } from '../../shared/preparation/answer-history';
import type { PreparationRecords } from '../../shared/preparation/assemble';
import { useLiveQuery } from 'dexie-react-hooks';
import { emptyPreparation } from '../../shared/preparation/empty';
import type { Preparation, QuestionnaireResponse } from '../../shared/preparation/schema';
import type { VeldwerkDatabase } from './database';

export { useRespondentsWithAnswers } from './respondents-with-answers';

/** Applies a change to a respondent's preparation, creating it on first change. */
export async function changePreparation(
  db: VeldwerkDatabase,
  respondentId: string,
  studyId: string,
  change: (preparation: Preparation) => Preparation,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.preparations, async () => {
    const current = (await db.preparations.get(respondentId)) ?? emptyPreparation(respondentId, studyId, now);
    await db.preparations.put({ ...change(current), updatedAt: now });
  });
}

export async function saveResponse(db: VeldwerkDatabase, response: QuestionnaireResponse): Promise<void> {
  await db.responses.put(response);
}

/** Sets (or clears, with undefined) one answer; the first hand-typed answer creates the response. */
export async function setAnswerOf(
  db: VeldwerkDatabase,
  base: { respondentId: string; studyId: string; questionnaireId: string },
  questionId: string,
  answer: Answer | undefined,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.responses, async () => {
    const current: QuestionnaireResponse = (await db.responses.get(base.respondentId)) ?? {
      id: base.respondentId,
      studyId: base.studyId,
      questionnaireId: base.questionnaireId,
      source: 'manual',
      answers: {},
      unmatchedColumns: [],
      unknownAnswers: [],
      updatedAt: now,
    };
    const answers: Answers = { ...current.answers };
    if (answer && (answer.values.length > 0 || answer.text?.trim())) answers[questionId] = answer;
    else delete answers[questionId];
    await db.responses.put({ ...current, answers, updatedAt: now });
  });
}

/** Saves imported answers; the answers they replace are kept on the response, to restore. */
export async function replaceAnswersOf(
  db: VeldwerkDatabase,
  response: QuestionnaireResponse,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.responses, async () => {
    await db.responses.put(replaceAnswers(await db.responses.get(response.id), response, now));
  });
}

/** Swaps the answers back to the set the last import replaced (nothing when there is none). */
export async function restorePreviousAnswersOf(db: VeldwerkDatabase, respondentId: string, now: number): Promise<void> {
  await db.transaction('rw', db.responses, async () => {
    const current = await db.responses.get(respondentId);
    const restored = current && restorePreviousAnswers(current, now);
    if (restored) await db.responses.put(restored);
  });
}

export async function deleteResponse(db: VeldwerkDatabase, respondentId: string): Promise<void> {
  await db.responses.delete(respondentId);
}

/** How many of the study's preparations have `topicListId` chosen by hand (so it cannot simply disappear). */
export async function preparationsChoosing(
  db: VeldwerkDatabase,
  studyId: string,
  topicListId: string,
): Promise<number> {
  return db.preparations
    .where('studyId')
    .equals(studyId)
    .filter((p) => p.topicListId === topicListId)
    .count();
}

export async function responsesOfStudy(db: VeldwerkDatabase, studyId: string): Promise<QuestionnaireResponse[]> {
  return db.responses.where('studyId').equals(studyId).toArray();
}

export function useResponsesOfStudy(studyId: string): QuestionnaireResponse[] | undefined {
  return useLiveQuery(() => responsesOfStudy(database(), studyId), [studyId]);
}

/** The topics the researcher's own questions in preparations hang on (removing such a topic hides them). */
export function useOwnQuestionTopics(studyId: string): string[] | undefined {
  return useLiveQuery(
    async () =>
      (await database().preparations.where('studyId').equals(studyId).toArray()).flatMap((p) =>
        p.ownQuestions.map((q) => q.topicId),
      ),
    [studyId],
  );
}

/** Every answered questionnaire of the study with who answered it, for the rules' reach. */
export async function answersOfStudy(db: VeldwerkDatabase, studyId: string): Promise<RespondentAnswers[]> {
  const [respondents, responses] = await Promise.all([respondentsOfStudy(db, studyId), responsesOfStudy(db, studyId)]);
  const byId = new Map(respondents.map((r) => [r.id, r]));
  return responses.flatMap((response) => {
    const respondent = byId.get(response.id);
    if (!respondent) return [];
    return [
      {
        respondentId: respondent.id,
        typeId: respondent.typeId,
        organisation: respondent.organisation,
        questionnaireId: response.questionnaireId,
        answers: response.answers,
      },
    ];
  });
}

export function useAnswersOfStudy(studyId: string): RespondentAnswers[] | undefined {
  return useLiveQuery(() => answersOfStudy(database(), studyId), [studyId]);
}

export async function preparationRecords(
  db: VeldwerkDatabase,
  respondentId: string,
): Promise<PreparationRecords | null> {
  const respondent = await db.respondents.get(respondentId);
  if (!respondent) return null;
  const [response, preparation, colleagues] = await Promise.all([
    db.responses.get(respondentId),
    db.preparations.get(respondentId),
    colleaguesOf(db, respondent),
  ]);
  const peerResponses = await db.responses.bulkGet(colleagues.map((c) => c.id));
  const peers = colleagues.flatMap((colleague, i) => {
    const peer = peerResponses[i];
    return peer
      ? [{ respondentTypeId: colleague.typeId, questionnaireId: peer.questionnaireId, answers: peer.answers }]
      : [];
  });
  return { respondent, response, preparation, peers };
}

/** undefined while loading, null when the respondent does not exist (any more). */
export function usePreparationRecords(respondentId: string): PreparationRecords | null | undefined {
  return useLiveQuery(() => preparationRecords(database(), respondentId), [respondentId]);
}
