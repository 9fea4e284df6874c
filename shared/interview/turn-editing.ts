/**
 * Editing a transcript's turns after the interview: split, merge, reorder, relabel,
 * retype, insert and remove. Every operation is pure: it returns a new array (turns
 * that did not change are the same objects) and never mutates its input.
 *
 * Conventions, so the UI can bind these straight to keys and buttons:
 * - an id or position that does not exist throws a TurnEditError (a caller bug or a
 *   stale selection; failing loudly beats editing the wrong turn);
 * - an edit with nothing to do (split at the very start or end, merge the last turn,
 *   move the first turn up, set the speaker it already has) returns the same array,
 *   so `next === prev` tells the caller nothing changed.
 * Moving turns changes the reading order only; `startedAt` stays what it was, since it
 * is used to find the passage in the recording.
 */
import { otherSpeaker, type Speaker, type Turn } from './turn';
import { TurnEditError, UnknownTurnError } from './turn-errors';

export type Turns = readonly Turn[];

export function indexOfTurn(turns: Turns, turnId: string): number {
  const index = turns.findIndex((turn) => turn.id === turnId);
  if (index < 0) throw new UnknownTurnError(turnId);
  return index;
}

function assertNewId(turns: Turns, id: string): void {
  if (turns.some((turn) => turn.id === id)) {
    throw new TurnEditError('duplicate-id', `A turn with id "${id}" already exists`, id);
  }
}

function replaceAt(turns: Turns, index: number, ...replacement: Turn[]): Turn[] {
  return [...turns.slice(0, index), ...replacement, ...turns.slice(index + 1)];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Splits a turn at `offset` (a UTF-16 index, as `textarea.selectionStart` gives) into
 * two turns of the same speaker. Whitespace at the cut is trimmed from both halves.
 * The second half gets `newId`, keeps the `nodeId`, and starts at `startedAt` if given,
 * else at the first's time (we cannot know when the second part was said).
 * No-op when either half would be empty or whitespace only (the caret at the start or
 * end of the text): splitting off an empty turn is never what the researcher meant.
 * Throws for an offset outside the text, not an integer, or inside a surrogate pair.
 */
export function splitTurn(
  turns: Turns,
  turnId: string,
  offset: number,
  newId: string,
  startedAt?: number,
): Turns {
  const index = indexOfTurn(turns, turnId);
  const turn = turns[index]!;
  if (!Number.isInteger(offset) || offset < 0 || offset > turn.text.length) {
    throw new TurnEditError(
      'invalid-offset',
      `Offset ${offset} is outside the text of turn "${turnId}" (length ${turn.text.length})`,
      turnId,
    );
  }
  if (offset > 0 && isLowSurrogate(turn.text.charCodeAt(offset))) {
    // Cutting here would break an emoji or other astral character in two.
    throw new TurnEditError('invalid-offset', `Offset ${offset} splits a character in two`, turnId);
  }
  assertNewId(turns, newId);

  const first = turn.text.slice(0, offset).trimEnd();
  const second = turn.text.slice(offset).trimStart();
  if (first.trim() === '' || second.trim() === '') return turns;

  return replaceAt(
    turns,
    index,
    { ...turn, text: first },
    { ...turn, id: newId, text: second, startedAt: startedAt ?? turn.startedAt },
  );
}

/** Joins two texts with exactly one space at the seam, and none when a side is empty. */
export function joinTexts(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  if (left === '') return right;
  if (right === '') return left;
  return `${left} ${right}`;
}

/**
 * Merges a turn with the one after it: the texts are joined by a single space and the
 * result keeps the first turn's id, speaker, startedAt and nodeId. Turns of different
 * speakers may be merged (the researcher repairs an answer that was wrongly split or
 * wrongly labelled); the first's speaker wins. Merging the last turn is a no-op.
 */
export function mergeWithNext(turns: Turns, turnId: string): Turns {
  const index = indexOfTurn(turns, turnId);
  const next = turns[index + 1];
  if (next === undefined) return turns;
  const turn = turns[index]!;
  const merged: Turn = { ...turn, text: joinTexts(turn.text, next.text) };
  return [...turns.slice(0, index), merged, ...turns.slice(index + 2)];
}

/**
 * Moves a turn so that it ends up at `toIndex` in the result. Throws for an index
 * outside the list: a drop target that does not exist is a bug, not a no-op.
 */
export function moveTurn(turns: Turns, turnId: string, toIndex: number): Turns {
  const from = indexOfTurn(turns, turnId);
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= turns.length) {
    throw new TurnEditError(
      'invalid-index',
      `Index ${toIndex} is outside the transcript (${turns.length} turns)`,
      turnId,
    );
  }
  if (from === toIndex) return turns;
  const rest = [...turns.slice(0, from), ...turns.slice(from + 1)];
  return [...rest.slice(0, toIndex), turns[from]!, ...rest.slice(toIndex)];
}

/**
 * Moves a turn up (negative delta) or down (positive) by keyboard. The move stops at
 * the first or last place, so pressing "up" on the first turn does nothing.
 */
export function moveTurnBy(turns: Turns, turnId: string, delta: number): Turns {
  if (!Number.isInteger(delta)) {
    throw new TurnEditError('invalid-index', `Move by ${delta} is not a whole number`, turnId);
  }
  const from = indexOfTurn(turns, turnId);
  const to = Math.min(Math.max(from + delta, 0), turns.length - 1);
  return moveTurn(turns, turnId, to);
}

function updateTurn(turns: Turns, turnId: string, change: (turn: Turn) => Turn): Turns {
  const index = indexOfTurn(turns, turnId);
  const turn = turns[index]!;
  const next = change(turn);
  return next === turn ? turns : replaceAt(turns, index, next);
}

export function setSpeaker(turns: Turns, turnId: string, speaker: Speaker): Turns {
  return updateTurn(turns, turnId, (turn) =>
    turn.speaker === speaker ? turn : { ...turn, speaker },
  );
}

export function toggleSpeaker(turns: Turns, turnId: string): Turns {
  return updateTurn(turns, turnId, (turn) => ({ ...turn, speaker: otherSpeaker(turn.speaker) }));
}

/** Replaces the text exactly as typed; no trimming, since the researcher may still be typing. */
export function updateText(turns: Turns, turnId: string, text: string): Turns {
  return updateTurn(turns, turnId, (turn) => (turn.text === text ? turn : { ...turn, text }));
}

/** Inserts `turn` after the turn `afterId`, or at the very start when `afterId` is null. */
export function insertTurnAfter(turns: Turns, afterId: string | null, turn: Turn): Turns {
  const at = afterId === null ? 0 : indexOfTurn(turns, afterId) + 1;
  assertNewId(turns, turn.id);
  return [...turns.slice(0, at), turn, ...turns.slice(at)];
}

export function removeTurn(turns: Turns, turnId: string): Turns {
  const index = indexOfTurn(turns, turnId);
  return [...turns.slice(0, index), ...turns.slice(index + 1)];
}
