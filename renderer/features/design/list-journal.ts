/**
 * A synchronous copy of a topic list whose last edits have not reached IndexedDB yet
 * (saving waits 400 ms, and a reload can cut off an asynchronous write). The study
 * screen puts such a list back when it opens. Same idea as the interview text journal.
 */
import { topicListSchema, type TopicList } from '../../../shared/study/schema';

const PREFIX = 'veldwerk:unsaved-topic-list:';
const key = (studyId: string, listId: string) => `${PREFIX}${studyId}:${listId}`;

export function journalList(studyId: string, list: TopicList): void {
  try {
    localStorage.setItem(key(studyId, list.id), JSON.stringify(list));
  } catch {
    // Storage full or unavailable: the debounced IndexedDB write remains the record.
  }
}

/** Forgets the copy once the database holds exactly this list (not if edited again since). */
export function forgetList(studyId: string, saved: TopicList): void {
  try {
    if (localStorage.getItem(key(studyId, saved.id)) === JSON.stringify(saved))
      localStorage.removeItem(key(studyId, saved.id));
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}

export function dropJournal(studyId: string, listId: string): void {
  try {
    localStorage.removeItem(key(studyId, listId));
  } catch {
    // As above.
  }
}

/** Valid unsaved lists of this study; anything unreadable is left out. */
export function unsavedLists(studyId: string): TopicList[] {
  const lists: TopicList[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (!name?.startsWith(`${PREFIX}${studyId}:`)) continue;
      const parsed = topicListSchema.safeParse(JSON.parse(localStorage.getItem(name) ?? 'null'));
      if (parsed.success) lists.push(parsed.data);
    }
  } catch {
    return lists;
  }
  return lists;
}
