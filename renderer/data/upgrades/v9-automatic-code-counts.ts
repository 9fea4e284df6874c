/**
 * v8 → v9: every interview's summary made again from its kept per-turn facts, so it
 * carries the counts of its automatic codes (speaker, section, topic) the code matrix
 * adds up.
 */
import type { Transaction } from 'dexie';
import { summariesFromKeptFacts } from './summaries-from-kept-facts';

export function upgradeToV9(tx: Transaction): Promise<void> {
  return summariesFromKeptFacts(tx);
}
