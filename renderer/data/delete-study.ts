/**
 * Deleting a whole study: its design and everything recorded under it (respondents,
 * questionnaire answers, preparations, interviews with their turns and memos,
 * reflections, the replacement book, recordings) in one transaction, then the journals in
 * localStorage that would otherwise bring a topic list or typed text back on the next
 * start. Afterwards another study is open, or none is left.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { journalStorage, type JournalStorage } from './autosave';
import { forgetKeys } from './autosave/journal';
import { isJournalOfStudy } from './autosave/keys';
import type { VeldwerkDatabase } from './database';
import { database } from './instance';
import { activeStudyId, setActiveStudy } from './studies';

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

/** Deletes the study and all its records; returns the study that is open now, if any is left. */
export async function deleteStudy(
  db: VeldwerkDatabase,
  studyId: string,
  storage: JournalStorage = journalStorage(),
): Promise<string | undefined> {
  const tables = [
    db.studies,
    db.respondents,
    db.responses,
    db.preparations,
    db.interviews,
    db.turns,
    db.factsOfTurns,
    db.interviewSummaries,
    db.memos,
    db.reflections,
    db.replacementBooks,
    db.codings,
    db.settings,
    db.recordings,
    db.recordingChunks,
  ];
  const interviewIds = await db.transaction('rw', tables, async () => {
    const ids = await db.interviews.where('studyId').equals(studyId).primaryKeys();
    await db.turns.where('interviewId').anyOf(ids).delete();
    await db.memos.where('interviewId').anyOf(ids).delete();
    const recordingIds = await db.recordings.where('interviewId').anyOf(ids).primaryKeys();
    await db.recordingChunks.where('recordingId').anyOf(recordingIds).delete();
    await db.recordings.bulkDelete(recordingIds);
    await db.factsOfTurns.where('interviewId').anyOf(ids).delete();
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
  forgetKeys(isJournalOfStudy(studyId, interviewIds), storage);
  return activeStudyId(db);
}
