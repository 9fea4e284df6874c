/**
 * Every journal key, in one place: the journals write under these and deleting a study
 * forgets by them. The strings are stored in researchers' browsers: never change one
 * without reading the old one too.
 */
const TOPIC_LIST = 'veldwerk:unsaved-topic-list:';
const TURN_TEXT = 'veldwerk:unsaved-text:';
const STRUCTURE = 'veldwerk:unsaved-structure:';
const MEMO_DRAFT = 'veldwerk:memo-draft:';
/** Where an unreadable turn-text journal is kept aside: never deleted, in case someone can read it. */
const DAMAGED_TURN_TEXT = 'veldwerk:unsaved-text-damaged:';

export const journalKey = {
  topicList: (studyId: string, listId: string) => `${TOPIC_LIST}${studyId}:${listId}`,
  topicListsOf: (studyId: string) => `${TOPIC_LIST}${studyId}:`,
  /** The start of every study's topic-list journal keys. */
  anyTopicList: TOPIC_LIST,
  turnText: (interviewId: string) => `${TURN_TEXT}${interviewId}`,
  structure: (interviewId: string) => `${STRUCTURE}${interviewId}`,
  memoDraft: (interviewId: string) => `${MEMO_DRAFT}${interviewId}`,
  damagedTurnText: (interviewId: string) => `${DAMAGED_TURN_TEXT}${interviewId}`,
};

/** Whether `key` is one of the journals of this study or of one of its interviews. */
export function isJournalOfStudy(studyId: string, interviewIds: readonly string[]): (key: string) => boolean {
  const ofInterview = new Set(
    interviewIds.flatMap((id) => [
      journalKey.turnText(id),
      journalKey.structure(id),
      journalKey.memoDraft(id),
      journalKey.damagedTurnText(id),
    ]),
  );
  return (key) => key.startsWith(journalKey.topicListsOf(studyId)) || ofInterview.has(key);
}
