/** Interviews, their turns and memos in the database. */
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
