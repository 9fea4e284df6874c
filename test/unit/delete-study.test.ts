/** Deleting a study removes everything recorded under it, and nothing of any other study. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './support/memory-storage';
import { createDatabase, openDatabase, type VeldwerkDatabase } from '../../renderer/data/database';
import { deleteStudy, studyContents } from '../../renderer/data/delete-study';
import { activeStudyId, setActiveStudy } from '../../renderer/data/studies';
import { journalList } from '../../renderer/data/topic-list-journal';
import { journalMemoDraft, journalStructure, journalText } from '../../renderer/data/interview-journal';
import { emptyReplacementBook } from '../../shared/anonymise/replacements';
import { copyStudy } from '../../shared/design/new-study';
import { exampleStudy } from '../../shared/example/study';
import { emptyPreparation } from '../../shared/preparation/schema';
import { emptyReflection } from '../../shared/reflection/reflection';

let n = 0;
async function seeded(): Promise<VeldwerkDatabase> {
  const db = await openDatabase(createDatabase(`veldwerk-delete-${++n}-${Date.now()}`));
  const other = copyStudy(exampleStudy, 'andere', 'Andere studie');
  await db.studies.bulkPut([exampleStudy, other]);
  for (const studyId of [exampleStudy.id, other.id]) {
    const r = `${studyId}-r`;
    const i = `${studyId}-i`;
    await db.respondents.put({
      id: r,
      studyId,
      name: 'Piet',
      typeId: 'beleidsmedewerker',
      organisation: 'Aalten',
      function: '',
      email: '',
      phone: '',
      notes: '',
      createdAt: 1,
      updatedAt: 1,
    });
    await db.responses.put({
      id: r,
      studyId,
      questionnaireId: 'q',
      source: 'manual',
      answers: {},
      unmatchedColumns: [],
      unknownAnswers: [],
      updatedAt: 1,
    });
    await db.preparations.put(emptyPreparation(r, studyId, 1));
    await db.interviews.put({
      id: i,
      studyId,
      respondentId: r,
      guide: { topicListId: 'tl', topicListTitle: 'T', sections: [] },
      status: 'ended',
      pauses: [],
      askedByHand: [],
      notAskedByHand: [],
      turnOrder: ['t'],
      createdAt: 1,
      updatedAt: 1,
    });
    await db.turns.put({ id: `${i}-t`, interviewId: i, speaker: 'respondent', text: 'Ja.', startedAt: 1 });
    await db.memos.put({ id: `${i}-m`, interviewId: i, text: 'Memo', at: 1 });
    await db.reflections.put({ ...emptyReflection(i, 1), studyId });
    await db.replacementBooks.put({ studyId, book: emptyReplacementBook() });
  }
  return db;
}

describe('deleting a study', () => {
  it('removes its design, respondents, answers, preparations, interviews, turns, memos, reflections and replacement book', async () => {
    const db = await seeded();
    expect(await studyContents(db, exampleStudy.id)).toEqual({ respondents: 1, interviews: 1 });
    await deleteStudy(db, exampleStudy.id, new MemoryStorage());

    expect(await db.studies.get(exampleStudy.id)).toBeUndefined();
    for (const table of [db.respondents, db.responses, db.preparations, db.interviews, db.reflections]) {
      expect((await table.toArray()).map((row) => (row as { studyId: string }).studyId)).toEqual(['andere']);
    }
    expect((await db.turns.toArray()).map((t) => t.interviewId)).toEqual(['andere-i']);
    expect((await db.memos.toArray()).map((m) => m.interviewId)).toEqual(['andere-i']);
    expect((await db.replacementBooks.toArray()).map((b) => b.studyId)).toEqual(['andere']);
    expect(await studyContents(db, exampleStudy.id)).toEqual({ respondents: 0, interviews: 0 });
  });

  it('opens another study afterwards, and none when it was the last', async () => {
    const db = await seeded();
    await setActiveStudy(db, exampleStudy.id);
    expect(await deleteStudy(db, exampleStudy.id, new MemoryStorage())).toBe('andere');
    expect(await activeStudyId(db)).toBe('andere');
    expect(await deleteStudy(db, 'andere', new MemoryStorage())).toBeUndefined();
  });

  it('forgets its journals (unsaved topic lists, turn text, structure, memo drafts) and keeps those of other studies', async () => {
    const db = await seeded();
    const storage = new MemoryStorage();
    const previous = (globalThis as { localStorage?: unknown }).localStorage;
    (globalThis as { localStorage?: unknown }).localStorage = storage;
    try {
      for (const study of [exampleStudy, { ...exampleStudy, id: 'andere' }]) {
        journalList(study.id, exampleStudy.topicLists[0]!, storage);
        journalText(`${study.id}-i`, 't', 'nog niet bewaard', 1);
        journalMemoDraft(`${study.id}-i`, 'half memo');
        journalStructure(`${study.id}-i`, { order: [], put: [], remove: ['t'], at: 2 });
      }
      expect(storage.length).toBe(8);
      await deleteStudy(db, exampleStudy.id, storage);
      expect(storage.keys()).toEqual([
        'veldwerk:memo-draft:andere-i',
        'veldwerk:unsaved-structure:andere-i',
        'veldwerk:unsaved-text:andere-i',
        `veldwerk:unsaved-topic-list:andere:${exampleStudy.topicLists[0]!.id}`,
      ]);
    } finally {
      (globalThis as { localStorage?: unknown }).localStorage = previous;
    }
  });
});
