/**
 * The interview that is open, held in memory while the researcher works in it: the
 * interview record, the turns by id and in order, the memos. The store is the source
 * of truth on screen; every change is written to the database by interview-actions.
 * Typing changes one turn object only; the rows' selectors ignore its text (the field holds it).
 */
import { create } from 'zustand';
import type { Interview, Memo, StoredTurn } from '../../../shared/interview/interview';
import type { SaveState } from '../../data/autosave';

export interface FocusRequest {
  turnId: string;
  caret: 'start' | 'end' | number;
  /** With a numeric caret: select up to here (a search hit), and centre the turn. */
  selectTo?: number;
  /** Bumped for every request, so asking again for the same turn still focuses it. */
  seq: number;
}

export interface InterviewState {
  interview?: Interview;
  /**
   * The turns by id. Each turn object is never changed; typing puts the turn's new object
   * into this same record (copying a record of 5,000 turns on every keystroke cost 2–3 ms)
   * and bumps `textRevision`. Loading and structural edits replace the record.
   */
  turns: Record<string, StoredTurn>;
  /** Bumped by every typed change: what a view of all the texts (find, filler removal) depends on, with `turns`. */
  textRevision: number;
  order: string[];
  memos: Memo[];
  /** Guide nodes that some turn is linked to; changes only with the structure. */
  linkedNodes: ReadonlySet<string>;
  saveState: SaveState;
  focus?: FocusRequest;
  /** The turn the researcher is in (or was last in): the toolbar acts on it. */
  activeTurnId?: string;
  /** Whole turns marked to be coded together (a held interview), in transcript order. */
  marked: readonly string[];
  /** Where a range of marks starts (the last turn marked by itself). */
  markAnchor?: string;
}

export const emptyInterviewState: InterviewState = {
  turns: {},
  textRevision: 0,
  order: [],
  memos: [],
  linkedNodes: new Set(),
  saveState: 'saved',
  marked: [],
};

export const useInterview = create<InterviewState>(() => emptyInterviewState);

export function linkedNodesOf(turns: Iterable<StoredTurn>): Set<string> {
  const linked = new Set<string>();
  for (const turn of turns) if (turn.nodeId) linked.add(turn.nodeId);
  return linked;
}

/** The turns in reading order. */
export function orderedTurns(state: Pick<InterviewState, 'turns' | 'order'>): StoredTurn[] {
  return state.order.map((id) => state.turns[id]).filter((t): t is StoredTurn => t !== undefined);
}

/** Whether a guide node counts as asked: a linked turn or a hand tick, unless unticked by hand. */
export function isAsked(state: Pick<InterviewState, 'interview' | 'linkedNodes'>, nodeId: string): boolean {
  const interview = state.interview;
  if (!interview) return false;
  if (interview.notAskedByHand.includes(nodeId)) return false;
  return state.linkedNodes.has(nodeId) || interview.askedByHand.includes(nodeId);
}
