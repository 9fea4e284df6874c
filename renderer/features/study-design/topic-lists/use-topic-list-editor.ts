/**
 * The state of one topic-list editor: the list with its undo history, the step just
 * undone or redone (read out in a status line), and saving: each change is written at
 * most a second later by the autosaver (data/autosave), also while someone keeps typing,
 * validated as a whole study first and retried when the write fails. Pending changes are
 * written when the editor closes or the page is left, and journalled synchronously
 * meanwhile (data/topic-list-journal.ts) in case that write is cut off.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { closeStep, createHistory, record, redo, undo, type History } from '../../../../shared/design/history';
import { applyEdit, subtreeIds, type TopicListEdit } from '../../../../shared/design/topic-list-edits';
import { referencesTo, withTopicList } from '../../../../shared/design/topic-list-study';
import { studySchema, type Study, type TopicList } from '../../../../shared/study/schema';
import { reportError } from '../../../ui/notices/notices';
import { saveNotices } from '../../../ui/notices/save-notices';
import { createRegisteredAutosaver, type RegisteredAutosaver, type SaveState } from '../../../data/autosave';
import { database } from '../../../data/instance';
import { saveStudy } from '../../../data/studies';
import { forgetList, journalList } from '../../../data/topic-list-journal';

// A write validates and stores the whole study and re-renders the study screen: heavier
// than a turn's, so at most one a second while someone types (the journal holds the rest).
const SAVE_DELAY_MS = 1000;

/** The list does not validate: retrying cannot help, the next edit tries again. */
class InvalidList extends Error {}

export interface TopicListEditor {
  list: TopicList;
  canUndo: boolean;
  canRedo: boolean;
  /** "Ongedaan gemaakt: vraag verplaatst", for the status line. */
  announcement: string;
  saveState: SaveState;
  /** Applies an edit; false when it did not apply (or was refused). `mergeKey` merges typing into one undo step. */
  apply: (edit: TopicListEdit, mergeKey?: string) => boolean;
  /** Says something in the status line, e.g. where a moved node landed. */
  announce: (text: string) => void;
  /** The researcher left a field: the next keystroke is a new undo step. */
  endTyping: () => void;
  undo: () => void;
  redo: () => void;
  flush: () => Promise<void>;
}

export function useTopicListEditor(study: Study, initial: TopicList): TopicListEditor {
  const { t } = useTranslation();
  const [history, setHistory] = useState<History<TopicList>>(() => createHistory(initial));
  const [announcement, setAnnouncement] = useState('');
  const [saveState, setSaveState] = useState<SaveState>('saved');
  // The source of truth for event handlers; every change goes through `commit` or `endTyping`, which set both.
  const historyRef = useRef(history);
  // The study as last loaded: other parts of the design may change while this list is open.
  const studyRef = useRef(study);
  useEffect(() => {
    studyRef.current = study;
  }, [study]);
  const savedRef = useRef<TopicList>(initial);
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  }, [t]);
  const saver = useRef<RegisteredAutosaver<'list'> | undefined>(undefined);

  // One autosaver while the editor is open; closing the editor or leaving the page writes what is waiting.
  useEffect(() => {
    const notify = saveNotices();
    const current = createRegisteredAutosaver<'list'>({
      delayMs: SAVE_DELAY_MS,
      write: async () => {
        const list = historyRef.current.present;
        // Undo then redo can come back to exactly what is stored: nothing to write.
        if (list === savedRef.current) return;
        const parsed = studySchema.safeParse(withTopicList(studyRef.current, list));
        if (!parsed.success) {
          reportError(
            tRef.current('topicLists.invalid'),
            parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
          );
          throw new InvalidList();
        }
        await saveStudy(database(), parsed.data);
        savedRef.current = list;
        forgetList(studyRef.current.id, list);
      },
      isPermanent: (error) => error instanceof InvalidList,
      onStateChange: (state, error) => {
        setSaveState(state);
        if (!(error instanceof InvalidList)) notify(state, error);
      },
    });
    saver.current = current;
    const onHide = () => void current.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void current.close();
    };
  }, []);

  const write = useCallback((): Promise<void> => saver.current?.flush() ?? Promise.resolve(), []);

  const schedule = useCallback(() => saver.current?.schedule('list'), []);

  const commit = useCallback(
    (next: History<TopicList>) => {
      historyRef.current = next;
      setHistory(next);
      journalList(studyRef.current.id, next.present);
      schedule();
    },
    [schedule],
  );

  const apply = useCallback(
    (edit: TopicListEdit, mergeKey?: string) => {
      const current = historyRef.current;
      if (edit.type === 'remove') {
        const refs = referencesTo(studyRef.current, current.present.id, subtreeIds(current.present, edit.id));
        if (refs.length > 0) {
          reportError(
            t('topicLists.removeBlocked', {
              count: refs.length,
              ids: [...new Set(refs.map((r) => r.id))].join(', '),
            }),
          );
          return false;
        }
      }
      const next = applyEdit(current.present, edit);
      if (next === current.present) return false;
      setAnnouncement('');
      commit(record(current, next, t(`topicLists.step.${edit.type}`), mergeKey));
      return true;
    },
    [commit, t],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const result = direction === 'undo' ? undo(historyRef.current) : redo(historyRef.current);
      if (!result.label) return;
      setAnnouncement(
        t(direction === 'undo' ? 'topicLists.undone' : 'topicLists.redone', { step: result.label }),
      );
      commit(result.history);
    },
    [commit, t],
  );

  const endTyping = useCallback(() => {
    historyRef.current = closeStep(historyRef.current);
    setHistory(historyRef.current);
  }, []);

  return {
    list: history.present,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    announcement,
    saveState,
    apply,
    announce: setAnnouncement,
    endTyping,
    undo: () => step('undo'),
    redo: () => step('redo'),
    flush: write,
  };
}
