/**
 * A controlled text field saved as it is typed that follows changes made elsewhere (a
 * re-import) at once and ignores the echoes of its own saves (shared/responses/text-draft).
 */
import { useState } from 'react';
import { draftOf, storedChanged, typed, type TextDraft } from '../../shared/responses/text-draft';

export function useDraftText(stored: string): [string, (shown: string, saved: string) => void] {
  const [draft, setDraft] = useState<TextDraft>(() => draftOf(stored));
  const [lastStored, setLastStored] = useState(stored);
  let current = draft;
  // Adjusting state while rendering (not in an effect) avoids a frame with the old text.
  if (stored !== lastStored) {
    current = storedChanged(draft, stored);
    setLastStored(stored);
    setDraft(current);
  }
  return [current.shown, (shown, saved) => setDraft((previous) => typed(previous, shown, saved))];
}
