/** Interviews, their turns and memos in the database. */
import { database } from './instance';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Interview, Memo, StoredTurn } from '../../shared/interview/interview';
import type { VeldwerkDatabase } from './database';

export async function createInterview(db: VeldwerkDatabase, interview: Interview): Promise<void> {
  await db.interviews.add(interview);
}

export async function loadInterview(
  db: VeldwerkDatabase,
  id: string,
): Promise<{ interview: Interview; turns: StoredTurn[]; memos: Memo[] } | undefined> {
  return db.transaction('r', db.interviews, db.turns, db.memos, async () => {
    const interview = await db.interviews.get(id);
    if (!interview) return undefined;
    const [turns, memos] = await Promise.all([
      db.turns.where('interviewId').equals(id).toArray(),
      db.memos.where('interviewId').equals(id).sortBy('at'),
    ]);
    return { interview, turns, memos };
  });
}

export async function updateInterview(
  db: VeldwerkDatabase,
  id: string,
  changes: Partial<Omit<Interview, 'id'>>,
): Promise<void> {
  await db.interviews.update(id, changes);
}

/** Saves the text of turns typed in (the hot path: one small write per batch). */
export async function saveTurnTexts(db: VeldwerkDatabase, turns: readonly StoredTurn[]): Promise<void> {
  await db.turns.bulkPut([...turns]);
}

/** A change to the structure of the transcript: order, new or changed turns, removed turns, in one transaction. */
export async function saveTranscriptStructure(
  db: VeldwerkDatabase,
  interviewId: string,
  change: { turnOrder: string[]; put: StoredTurn[]; remove: string[]; updatedAt: number },
): Promise<void> {
  await db.transaction('rw', db.interviews, db.turns, async () => {
    if (change.remove.length > 0) await db.turns.bulkDelete(change.remove);
    if (change.put.length > 0) await db.turns.bulkPut(change.put);
    await db.interviews.update(interviewId, { turnOrder: change.turnOrder, updatedAt: change.updatedAt });
  });
}

export async function saveMemo(db: VeldwerkDatabase, memo: Memo): Promise<void> {
  await db.memos.put(memo);
}

/** The side memos of the given interviews, oldest first. */
export async function memosOfInterviews(db: VeldwerkDatabase, interviewIds: readonly string[]): Promise<Memo[]> {
  return db.memos.where('interviewId').anyOf([...interviewIds]).sortBy('at');
}

export async function deleteMemo(db: VeldwerkDatabase, id: string): Promise<void> {
  await db.memos.delete(id);
}

export async function interviewsOfRespondent(db: VeldwerkDatabase, respondentId: string): Promise<Interview[]> {
  return db.interviews.where('respondentId').equals(respondentId).sortBy('createdAt');
}

/** Interviews that were started and not ended: offered for resuming. */
export async function openInterviews(db: VeldwerkDatabase, studyId: string): Promise<Interview[]> {
  const all = await db.interviews.where('studyId').equals(studyId).toArray();
  return all.filter((i) => i.status !== 'ended').sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Every interview of a study, oldest first: the columns of the study overview. */
export async function interviewsOfStudy(db: VeldwerkDatabase, studyId: string): Promise<Interview[]> {
  return db.interviews.where('studyId').equals(studyId).sortBy('createdAt');
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

/** One interview (`only`) or every interview of the study past its consent step, with their turns. */
export async function interviewsWithTurns(
  db: VeldwerkDatabase,
  studyId: string,
  only?: string,
): Promise<{ interviews: Interview[]; turns: StoredTurn[] }> {
  const interviews = only
    ? await db.interviews.where('id').equals(only).toArray()
    : (await interviewsOfStudy(db, studyId)).filter((i) => i.status !== 'consent');
  const turns = await db.turns
    .where('interviewId')
    .anyOf(interviews.map((i) => i.id))
    .toArray();
  return { interviews, turns };
}

export function useInterviewsOfRespondent(respondentId: string): Interview[] | undefined {
  return useLiveQuery(() => interviewsOfRespondent(database(), respondentId), [respondentId]);
}

export function useOpenInterviews(studyId: string): Interview[] | undefined {
  return useLiveQuery(() => openInterviews(database(), studyId), [studyId]);
}

/** A held interview with the guide nodes its turns were typed under, for the overview. */
export interface HeldInterviewNodes {
  interview: Interview;
  turns: Pick<StoredTurn, 'nodeId'>[];
}

/** Interviews past the consent step, oldest first; undefined while loading. */
export function useHeldInterviews(studyId: string): HeldInterviewNodes[] | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const held = (await interviewsOfStudy(db, studyId)).filter((i) => i.status !== 'consent');
    const turns = await linkedNodesOfStudy(
      db,
      held.map((i) => i.id),
    );
    return held.map((interview) => ({ interview, turns: turns.get(interview.id) ?? [] }));
  }, [studyId]);
}
