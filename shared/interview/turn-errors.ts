/**
 * The one error type that transcript edits throw, with a code the UI can translate.
 * Edits throw only when a caller names something that does not exist or is invalid
 * (a stale id, an offset outside the text); an edit with nothing to do is a no-op.
 */

export type TurnEditErrorCode =
  | 'unknown-turn'
  | 'duplicate-id'
  | 'invalid-offset'
  | 'invalid-index'
  | 'stale-change';

export class TurnEditError extends Error {
  override readonly name = 'TurnEditError';

  constructor(
    readonly code: TurnEditErrorCode,
    message: string,
    /** The turn the error is about, when there is one. */
    readonly turnId?: string,
  ) {
    super(message);
  }
}

/** The id does not name a turn in the list (usually a stale UI selection). */
export class UnknownTurnError extends TurnEditError {
  constructor(turnId: string) {
    super('unknown-turn', `No turn with id "${turnId}"`, turnId);
  }
}
