/**
 * v10 → v11: each interview's kept turn facts (one record per interview in `turnFacts`)
 * moved into `factsOfTurns`, one record per turn. Dexie drops `turnFacts` after this
 * runs (schema-versions.ts), so nothing is stored twice. An interview without kept facts
 * (written outside the data layer) gets them, and its summary, from its turns.
 */
import type { Transaction } from 'dexie';
import type { Interview } from '../../../shared/interview/interview';
import { summarize } from '../../../shared/reflection/interview-summary';
import { factRecords } from '../turn-fact-records';
import { keptOrBuiltFacts } from './summaries-from-kept-facts';

export async function upgradeToV11(tx: Transaction): Promise<void> {
  const interviews: Interview[] = await tx.table('interviews').toArray();
  for (const interview of interviews) {
    const { facts, built } = await keptOrBuiltFacts(tx, interview.id);
    if (built) await tx.table('interviewSummaries').put(summarize(interview, facts));
    await tx.table('factsOfTurns').bulkPut(factRecords(interview.id, facts));
  }
}
