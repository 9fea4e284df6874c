/**
 * A text field that is saved as it is typed and also changes underneath the typist: a
 * re-import of questionnaire answers replaces the stored text. The field must show the
 * new text at once, yet never jump back while its own saves come back from the
 * database one by one (or only the last of them). So every value the field saved is
 * remembered until it is seen again; a stored value the field did not write is adopted.
 */
export interface TextDraft {
  /** What the field shows. */
  shown: string;
  /** What the field saved and has not yet seen stored, oldest first. */
  pending: readonly string[];
}

export function draftOf(stored: string): TextDraft {
  return { shown: stored, pending: [] };
}

/** The researcher typed `shown`; what will be stored for it is `saved` (e.g. '' for blanks). */
export function typed(draft: TextDraft, shown: string, saved: string): TextDraft {
  return { shown, pending: [...draft.pending, saved] };
}

/** The stored text changed to `stored`: the field's own echo, or someone else's change. */
export function storedChanged(draft: TextDraft, stored: string): TextDraft {
  const echo = draft.pending.indexOf(stored);
  // Saves land in order, so an echo also settles every earlier save.
  if (echo !== -1) return { shown: draft.shown, pending: draft.pending.slice(echo + 1) };
  return draftOf(stored);
}
