/**
 * v9 → v10: every interview's summary made again from its kept per-turn facts, so it
 * carries what the study overview shows of the interview (topic states, sections, who and
 * when; see shared/reflection/interview-summary.ts) and the overview reads no interview
 * record.
 */
import type { Transaction } from 'dexie';
import { summariesFromKeptFacts } from './summaries-from-kept-facts';

export function upgradeToV10(tx: Transaction): Promise<void> {
  return summariesFromKeptFacts(tx);
}
