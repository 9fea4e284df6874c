/**
 * Deleting a whole study: its design and everything recorded under it (respondents,
 * questionnaire answers, preparations, interviews with their turns and memos,
 * reflections, the replacement book) in one transaction, then the journals in
 * localStorage that would otherwise bring a topic list or typed text back on the next
 * start. Afterwards another study is open, or none is left.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { VeldwerkDatabase } from './database';
import { database } from './instance';
import { activeStudyId, setActiveStudy } from './studies';

type JournalStorage = Pick<Storage, 'removeItem' | 'key' | 'length'>;

/** What a study holds, so the confirmation can say what goes with it. */
export interface StudyContents {
  respondents: number;
  interviews: number;
}

export async function studyContents(db: VeldwerkDatabase, studyId: string): Promise<StudyContents> {
  const [respondents, interviews] = await Promise.all([
    db.respondents.where('studyId').equals(studyId).count(),
    db.interviews.where('studyId').equals(studyId).count(),
  ]);
  return { respondents, interviews };
}

export function useStudyContents(studyId: string): StudyContents | undefined {
  return useLiveQuery(() => studyContents(database(), studyId), [studyId]);
}

/**
 * The localStorage journals of a study: its unsaved topic lists (topic-list-journal.ts)
 * and, per interview, unsaved turn text and the memo draft (interview-journal.ts).
 * The key formats are checked against those modules in test/unit/delete-study.test.ts.
 */
export function journalKeysOf(studyId: string, interviewIds: readonly string[]): (key: string) => boolean {
  const ids = new Set(interviewIds);
  const ofInterview = (key: string, prefix: string) => key.startsWith(prefix) && ids.has(key.slice(prefix.length));
  return (key) =>
    key.startsWith(`veldwerk:unsaved-topic-list:${studyId}:`) ||
    ofInterview(key, 'veldwerk:unsaved-text:') ||
    ofInterview(key, 'veldwerk:memo-draft:');
}

function forgetJournals(matches: (key: string) => boolean, storage: JournalStorage): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && matches(key)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage unavailable: there is nothing in it to bring the study back either.
  }
}

/** Deletes the study and all its records; returns the study that is open now, if any is left. */
export async function deleteStudy(
  db: VeldwerkDatabase,
  studyId: string,
  storage: JournalStorage = localStorage,
): Promise<string | undefined> {
  const tables = [
    db.studies,
    db.respondents,
    db.responses,
    db.preparations,
    db.interviews,
    db.turns,
    db.turnFacts,
    db.interviewSummaries,
    db.memos,
    db.reflections,
    db.replacementBooks,
    db.codings,
    db.settings,
  ];
  const interviewIds = await db.transaction('rw', tables, async () => {
    const ids = await db.interviews.where('studyId').equals(studyId).primaryKeys();
    await db.turns.where('interviewId').anyOf(ids).delete();
    await db.memos.where('interviewId').anyOf(ids).delete();
    await db.turnFacts.bulkDelete(ids);
    await db.interviewSummaries.bulkDelete(ids);
    await db.interviews.bulkDelete(ids);
    await db.reflections.where('studyId').equals(studyId).delete();
    await db.responses.where('studyId').equals(studyId).delete();
    await db.preparations.where('studyId').equals(studyId).delete();
    await db.respondents.where('studyId').equals(studyId).delete();
    await db.replacementBooks.delete(studyId);
    await db.codings.where('studyId').equals(studyId).delete();
    await db.studies.delete(studyId);
    // The open study falls back to the first one left (activeStudyId skips a deleted id).
    const next = await activeStudyId(db);
    if (next) await setActiveStudy(db, next);
    return ids;
  });
  forgetJournals(journalKeysOf(studyId, interviewIds), storage);
  return activeStudyId(db);
}
