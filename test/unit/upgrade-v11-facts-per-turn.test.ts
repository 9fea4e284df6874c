/**
 * Schema version 11: turn facts move from one record per interview to one per turn, the
 * old table is dropped, and summaries come out as before.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase } from '../../renderer/data/database';
import { loadSummarisedInterview } from '../../renderer/data/interview-summaries';
import { saveTurnTexts } from '../../renderer/data/interviews';
import { SCHEMA_VERSIONS } from '../../renderer/data/schema-versions';
import type { Interview, StoredTurn } from '../../shared/interview/interview';
import { factsOf, summarize, type TurnFacts } from '../../shared/reflection/interview-summary';

let n = 0;
const freshName = () => `veldwerk-v11-${++n}-${Date.now()}`;
const T0 = Date.UTC(2019, 4, 14, 9, 30);

const interview = (id: string, turnOrder: string[]): Interview => ({
  id,
  studyId: 's',
  respondentId: 'r1',
  guide: { topicListId: 'tl', topicListTitle: 'Topiclijst', sections: [] },
  status: 'running',
  startedAt: T0,
  pauses: [],
  askedByHand: [],
  notAskedByHand: [],
  turnOrder,
  createdAt: T0,
  updatedAt: T0,
});

const turns: StoredTurn[] = [
  { id: 'a', interviewId: 'i1', speaker: 'interviewer', text: 'Hoe ging dat?', startedAt: T0 },
  { id: 'b', interviewId: 'i1', speaker: 'respondent', text: 'Heel goed eigenlijk.', startedAt: T0 + 1000 },
  { id: 'c', interviewId: 'i2', speaker: 'respondent', text: 'Geen idee.', startedAt: T0 + 2000 },
];

/** The object stores on disk, read past Dexie. */
async function storesOnDisk(name: string): Promise<string[]> {
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const names = [...raw.objectStoreNames];
  raw.close();
  return names;
}

describe('schema version 11: turn facts per turn', () => {
  it('moves the kept facts of a version-9 database into one record per turn and drops the old table', async () => {
    const name = freshName();
    const v9 = createDatabase(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 9),
    );
    await v9.open();
    await v9.interviews.bulkAdd([interview('i1', ['a', 'b']), interview('i2', ['c'])]);
    await v9.turns.bulkAdd(turns);
    const kept = factsOf(turns.filter((t) => t.interviewId === 'i1'));
    // What version 9 kept for i1 differs from its turns, so the test sees it was moved, not rebuilt.
    const moved: TurnFacts = { ...kept, b: { ...kept.b!, words: 99 } };
    await v9.table('turnFacts').put({ interviewId: 'i1', facts: moved });
    await v9.interviewSummaries.put(summarize(interview('i1', ['a', 'b']), moved));
    // i2 was written outside the data layer: no facts, no summary.
    v9.close();

    const db = await openDatabase(createDatabase(name));
    expect(await storesOnDisk(name)).not.toContain('turnFacts');
    expect(await db.factsOfTurns.orderBy('id').toArray()).toEqual([
      { id: 'a', interviewId: 'i1', fact: moved.a },
      { id: 'b', interviewId: 'i1', fact: moved.b },
      { id: 'c', interviewId: 'i2', fact: factsOf(turns.slice(2)).c },
    ]);
    expect((await db.interviewSummaries.get('i1'))?.respondentWords).toBe(99);
    expect(await db.interviewSummaries.get('i2')).toMatchObject({ turnCount: 1, respondentWords: 2 });

    // Kept from there: retyping b moves its count from the kept 99 to its real words.
    await saveTurnTexts(db, [{ ...turns[1]!, text: 'Goed.' }]);
    const loaded = await loadSummarisedInterview(db, 'i1');
    expect(loaded?.facts.b?.words).toBe(1);
    expect(loaded?.summary.respondentWords).toBe(1);
    db.close();
  });
});
