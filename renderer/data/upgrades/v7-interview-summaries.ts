/** v6 → v7: a summary and per-turn facts for every interview already held (see data/interview-summaries.ts). */
import type { Transaction } from 'dexie';
import type { Interview, StoredTurn } from '../../../shared/interview/interview';
import { factsOf, summarize } from '../../../shared/reflection/interview-summary';

export async function upgradeToV7(tx: Transaction): Promise<void> {
  const interviews: Interview[] = await tx.table('interviews').toArray();
  for (const interview of interviews) {
    const turns: StoredTurn[] = await tx.table('turns').where('interviewId').equals(interview.id).toArray();
    const facts = factsOf(turns);
    await tx.table('turnFacts').put({ interviewId: interview.id, facts });
    await tx.table('interviewSummaries').put(summarize(interview, facts));
  }
}
