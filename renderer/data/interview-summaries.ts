/**
 * Each interview's summary (shared/reflection/interview-summary.ts), kept in step with
 * its turns: every function in this layer that writes turns or the reading order calls
 * `keepSummary` inside its own transaction, so a summary never disagrees with the turns
 * it was made from. The overview and the reflection read summaries, never all turns.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Interview, StoredTurn } from '../../shared/interview/interview';
import { checkInterviewRecord } from '../../shared/interview/record-check';
import { DamagedInterviewError } from './damaged-interview-error';
import {
  afterRetyping,
  factsOf,
  summarize,
  withTurnChanges,
  type InterviewSummary,
  type TurnFacts,
} from '../../shared/reflection/interview-summary';
import type { VeldwerkDatabase } from './database';
import type { StoredTurnFact } from './records';
import { factRecords, factsFromRecords } from './turn-fact-records';
import { database } from './instance';

/** The tables a transaction that keeps summaries must include. */
export function summaryTables(db: VeldwerkDatabase) {
  return [db.interviews, db.turns, db.factsOfTurns, db.interviewSummaries];
}

/** The kept facts of every turn of the interview. */
async function keptFacts(db: VeldwerkDatabase, interviewId: string): Promise<TurnFacts> {
  return factsFromRecords(await db.factsOfTurns.where('interviewId').equals(interviewId).toArray());
}

/**
 * Brings the interview's facts and summary up to date after `put` turns were written and
 * `remove` ones deleted. Only the facts of those turns are written (one record per turn).
 * An interview never summarised has its facts built from its stored turns.
 * Call inside a transaction over summaryTables, after the turns and the interview are written.
 */
export async function keepSummary(
  db: VeldwerkDatabase,
  interviewId: string,
  put: readonly StoredTurn[] = [],
  remove: readonly string[] = [],
): Promise<void> {
  if (remove.length === 0 && put.length > 0) {
    // Typing: only texts changed, so only the word counts and question kinds can move,
    // and only the facts of the saved turns are read and written.
    const [summary, kept] = await Promise.all([
      db.interviewSummaries.get(interviewId),
      db.factsOfTurns.bulkGet(put.map((turn) => turn.id)),
    ]);
    if (summary?.automaticCounts && kept.every((record) => record?.interviewId === interviewId)) {
      const before = factsFromRecords(kept as StoredTurnFact[]);
      const quick = afterRetyping(summary, before, put);
      if (quick) {
        const changed = new Set(put.map((turn) => turn.id).filter((id) => quick.facts[id] !== before[id]));
        if (changed.size > 0) await db.factsOfTurns.bulkPut(factRecords(interviewId, quick.facts, changed));
        if (quick.summary !== summary) await db.interviewSummaries.put(quick.summary);
        return;
      }
    }
  }
  const [interview, summary] = await Promise.all([
    db.interviews.get(interviewId),
    db.interviewSummaries.get(interviewId),
  ]);
  if (!interview) return;
  let facts: TurnFacts;
  if (summary) {
    const stored = await keptFacts(db, interviewId);
    facts = withTurnChanges(stored, put, remove) ?? stored;
    if (facts !== stored) {
      const gone = remove.filter((id) => Object.hasOwn(stored, id));
      if (gone.length > 0) await db.factsOfTurns.bulkDelete(gone);
      const changed = new Set(put.map((turn) => turn.id).filter((id) => facts[id] !== stored[id]));
      if (changed.size > 0) await db.factsOfTurns.bulkPut(factRecords(interviewId, facts, changed));
    }
  } else {
    // Never summarised (or written outside the data layer): built whole from the stored turns.
    facts = factsOf(await db.turns.where('interviewId').equals(interviewId).toArray());
    await db.factsOfTurns.where('interviewId').equals(interviewId).delete();
    await db.factsOfTurns.bulkPut(factRecords(interviewId, facts));
  }
  // The summary also follows the interview (reading order, start), so it is written even when the facts did not change.
  await db.interviewSummaries.put(summarize(interview, facts));
}

/** Each interview's facts, in the order of `interviews`, from turns in memory of any of them, in any order. */
export function factsOfEach(interviews: readonly Interview[], turns: readonly StoredTurn[]): TurnFacts[] {
  const byInterview = new Map<string, StoredTurn[]>(interviews.map((i) => [i.id, []]));
  for (const turn of turns) byInterview.get(turn.interviewId)?.push(turn);
  return interviews.map((interview) => factsOf(byInterview.get(interview.id)!));
}

/**
 * Facts and summaries made for interviews that come in whole (a restore, a copy, an
 * import), from their turns already in memory, in bulk. Call inside a transaction over
 * summaryTables.
 */
export async function summariseArrived(
  db: VeldwerkDatabase,
  interviews: readonly Interview[],
  turns: readonly StoredTurn[],
): Promise<void> {
  if (interviews.length === 0) return;
  const facts = factsOfEach(interviews, turns);
  await db.factsOfTurns.bulkPut(interviews.flatMap((interview, i) => factRecords(interview.id, facts[i]!)));
  await db.interviewSummaries.bulkPut(interviews.map((interview, i) => summarize(interview, facts[i]!)));
}

export async function summariesOfStudy(db: VeldwerkDatabase, studyId: string): Promise<InterviewSummary[]> {
  return db.interviewSummaries.where('studyId').equals(studyId).toArray();
}

/** One interview with its summary and per-turn facts: what the reflection measures from. */
export async function loadSummarisedInterview(
  db: VeldwerkDatabase,
  interviewId: string,
): Promise<{ interview: Interview; summary: InterviewSummary; facts: TurnFacts } | undefined> {
  return db.transaction('rw', summaryTables(db), async () => {
    const [interview, firstSummary] = await Promise.all([
      db.interviews.get(interviewId),
      db.interviewSummaries.get(interviewId),
    ]);
    if (!interview) return undefined;
    const check = checkInterviewRecord(interview);
    if (!check.ok) throw new DamagedInterviewError(interviewId, check.problems, check.repaired);
    let summary = firstSummary;
    if (!summary) {
      await keepSummary(db, interviewId);
      summary = await db.interviewSummaries.get(interviewId);
    }
    return { interview, summary: summary!, facts: await keptFacts(db, interviewId) };
  });
}

/** The texts of a few turns (the reflection's list of questions), by id. */
export async function textsOfTurns(db: VeldwerkDatabase, turnIds: readonly string[]): Promise<Map<string, string>> {
  const turns = await db.turns.bulkGet([...turnIds]);
  return new Map(turns.flatMap((turn) => (turn ? [[turn.id, turn.text] as const] : [])));
}

export function useSummariesOfStudy(studyId: string): InterviewSummary[] | undefined {
  return useLiveQuery(() => summariesOfStudy(database(), studyId), [studyId]);
}
