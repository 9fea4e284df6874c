/**
 * Every interview's summary made again from its kept per-turn facts (one `turnFacts`
 * record per interview, as versions 7 to 10 keep them): what an upgrade does when the
 * summary gains a field. The facts hold speaker, time and guide link per turn, so no turn
 * is read unless an interview was never summarised (written outside the data layer); its
 * facts are then built from its turns, as v7 did.
 */
import type { Transaction } from 'dexie';
import type { Interview, StoredTurn } from '../../../shared/interview/interview';
import { factsOf, summarize, type TurnFacts } from '../../../shared/reflection/interview-summary';

export async function summariesFromKeptFacts(tx: Transaction): Promise<void> {
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
