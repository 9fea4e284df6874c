/** Reflections in the database: one per interview, kept per study for the carry-forward and the overview. */
import type { StoredTurn } from '../../shared/interview/interview';
import { clearTopic, type Reflection } from '../../shared/reflection/reflection';
import type { RespondentDraft } from '../../shared/respondents/schema';
import type { VeldwerkDatabase } from './database';
import { addRespondent } from './respondents';

/** A reflection plus the study it belongs to (the shared shape knows only its interview). */
export type StoredReflection = Reflection & { studyId: string };

export async function loadReflection(db: VeldwerkDatabase, interviewId: string): Promise<StoredReflection | undefined> {
  return db.reflections.get(interviewId);
}

export async function saveReflection(db: VeldwerkDatabase, reflection: StoredReflection): Promise<void> {
  await db.reflections.put(reflection);
}

export async function reflectionsOfStudy(db: VeldwerkDatabase, studyId: string): Promise<StoredReflection[]> {
  return db.reflections.where('studyId').equals(studyId).toArray();
}

/** Clears a carried-forward topic in every reflection of the study that raised it, in one transaction. */
export async function clearCarriedTopic(
  db: VeldwerkDatabase,
  studyId: string,
  topicKey: string,
  at: number,
): Promise<void> {
  await db.transaction('rw', db.reflections, async () => {
    const all = await reflectionsOfStudy(db, studyId);
    const cleared = clearTopic(all, topicKey, at);
    const changed = cleared.filter((r, i) => r !== all[i]) as StoredReflection[];
    if (changed.length > 0) await db.reflections.bulkPut(changed);
  });
}

/** What the study overview needs of each interview's transcript: which guide node each turn is linked to. */
export async function linkedNodesOfStudy(
  db: VeldwerkDatabase,
  interviewIds: readonly string[],
): Promise<Map<string, Pick<StoredTurn, 'nodeId'>[]>> {
  const turns = await db.turns
    .where('interviewId')
    .anyOf([...interviewIds])
    .toArray();
  const byInterview = new Map<string, Pick<StoredTurn, 'nodeId'>[]>(interviewIds.map((id) => [id, []]));
  for (const turn of turns) byInterview.get(turn.interviewId)?.push({ nodeId: turn.nodeId });
  return byInterview;
}

/** Adds a suggested respondent to the list and saves the reflection that records it, in one transaction. */
export async function addSuggestedRespondent(
  db: VeldwerkDatabase,
  reflection: StoredReflection,
  draft: RespondentDraft,
  made: { id: string; now: number },
): Promise<void> {
  await db.transaction('rw', db.respondents, db.reflections, async () => {
    await addRespondent(db, reflection.studyId, draft, made);
    await db.reflections.put(reflection);
  });
}
