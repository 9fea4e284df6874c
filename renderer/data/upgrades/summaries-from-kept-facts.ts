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

/**
 * An interview's kept per-interview turn facts (versions 7 to 10), or, when it has none,
 * its facts built from its turns (`built`: the caller stores what it needs of them).
 */
export async function keptOrBuiltFacts(
  tx: Transaction,
  interviewId: string,
): Promise<{ facts: TurnFacts; built: boolean }> {
  const kept: { facts: TurnFacts } | undefined = await tx.table('turnFacts').get(interviewId);
  if (kept?.facts) return { facts: kept.facts, built: false };
  const turns: StoredTurn[] = await tx.table('turns').where('interviewId').equals(interviewId).toArray();
  return { facts: factsOf(turns), built: true };
}

export async function summariesFromKeptFacts(tx: Transaction): Promise<void> {
  const interviews: Interview[] = await tx.table('interviews').toArray();
  for (const interview of interviews) {
    const { facts, built } = await keptOrBuiltFacts(tx, interview.id);
    if (built) await tx.table('turnFacts').put({ interviewId: interview.id, facts });
    await tx.table('interviewSummaries').put(summarize(interview, facts));
  }
}
