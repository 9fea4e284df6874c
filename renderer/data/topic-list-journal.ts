/**
 * A synchronous copy of a topic list whose last edits have not reached IndexedDB yet
 * (saving waits 400 ms, and a reload or restart can cut off an asynchronous write).
 * Start-up puts such lists back before any screen reads the study, so a preparation
 * opened straight after a restart already has them. Same idea as the interview text journal.
 */
import { restoreUnsavedLists } from '../../shared/design/unsaved-lists';
import { topicListSchema, type TopicList } from '../../shared/study/schema';
import type { VeldwerkDatabase } from './database';
import { saveStudy } from './studies';

const PREFIX = 'veldwerk:unsaved-topic-list:';
const key = (studyId: string, listId: string) => `${PREFIX}${studyId}:${listId}`;

type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export function journalList(studyId: string, list: TopicList, storage: JournalStorage = localStorage): void {
  try {
    storage.setItem(key(studyId, list.id), JSON.stringify(list));
  } catch {
    // Storage full or unavailable: the debounced IndexedDB write remains the record.
  }
}

/** Forgets the copy once the database holds exactly this list (not if edited again since). */
export function forgetList(studyId: string, saved: TopicList, storage: JournalStorage = localStorage): void {
  try {
    if (storage.getItem(key(studyId, saved.id)) === JSON.stringify(saved)) storage.removeItem(key(studyId, saved.id));
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}

export function dropJournal(studyId: string, listId: string, storage: JournalStorage = localStorage): void {
  try {
    storage.removeItem(key(studyId, listId));
  } catch {
    // As above.
  }
}

/** Valid unsaved lists of this study; anything unreadable is left out. */
export function unsavedLists(studyId: string, storage: JournalStorage = localStorage): TopicList[] {
  const lists: TopicList[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i);
      if (!name?.startsWith(`${PREFIX}${studyId}:`)) continue;
      const parsed = topicListSchema.safeParse(JSON.parse(storage.getItem(name) ?? 'null'));
      if (parsed.success) lists.push(parsed.data);
    }
  } catch {
    return lists;
  }
  return lists;
}

/**
 * Puts every journalled list back into its study (one save per study) and forgets the
 * journal entries that are restored or stale. Returns the titles put back. A failed
 * save throws and keeps the journal, so the next start tries again.
 */
export async function restoreUnsavedTopicLists(
  db: VeldwerkDatabase,
  storage: JournalStorage = localStorage,
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
