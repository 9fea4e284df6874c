/** Interviews, their turns and memos in the database. */
import { database } from './instance';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Interview, Memo, StoredTurn } from '../../shared/interview/interview';
import type { VeldwerkDatabase } from './database';
import type * as RecordChecks from '../../shared/backup/record-check';
import type { CheckedTable } from '../../shared/backup/record-check';

/** A turn's or memo's problems, each named with the record: "turns t-12: text: …". */
function problemsOf(checks: typeof RecordChecks, table: CheckedTable, raw: unknown): string[] {
  const check = checks.checkStoredRecord(table, raw);
  return check.ok ? [] : check.problems.map((problem) => `${table} ${checks.idOfRecord(table, raw)}: ${problem}`);
}

import { DamagedInterviewError } from './damaged-interview-error';
export { DamagedInterviewError };
export { openInterviews, useOpenInterviews } from './open-interviews';
import { keepSummary, summaryTables } from './interview-summaries';

/** Interview fields the summary depends on (reading order, start of the clock, the guide, what the overview shows). */
const SUMMARISED_FIELDS = [
  'turnOrder',
  'startedAt',
  'guide',
  'status',
  'respondentId',
  'createdAt',
  'askedByHand',
  'notAskedByHand',
] as const;

export async function createInterview(db: VeldwerkDatabase, interview: Interview): Promise<void> {
  await db.transaction('rw', summaryTables(db), async () => {
    await db.interviews.add(interview);
    await keepSummary(db, interview.id);
  });
}

export async function loadInterview(
  db: VeldwerkDatabase,
  id: string,
): Promise<{ interview: Interview; turns: StoredTurn[]; memos: Memo[] } | undefined> {
  // Loaded before the transaction (which would not outlive the wait): the interview screen's code, not the first screen's.
  const [{ checkInterviewRecord }, checks] = await Promise.all([
    import('../../shared/interview/record-check'),
    import('../../shared/backup/record-check'),
  ]);
  return db.transaction('r', db.interviews, db.turns, db.memos, async () => {
    const raw: unknown = await db.interviews.get(id);
    if (!raw) return undefined;
    const check = checkInterviewRecord(raw);
    if (!check.ok) throw new DamagedInterviewError(id, check.problems, check.repaired);
    const interview = check.interview;
    const [turns, memos] = await Promise.all([
      db.turns.where('interviewId').equals(id).toArray(),
      db.memos.where('interviewId').equals(id).sortBy('at'),
    ]);
    // A damaged turn or memo stops the screen too: editing around it could lose its place.
    const damaged = [
      ...turns.flatMap((turn) => problemsOf(checks, 'turns', turn)),
      ...memos.flatMap((memo) => problemsOf(checks, 'memos', memo)),
    ];
    if (damaged.length > 0) throw new DamagedInterviewError(id, damaged.slice(0, 20), undefined);
    return { interview, turns, memos };
  });
}

/** Everything stored for an interview, as it is, however damaged: for exporting it. */
export async function rawInterviewRecords(db: VeldwerkDatabase, id: string): Promise<Record<string, unknown>> {
  return db.transaction('r', db.interviews, db.turns, db.memos, db.reflections, async () => ({
    interview: await db.interviews.get(id),
    turns: await db.turns.where('interviewId').equals(id).toArray(),
    memos: await db.memos.where('interviewId').equals(id).toArray(),
    reflection: await db.reflections.get(id),
  }));
}

/** Writes a repaired record over a damaged one; its summary follows. */
export async function replaceInterviewRecord(db: VeldwerkDatabase, interview: Interview): Promise<void> {
  await db.transaction('rw', summaryTables(db), async () => {
    await db.interviews.put(interview);
    await keepSummary(db, interview.id);
  });
}

/** Removes an interview with its turns, memos and reflection. */
export async function removeInterview(db: VeldwerkDatabase, id: string): Promise<void> {
  const tables = [
    db.interviews,
    db.turns,
    db.memos,
    db.reflections,
    db.codings,
    db.factsOfTurns,
    db.interviewSummaries,
  ];
  await db.transaction('rw', tables, async () => {
    await db.turns.where('interviewId').equals(id).delete();
    await db.memos.where('interviewId').equals(id).delete();
    await db.codings.where('interviewId').equals(id).delete();
    await db.factsOfTurns.where('interviewId').equals(id).delete();
    await db.interviewSummaries.delete(id);
    await db.reflections.delete(id);
    await db.interviews.delete(id);
  });
}

export async function updateInterview(
  db: VeldwerkDatabase,
  id: string,
  changes: Partial<Omit<Interview, 'id'>>,
): Promise<void> {
  if (!SUMMARISED_FIELDS.some((field) => field in changes)) {
    await db.interviews.update(id, changes);
    return;
  }
  await db.transaction('rw', summaryTables(db), async () => {
    await db.interviews.update(id, changes);
    await keepSummary(db, id);
  });
}

/** Saves the text of turns typed in (the hot path: one small write per batch). */
export async function saveTurnTexts(db: VeldwerkDatabase, turns: readonly StoredTurn[]): Promise<void> {
  await db.transaction('rw', summaryTables(db), async () => {
    await db.turns.bulkPut([...turns]);
    for (const interviewId of new Set(turns.map((t) => t.interviewId))) {
      await keepSummary(
        db,
        interviewId,
        turns.filter((t) => t.interviewId === interviewId),
      );
    }
  });
}

/** A change to the structure of the transcript: order, new or changed turns, removed turns, in one transaction. */
export async function saveTranscriptStructure(
  db: VeldwerkDatabase,
  interviewId: string,
  change: { turnOrder: string[]; put: StoredTurn[]; remove: string[]; updatedAt: number },
): Promise<void> {
  await db.transaction('rw', summaryTables(db), async () => {
    if (change.remove.length > 0) await db.turns.bulkDelete(change.remove);
    if (change.put.length > 0) await db.turns.bulkPut(change.put);
    await db.interviews.update(interviewId, { turnOrder: change.turnOrder, updatedAt: change.updatedAt });
    await keepSummary(db, interviewId, change.put, change.remove);
  });
}

export async function saveMemo(db: VeldwerkDatabase, memo: Memo): Promise<void> {
  await db.memos.put(memo);
}

/** The side memos of the given interviews, oldest first. */
export async function memosOfInterviews(db: VeldwerkDatabase, interviewIds: readonly string[]): Promise<Memo[]> {
  return db.memos
    .where('interviewId')
    .anyOf([...interviewIds])
    .sortBy('at');
}

export async function deleteMemo(db: VeldwerkDatabase, id: string): Promise<void> {
  await db.memos.delete(id);
}

export async function interviewsOfRespondent(db: VeldwerkDatabase, respondentId: string): Promise<Interview[]> {
  return db.interviews.where('respondentId').equals(respondentId).sortBy('createdAt');
}

/** Every interview of a study, oldest first: the columns of the study overview. */
export async function interviewsOfStudy(db: VeldwerkDatabase, studyId: string): Promise<Interview[]> {
  return db.interviews.where('studyId').equals(studyId).sortBy('createdAt');
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

/** Every held interview of a study with all its turns, live: what the study search indexes. */
export function useInterviewsWithTurns(studyId: string): { interviews: Interview[]; turns: StoredTurn[] } | undefined {
  return useLiveQuery(() => interviewsWithTurns(database(), studyId), [studyId]);
}

export function useInterviewsOfRespondent(respondentId: string): Interview[] | undefined {
  return useLiveQuery(() => interviewsOfRespondent(database(), respondentId), [respondentId]);
}

/** A few interviews with their turns, live (the quotes behind one cell of the code matrix); empty for none. */
export function useInterviewsAndTurns(
  interviewIds: readonly string[],
): { interviews: Interview[]; turns: StoredTurn[] } | undefined {
  const key = interviewIds.join('\n');
  return useLiveQuery(
    async () => {
      if (interviewIds.length === 0) return { interviews: [], turns: [] };
      const db = database();
      const [interviews, turns] = await Promise.all([
        db.interviews.bulkGet([...interviewIds]),
        db.turns.where('interviewId').anyOf(interviewIds).toArray(),
      ]);
      return { interviews: interviews.filter((i): i is Interview => i !== undefined), turns };
    },
    // The ids as one string: a new array with the same ids is the same query.
    [key],
  );
}
