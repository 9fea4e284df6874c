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
import { database } from './instance';

/** The tables a transaction that keeps summaries must include. */
export function summaryTables(db: VeldwerkDatabase) {
  return [db.interviews, db.turns, db.turnFacts, db.interviewSummaries];
}

/**
 * Brings the interview's facts and summary up to date after `put` turns were written and
 * `remove` ones deleted. Facts missing (never built) are built from the stored turns.
 * Call inside a transaction over summaryTables, after the turns and the interview are written.
 */
export async function keepSummary(
  db: VeldwerkDatabase,
  interviewId: string,
  put: readonly StoredTurn[] = [],
  remove: readonly string[] = [],
): Promise<void> {
  if (remove.length === 0 && put.length > 0) {
    // Typing: only texts changed, so only the word counts and question kinds can move.
    const [summary, kept] = await Promise.all([db.interviewSummaries.get(interviewId), db.turnFacts.get(interviewId)]);
    const quick = summary?.automaticCounts && kept ? afterRetyping(summary, kept.facts, put) : undefined;
    if (quick) {
      if (quick.facts !== kept!.facts) await db.turnFacts.put({ interviewId, facts: quick.facts });
      if (quick.summary !== summary) await db.interviewSummaries.put(quick.summary);
      return;
    }
  }
  const [interview, stored] = await Promise.all([db.interviews.get(interviewId), db.turnFacts.get(interviewId)]);
  if (!interview) return;
  let facts: TurnFacts;
  let factsChanged: boolean;
  if (stored) {
    const next = withTurnChanges(stored.facts, put, remove);
    facts = next ?? stored.facts;
    factsChanged = next !== undefined;
  } else {
    facts = factsOf(await db.turns.where('interviewId').equals(interviewId).toArray());
    factsChanged = true;
  }
  const summary = summarize(interview, facts);
  if (factsChanged) await db.turnFacts.put({ interviewId, facts });
  // The summary also follows the interview (reading order, start), so it is written even when the facts did not change.
  await db.interviewSummaries.put(summary);
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
    const [interview, firstSummary, firstFacts] = await Promise.all([
      db.interviews.get(interviewId),
      db.interviewSummaries.get(interviewId),
      db.turnFacts.get(interviewId),
    ]);
    if (!interview) return undefined;
    const check = checkInterviewRecord(interview);
    if (!check.ok) throw new DamagedInterviewError(interviewId, check.problems, check.repaired);
    let summary = firstSummary;
    let stored = firstFacts;
    if (!summary || !stored) {
      await keepSummary(db, interviewId);
      [summary, stored] = await Promise.all([db.interviewSummaries.get(interviewId), db.turnFacts.get(interviewId)]);
    }
    return { interview, summary: summary!, facts: stored!.facts };
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
