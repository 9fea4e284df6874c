/**
 * v8 → v9: every interview's summary made again from its kept per-turn facts, so it
 * carries the counts of its automatic codes (speaker, section, topic) the code matrix
 * adds up. The facts hold speaker and guide link per turn, so no turn is read.
 */
import type { Transaction } from 'dexie';
import type { Interview, StoredTurn } from '../../../shared/interview/interview';
import { factsOf, summarize, type TurnFacts } from '../../../shared/reflection/interview-summary';

export async function upgradeToV9(tx: Transaction): Promise<void> {
  const interviews: Interview[] = await tx.table('interviews').toArray();
  for (const interview of interviews) {
    const kept: { facts: TurnFacts } | undefined = await tx.table('turnFacts').get(interview.id);
    let facts = kept?.facts;
    if (!facts) {
      // Never summarised (written outside the data layer): built from its turns, as v7 did.
      const turns: StoredTurn[] = await tx.table('turns').where('interviewId').equals(interview.id).toArray();
      facts = factsOf(turns);
      await tx.table('turnFacts').put({ interviewId: interview.id, facts });
    }
    await tx.table('interviewSummaries').put(summarize(interview, facts));
  }
}
