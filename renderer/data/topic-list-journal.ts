/**
 * A synchronous copy of a topic list whose last edits have not reached IndexedDB yet
 * (saving waits up to a second, and a reload or restart can cut off an asynchronous write).
 * Start-up puts such lists back before any screen reads the study, so a preparation
 * opened straight after a restart already has them. Kept by the one journal of autosave/.
 */
import { restoreUnsavedLists } from '../../shared/design/unsaved-lists';
import { topicListSchema, type TopicList } from '../../shared/study/schema';
import { journal, journalKey, journalStorage, type JournalStorage } from './autosave';
import { journalKeys } from './autosave/journal';
import type { VeldwerkDatabase } from './database';
import { saveStudy } from './studies';

const list = (studyId: string, listId: string, storage?: JournalStorage) =>
  journal(
    journalKey.topicList(studyId, listId),
    (raw) => {
      const parsed = topicListSchema.safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    },
    storage,
  );

export function journalList(studyId: string, saved: TopicList, storage?: JournalStorage): void {
  // Storage full or unavailable: the autosaved IndexedDB write remains the record.
  list(studyId, saved.id, storage).write(saved);
}

/** Forgets the copy once the database holds exactly this list (not if edited again since). */
export function forgetList(studyId: string, saved: TopicList, storage: JournalStorage = journalStorage()): void {
  try {
    if (storage.getItem(journalKey.topicList(studyId, saved.id)) === JSON.stringify(saved))
      list(studyId, saved.id, storage).clear();
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}

export function dropJournal(studyId: string, listId: string, storage?: JournalStorage): void {
  list(studyId, listId, storage).clear();
}

/** Valid unsaved lists of this study; anything unreadable is left out. */
export function unsavedLists(studyId: string, storage: JournalStorage = journalStorage()): TopicList[] {
  const prefix = journalKey.topicListsOf(studyId);
  return journalKeys((name) => name.startsWith(prefix), storage)
    .map((name) => list(studyId, name.slice(prefix.length), storage).read())
    .filter((entry): entry is TopicList => entry !== undefined);
}

/**
 * Puts every journalled list back into its study (one save per study) and forgets the
 * journal entries that are restored or stale. Returns the titles put back. A failed
 * save throws and keeps the journal, so the next start tries again.
 */
export async function restoreUnsavedTopicLists(
  db: VeldwerkDatabase,
  storage: JournalStorage = journalStorage(),
): Promise<string[]> {
  const titles: string[] = [];
  for (const study of await db.studies.toArray()) {
    const lists = unsavedLists(study.id, storage);
    if (lists.length === 0) continue;
    const outcome = restoreUnsavedLists(study, lists);
    if (outcome.study) await saveStudy(db, outcome.study);
    for (const list of outcome.restored) dropJournal(study.id, list.id, storage);
    for (const id of outcome.stale) dropJournal(study.id, id, storage);
    titles.push(...outcome.restored.map((list) => list.title));
  }
  return titles;
}
