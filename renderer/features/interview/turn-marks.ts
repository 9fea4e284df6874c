/**
 * Marking whole turns to code them together: a tick per turn, Shift+click (or
 * Alt+Shift+PageDown/PageUp from the keyboard) for a range. The marks live in the
 * interview's store only; coding them makes one coding per turn.
 */
import { focusTurn } from './interview-actions';
import { useInterview } from './interview-store';

const inOrder = (order: readonly string[], ids: Iterable<string>) => {
  const wanted = new Set(ids);
  return order.filter((id) => wanted.has(id));
};

export function toggleMark(turnId: string): void {
  useInterview.setState((s) => {
    const on = !s.marked.includes(turnId);
    return {
      marked: on ? inOrder(s.order, [...s.marked, turnId]) : s.marked.filter((id) => id !== turnId),
      markAnchor: turnId,
    };
  });
}

/** Marks every turn from the anchor (or the first marked) to this one, keeping the other marks. */
export function markRangeTo(turnId: string): void {
  useInterview.setState((s) => {
    const anchor = s.markAnchor && s.order.includes(s.markAnchor) ? s.markAnchor : turnId;
    const a = s.order.indexOf(anchor);
    const b = s.order.indexOf(turnId);
    const range = s.order.slice(Math.min(a, b), Math.max(a, b) + 1);
    return { marked: inOrder(s.order, [...s.marked, ...range]), markAnchor: anchor };
  });
}

/** Keyboard: marks this turn and its neighbour, and moves the cursor there, so held keys grow the range. */
export function markOnwards(turnId: string, delta: 1 | -1): void {
  const { order } = useInterview.getState();
  const next = order[order.indexOf(turnId) + delta];
  useInterview.setState((s) => ({
    marked: inOrder(s.order, [...s.marked, turnId, ...(next ? [next] : [])]),
    markAnchor: s.markAnchor ?? turnId,
  }));
  if (next) focusTurn(next, 'start');
}

export function clearMarks(): void {
  useInterview.setState({ marked: [], markAnchor: undefined });
}

/** The picker's target for the marked turns (a CodingTarget). */
export function markedTarget(marked: readonly string[]) {
  return { turnId: marked[0]!, start: 0, end: 0, turnIds: marked };
}
