/** Preparations and questionnaire responses, both keyed by respondent id. */
import { emptyPreparation, type Preparation, type QuestionnaireResponse } from '../../shared/preparation/schema';
import type { VeldwerkDatabase } from './database';

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
