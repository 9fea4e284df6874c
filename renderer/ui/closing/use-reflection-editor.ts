/**
 * One interview's reflection, edited on screen and saved as it changes. The screen holds
 * the newest version; every change writes the whole record (a few kilobytes at most),
 * and IndexedDB applies the writes in order, so the last one always wins. A failed write
 * is reported and the input stays on screen.
 */
import { i18n } from '../../i18n';
import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyReflection } from '../../../shared/reflection/reflection';
import { guarded } from '../notices/notices';
import { database } from '../../data/instance';
import { loadReflection, saveReflection, type StoredReflection } from '../../data/reflections';

export type SaveState = 'saved' | 'saving' | 'failed';
type Edit = (reflection: StoredReflection) => StoredReflection;

export interface ReflectionEditor {
  reflection: StoredReflection | undefined;
  saveState: SaveState;
  /** Applies an edit and saves it; `write` replaces the plain save (e.g. to add a respondent in the same transaction). */
  change: (edit: Edit, write?: (next: StoredReflection) => Promise<void>) => Promise<boolean>;
}

export function useReflectionEditor(interviewId: string, studyId: string): ReflectionEditor {
  const [loaded, setLoaded] = useState<StoredReflection>();
  const reflection = loaded?.interviewId === interviewId ? loaded : undefined;
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const current = useRef<StoredReflection | undefined>(undefined);
  const pending = useRef(0);

  useEffect(() => {
    let live = true;
    current.current = undefined;
    void loadReflection(database(), interviewId).then((stored) => {
      if (!live) return;
      const loaded = stored ?? { ...emptyReflection(interviewId, Date.now()), studyId };
      current.current = loaded;
      setLoaded(loaded);
    });
    return () => {
      live = false;
    };
  }, [interviewId, studyId]);

  const change = useCallback<ReflectionEditor['change']>(async (edit, write) => {
    const before = current.current;
    if (!before) return false;
    const next = { ...edit(before), updatedAt: Date.now() };
    // A plain save shows the change at once; a combined write (a new respondent too)
    // shows it only once it is stored, so the screen never claims what did not happen.
    if (!write) {
      current.current = next;
      setLoaded(next);
    }
    pending.current += 1;
    setSaveState('saving');
    const ok = await guarded(
      () => (write ? write(next) : saveReflection(database(), next)),
      i18n.t('errors.saveFailed'),
    );
    pending.current -= 1;
    let saved = ok;
    if (ok && write) {
      // Edits typed while the combined write ran are kept: apply this one on top and save again.
      const latest = current.current ?? before;
      const merged = latest === before ? next : { ...edit(latest), updatedAt: Date.now() };
      current.current = merged;
      setLoaded(merged);
      if (merged !== next)
        saved = await guarded(() => saveReflection(database(), merged), i18n.t('errors.saveFailed'));
    }
    if (!saved) setSaveState('failed');
    else if (pending.current === 0) setSaveState('saved');
    return ok;
  }, []);

  return { reflection, saveState, change };
}
