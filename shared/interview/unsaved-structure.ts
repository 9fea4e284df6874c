/**
 * Structural edits (split, merge, move, change of speaker, filler removal) not yet
 * confirmed by the database, as the journal holds them: the newest turn order, the turns
 * that changed or are new since the last save, and the ids removed. Successive edits fold
 * into one entry; at open, an entry newer than the stored interview wins.
 */
import { z } from 'zod';
import type { StoredTurn } from './interview';
import { turnSchema } from './turn';

export const unsavedStructureSchema = z.object({
  order: z.array(z.string()),
  turns: z.record(z.string(), turnSchema.extend({ interviewId: z.string().min(1) })),
  removed: z.array(z.string()),
  at: z.number(),
});
export type UnsavedStructure = z.infer<typeof unsavedStructureSchema>;

export interface StructureChange {
  order: string[];
  put: readonly StoredTurn[];
  remove: readonly string[];
  at: number;
}

export function foldStructure(previous: UnsavedStructure | undefined, change: StructureChange): UnsavedStructure {
  const turns = { ...previous?.turns };
  const removed = new Set(previous?.removed);
  for (const id of change.remove) {
    delete turns[id];
    removed.add(id);
  }
  for (const turn of change.put) {
    turns[turn.id] = turn;
    removed.delete(turn.id);
  }
  return { order: change.order, turns, removed: [...removed], at: change.at };
}

/**
 * The transcript as the journal left it, when the journal is newer than the database
 * (`storedAt`, the interview's updatedAt); undefined when the database is current.
 */
export function applyUnsavedStructure(
  stored: readonly StoredTurn[],
  storedAt: number,
  unsaved: UnsavedStructure | undefined,
): { order: string[]; turns: StoredTurn[] } | undefined {
  if (!unsaved || unsaved.at <= storedAt) return undefined;
  const removed = new Set(unsaved.removed);
  const byId = new Map(stored.filter((t) => !removed.has(t.id)).map((t) => [t.id, t]));
  for (const turn of Object.values(unsaved.turns)) byId.set(turn.id, turn);
  // An id the order names but neither side holds cannot be shown; it is dropped.
  return { order: unsaved.order.filter((id) => byId.has(id)), turns: [...byId.values()] };
}
