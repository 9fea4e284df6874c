/** Reflections in the database: one per interview, kept per study for the carry-forward and the overview. */
import { interviewsOfStudy } from './interviews';
import { database } from './instance';
import { useLiveQuery } from 'dexie-react-hooks';
import { clearTopic } from '../../shared/reflection/reflection';
import type { RespondentDraft } from '../../shared/respondents/schema';
import { checkStoredRecord } from '../../shared/backup/record-check';
import type { VeldwerkDatabase } from './database';
import type { StoredReflection } from './records';
import { addRespondent } from './respondents';

export type { StoredReflection };

export async function loadReflection(db: VeldwerkDatabase, interviewId: string): Promise<StoredReflection | undefined> {
  return db.reflections.get(interviewId);
}

/** What is wrong with the interview's stored reflection; empty when it is sound or absent. */
export async function reflectionProblems(db: VeldwerkDatabase, interviewId: string): Promise<string[]> {
  const stored: unknown = await db.reflections.get(interviewId);
  if (stored === undefined) return [];
  const check = checkStoredRecord('reflections', stored);
  return check.ok ? [] : check.problems.map((problem) => `reflections ${interviewId}: ${problem}`);
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

export function useReflectionsOfStudy(studyId: string): StoredReflection[] | undefined {
  return useLiveQuery(() => reflectionsOfStudy(database(), studyId), [studyId]);
}

/** The study's reflections with which respondent each interview was with (for "raised by"). */
export interface StudyReflections {
  reflections: StoredReflection[];
  respondentOf: Map<string, string>;
  /** When they were read: what counts as cleared is judged at this moment. */
  readAt: number;
}

export function useStudyReflections(studyId: string): StudyReflections | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [reflections, interviews] = await Promise.all([
      reflectionsOfStudy(db, studyId),
      interviewsOfStudy(db, studyId),
    ]);
    return { reflections, respondentOf: new Map(interviews.map((i) => [i.id, i.respondentId])), readAt: Date.now() };
  }, [studyId]);
}
