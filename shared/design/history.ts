/**
 * Undo and redo as plain data: the states before and after, each step with the label
 * the UI reads out ("Ongedaan: vraag verwijderd"). Bounded, so a long editing session
 * does not keep every keystroke forever. Typing in one field is one step, not one step
 * per letter: steps with the same `mergeKey` in a row are merged.
 */

export interface HistoryStep<T> {
  state: T;
  label: string;
}

export interface History<T> {
  /** Oldest first; each entry is a state to go back to, with the label of the step that left it. */
  past: HistoryStep<T>[];
  present: T;
  future: HistoryStep<T>[];
  /** The merge key of the newest step, while it may still absorb the next one. */
  openKey?: string;
  limit: number;
}

export const DEFAULT_HISTORY_LIMIT = 200;

export function createHistory<T>(present: T, limit = DEFAULT_HISTORY_LIMIT): History<T> {
  return { past: [], present, future: [], limit: Math.max(1, limit) };
}

/** Records a new present; a state identical to the present is no step at all. */
export function record<T>(history: History<T>, next: T, label: string, mergeKey?: string): History<T> {
  if (next === history.present) return history;
  const merging = mergeKey !== undefined && history.openKey === mergeKey && history.past.length > 0;
  const past = merging ? history.past : [...history.past, { state: history.present, label }].slice(-history.limit);
  return { ...history, past, present: next, future: [], openKey: mergeKey };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

/** Goes one step back; `label` says which step was undone. */
export function undo<T>(history: History<T>): { history: History<T>; label?: string } {
  const step = history.past[history.past.length - 1];
  if (!step) return { history };
  return {
    history: {
      ...history,
      past: history.past.slice(0, -1),
      present: step.state,
      future: [{ state: history.present, label: step.label }, ...history.future],
      openKey: undefined,
    },
    label: step.label,
  };
}

export function redo<T>(history: History<T>): { history: History<T>; label?: string } {
  const [step, ...future] = history.future;
  if (!step) return { history };
  return {
    history: {
      ...history,
      past: [...history.past, { state: history.present, label: step.label }].slice(-history.limit),
      present: step.state,
      future,
      openKey: undefined,
    },
    label: step.label,
  };
}

/** Ends merging, e.g. when the researcher leaves a field: the next keystroke starts a new step. */
export function closeStep<T>(history: History<T>): History<T> {
  return history.openKey === undefined ? history : { ...history, openKey: undefined };
}
