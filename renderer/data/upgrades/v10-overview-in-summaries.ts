/**
 * v9 → v10: every interview's summary made again from its kept per-turn facts, so it
 * carries what the study overview shows of the interview (topic states, sections, who and
 * when; see shared/reflection/interview-summary.ts) and the overview reads no interview
 * record. The facts hold the guide links per turn, so no turn is read unless an interview
 * was never summarised.
 */
import type { Transaction } from 'dexie';
import type { Interview, StoredTurn } from '../../../shared/interview/interview';
import { factsOf, summarize, type TurnFacts } from '../../../shared/reflection/interview-summary';

export async function upgradeToV10(tx: Transaction): Promise<void> {
  const interviews: Interview[] = await tx.table('interviews').toArray();
  for (const interview of interviews) {
    const kept: { facts: TurnFacts } | undefined = await tx.table('turnFacts').get(interview.id);
    let facts = kept?.facts;
    if (!facts) {
      const turns: StoredTurn[] = await tx.table('turns').where('interviewId').equals(interview.id).toArray();
      facts = factsOf(turns);
      await tx.table('turnFacts').put({ interviewId: interview.id, facts });
    }
    await tx.table('interviewSummaries').put(summarize(interview, facts));
  }
}
