/**
 * Filler removal over a whole transcript, in two steps so the researcher sees a
 * preview first: `planFillerRemoval` lists each turn that would change (before/after
 * and what was removed), `applyFillerRemoval` applies all or only the accepted ones.
 *
 * Decisions:
 * - All turns are planned, the interviewer's too (Bijlage 6 leaves fillers out of the
 *   whole transcript); to do only the respondent, plan a filtered list and apply to all.
 * - A turn that held only fillers ("Uh.") is planned with `after === ''` and applying
 *   leaves it as an empty turn rather than deleting it: removing a turn changes the
 *   Onderzoeker/Respondent sequence and loses its time in the recording, which is the
 *   researcher's call (`removeTurn`, or `emptiedTurnIds` to offer it).
 * - A change whose turn was edited after planning is refused (TurnEditError
 *   'stale-change'): writing `after` would silently undo that edit. Plan again.
 */
import { DUTCH_FILLER_WORDS, fillerMatcher } from './filler-words';
import { removeFillers, type RemovedFiller } from './filler-text';
import type { Turn } from './turn';
import { TurnEditError, UnknownTurnError } from './turn-errors';

export type { RemovedFiller } from './filler-text';

export type FillerChange = {
  turnId: string;
  before: string;
  after: string;
  removed: RemovedFiller[];
};

/** One change per turn whose text would change, in transcript order. */
export function planFillerRemoval(
  turns: readonly Turn[],
  fillerWords: readonly string[] = DUTCH_FILLER_WORDS,
): FillerChange[] {
  const isFiller = fillerMatcher(fillerWords);
  const changes: FillerChange[] = [];
  for (const turn of turns) {
    const { text, removed } = removeFillers(turn.text, isFiller);
    if (text !== turn.text) changes.push({ turnId: turn.id, before: turn.text, after: text, removed });
  }
  return changes;
}

/** Turns that the changes would leave empty, for the preview to point out. */
export function emptiedTurnIds(changes: readonly FillerChange[]): string[] {
  return changes.filter((change) => change.after.trim() === '').map((change) => change.turnId);
}

/**
 * Applies the planned changes, or only those whose turn id is in `acceptedTurnIds`.
 * Returns the same array when nothing is applied.
 */
export function applyFillerRemoval(
  turns: readonly Turn[],
  changes: readonly FillerChange[],
  acceptedTurnIds?: Iterable<string>,
): readonly Turn[] {
  const accepted = acceptedTurnIds === undefined ? null : new Set(acceptedTurnIds);
  const byId = new Map(turns.map((turn, index) => [turn.id, index]));
  const next = [...turns];
  let changed = false;
  for (const change of changes) {
    if (accepted !== null && !accepted.has(change.turnId)) continue;
    const index = byId.get(change.turnId);
    if (index === undefined) throw new UnknownTurnError(change.turnId);
    const turn = next[index]!;
    if (turn.text !== change.before) {
      throw new TurnEditError(
        'stale-change',
        `Turn "${change.turnId}" was edited after the filler preview was made`,
        change.turnId,
      );
    }
    next[index] = { ...turn, text: change.after };
    changed = true;
  }
  return changed ? next : turns;
}
