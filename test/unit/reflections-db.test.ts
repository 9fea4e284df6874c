/** Reflections in IndexedDB: added by schema version 4, cleared per study, removed with their respondent. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase } from '../../renderer/data/database';
import { clearCarriedTopic, loadReflection, reflectionsOfStudy, saveReflection } from '../../renderer/data/reflections';
import { deleteRespondent } from '../../renderer/data/respondents';
import { SCHEMA_VERSIONS } from '../../renderer/data/schema-versions';
import { attentionMark, carriedForward, emptyReflection } from '../../shared/reflection/reflection';

let n = 0;
const freshName = () => `veldwerk-reflections-${++n}-${Date.now()}`;
const interview = (id: string, respondentId: string) => ({
  id,
  studyId: 's',
  respondentId,
  guide: { topicListId: 'tl', topicListTitle: 'T', sections: [] },
  status: 'ended' as const,
  pauses: [],
  askedByHand: [],
  notAskedByHand: [],
  turnOrder: [],
  createdAt: 1,
  updatedAt: 1,
});

describe('reflections in the database', () => {
  it('upgrades a version-3 database with its interviews intact and adds the reflections', async () => {
    const name = freshName();
    const v3 = createDatabase(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 3),
    );
    await v3.open();
    await v3.interviews.add(interview('i1', 'r1'));
    v3.close();

    const db = await openDatabase(createDatabase(name));
    expect((await db.interviews.get('i1'))?.respondentId).toBe('r1');
    await saveReflection(db, { ...emptyReflection('i1', 10), studyId: 's', notes: 'Te veel gesloten vragen.' });
    expect((await loadReflection(db, 'i1'))?.notes).toBe('Te veel gesloten vragen.');
    db.close();
  });

  it('clears a carried topic in every reflection of the study and nowhere else', async () => {
    const db = await openDatabase(createDatabase(freshName()));
    const marked = (id: string, studyId: string) => ({
      ...emptyReflection(id, 10),
      studyId,
      moreAttention: [attentionMark('Belang van leren'), attentionMark('Effecten')],
    });
    await saveReflection(db, marked('i1', 's'));
    await saveReflection(db, marked('i2', 's'));
    await saveReflection(db, marked('i3', 'other'));
    await clearCarriedTopic(db, 's', 'belang-van-leren', 20);
    expect(carriedForward(await reflectionsOfStudy(db, 's'), 30).map((c) => c.topicKey)).toEqual(['effecten']);
    expect(carriedForward(await reflectionsOfStudy(db, 'other'), 30).map((c) => c.topicKey)).toEqual([
      'belang-van-leren',
      'effecten',
    ]);
    db.close();
  });

  it('removes the reflections of a respondent who is deleted', async () => {
    const db = await openDatabase(createDatabase(freshName()));
    await db.interviews.bulkAdd([interview('i1', 'r1'), interview('i2', 'r2')]);
    await saveReflection(db, { ...emptyReflection('i1', 10), studyId: 's' });
    await saveReflection(db, { ...emptyReflection('i2', 10), studyId: 's' });
    await deleteRespondent(db, 'r1');
    expect((await reflectionsOfStudy(db, 's')).map((r) => r.interviewId)).toEqual(['i2']);
    db.close();
  });
});
