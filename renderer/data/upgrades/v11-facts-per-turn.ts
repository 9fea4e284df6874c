/**
 * v10 → v11: each interview's kept turn facts (one record per interview in `turnFacts`)
 * moved into `factsOfTurns`, one record per turn. Dexie drops `turnFacts` after this
 * runs (schema-versions.ts), so nothing is stored twice. An interview without kept facts
 * (written outside the data layer) gets them, and its summary, from its turns.
 */
import type { Transaction } from 'dexie';
import type { Interview, StoredTurn } from '../../../shared/interview/interview';
import { factsOf, summarize, type TurnFacts } from '../../../shared/reflection/interview-summary';
import { factRecords } from '../turn-fact-records';

export async function upgradeToV11(tx: Transaction): Promise<void> {
  const interviews: Interview[] = await tx.table('interviews').toArray();
  for (const interview of interviews) {
    const kept: { facts: TurnFacts } | undefined = await tx.table('turnFacts').get(interview.id);
    let facts = kept?.facts;
    if (!facts) {
      const turns: StoredTurn[] = await tx.table('turns').where('interviewId').equals(interview.id).toArray();
      facts = factsOf(turns);
      await tx.table('interviewSummaries').put(summarize(interview, facts));
    }
    await tx.table('factsOfTurns').bulkPut(factRecords(interview.id, facts));
  }
}
