/** Turn facts as the database keeps them: one record per turn (records.ts StoredTurnFact). */
import type { TurnFact, TurnFacts } from '../../shared/reflection/interview-summary';
import type { StoredTurnFact } from './records';

export function factRecords(
  interviewId: string,
  facts: TurnFacts,
  ids: Iterable<string> = Object.keys(facts),
): StoredTurnFact[] {
  const records: StoredTurnFact[] = [];
  for (const id of ids) records.push({ id, interviewId, fact: facts[id]! });
  return records;
}

export function factsFromRecords(records: readonly StoredTurnFact[]): TurnFacts {
  const facts: Record<string, TurnFact> = {};
  for (const record of records) facts[record.id] = record.fact;
  return facts;
}
