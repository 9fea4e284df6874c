/**
 * Topic-list edits that a reload or restart cut off before they reached the database
 * come back from a synchronous journal. Which of them may go back into their study: a
 * list that is still in the study, differs from what is stored, and leaves the whole
 * design valid. The rest is stale and can be forgotten.
 */
import { checkStudyIntegrity } from '../study/integrity';
import { studySchema, topicListSchema, type Study, type TopicList } from '../study/schema';
import { withTopicList } from './topic-list-study';

export interface UnsavedListsOutcome {
  /** The study with the restored lists in it; undefined when nothing changes. */
  study: Study | undefined;
  restored: TopicList[];
  /** Ids of journalled lists not taken back (gone from the study, already stored, or invalid there). */
  stale: string[];
}

export function restoreUnsavedLists(study: Study, lists: readonly TopicList[]): UnsavedListsOutcome {
  let current = study;
  const restored: TopicList[] = [];
  const stale: string[] = [];
  for (const list of lists) {
    const stored = current.topicLists.find((l) => l.id === list.id);
    // Both through the schema, so key order cannot make equal lists look different.
    const same =
      stored && JSON.stringify(topicListSchema.parse(stored)) === JSON.stringify(topicListSchema.parse(list));
    const parsed = stored && !same ? studySchema.safeParse(withTopicList(current, list)) : undefined;
    if (!parsed?.success || checkStudyIntegrity(parsed.data).length > 0) {
      stale.push(list.id);
      continue;
    }
    current = parsed.data;
    restored.push(list);
  }
  return { study: restored.length > 0 ? current : undefined, restored, stale };
}
