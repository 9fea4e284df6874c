/**
 * The state of one topic-list editor: the list with its undo history, the step just
 * undone or redone (read out in a status line), and saving: each change is written at
 * most 400 ms later, one write at a time, validated as a whole study first. Pending
 * changes are written when the editor closes or the page is left, and journalled
 * synchronously meanwhile (db/topic-list-journal.ts) in case that write is cut off.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeStep, createHistory, record, redo, undo, type History } from '../../../../shared/design/history';
import { applyEdit, subtreeIds, type TopicListEdit } from '../../../../shared/design/topic-list-edits';
import { referencesTo, withTopicList } from '../../../../shared/design/topic-list-study';
import { studySchema, type Study, type TopicList } from '../../../../shared/study/schema';
import { guarded, reportError } from '../../../ui/notices/notices';
import { database } from '../../../data/instance';
import { saveStudy } from '../../../data/studies';
import { forgetList, journalList } from '../../../data/topic-list-journal';

const SAVE_DELAY_MS = 400;

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

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
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writing = useRef<Promise<void>>(Promise.resolve());

  const write = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    writing.current = writing.current.then(async () => {
      const list = historyRef.current.present;
      // Undo then redo can come back to exactly what is stored: nothing to write.
      if (list === savedRef.current) {
        setSaveState('saved');
        return;
      }
      const parsed = studySchema.safeParse(withTopicList(studyRef.current, list));
      if (!parsed.success) {
        setSaveState('failed');
        reportError(
          t('topicListEditor.invalid'),
          parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
        );
        return;
      }
      setSaveState('saving');
      const ok = await guarded(() => saveStudy(database(), parsed.data), t('errors.saveFailed'));
      if (ok) {
        savedRef.current = list;
        forgetList(studyRef.current.id, list);
      }
      setSaveState(ok ? (historyRef.current.present === list ? 'saved' : 'pending') : 'failed');
    });
    return writing.current;
  }, [t]);

  const schedule = useCallback(() => {
    setSaveState('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void write(), SAVE_DELAY_MS);
  }, [write]);

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
            t('topicListEditor.removeBlocked', {
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
      commit(record(current, next, t(`topicListEditor.step.${edit.type}`), mergeKey));
      return true;
    },
    [commit, t],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const result = direction === 'undo' ? undo(historyRef.current) : redo(historyRef.current);
      if (!result.label) return;
      setAnnouncement(
        t(direction === 'undo' ? 'topicListEditor.undone' : 'topicListEditor.redone', { step: result.label }),
      );
      commit(result.history);
    },
    [commit, t],
  );

  const endTyping = useCallback(() => {
    historyRef.current = closeStep(historyRef.current);
    setHistory(historyRef.current);
  }, []);

  // Leaving the page or closing the editor writes what is still waiting.
  useEffect(() => {
    const onHide = () => {
      if (timer.current !== undefined) void write();
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
  }, [write]);

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
