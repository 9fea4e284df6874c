/**
 * Topic-list edits cut off by a reload or restart are put back at start-up, before any
 * screen reads the study; stale or invalid copies are forgotten, never forced in.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './support/memory-storage';
import { createDatabase, openDatabase } from '../../renderer/data/database';
import { saveStudy } from '../../renderer/data/studies';
import { journalList, restoreUnsavedTopicLists, unsavedLists } from '../../renderer/data/topic-list-journal';
import { restoreUnsavedLists } from '../../shared/design/unsaved-lists';
import { exampleStudy } from '../../shared/example/study';
import type { Study, TopicList } from '../../shared/study/schema';

let n = 0;
const freshDb = () => openDatabase(createDatabase(`veldwerk-unsaved-${++n}-${Date.now()}`));
const study = (): Study => structuredClone(exampleStudy);
const list = (s: Study, id = 'tl-beleid'): TopicList => structuredClone(s.topicLists.find((l) => l.id === id)!);

function withOpening(source: TopicList, indicators: string): TopicList {
  const edited = structuredClone(source);
  edited.sections[0]!.topics[0]!.indicators = indicators;
  return edited;
}

describe('restoreUnsavedLists', () => {
  it('puts an edited list back into its study', () => {
    const s = study();
    const edited = withOpening(list(s), 'eerste indruk van het team');
    const outcome = restoreUnsavedLists(s, [edited]);
    expect(outcome.restored.map((l) => l.id)).toEqual(['tl-beleid']);
    expect(outcome.stale).toEqual([]);
    expect(outcome.study!.topicLists.find((l) => l.id === 'tl-beleid')!.sections[0]!.topics[0]!.indicators).toBe(
      'eerste indruk van het team',
    );
  });

  it('forgets copies equal to what is stored, of lists no longer in the study, and ones that would break it', () => {
    const s = study();
    const gone = { ...list(s), id: 'tl-weg' };
    // A list without the node a follow-up rule lands on would leave that rule pointing at nothing.
    const broken = list(s);
    broken.sections = broken.sections.slice(0, 1);
    const outcome = restoreUnsavedLists(s, [list(s), gone, broken]);
    expect(outcome.study).toBeUndefined();
    expect(outcome.restored).toEqual([]);
    expect(outcome.stale).toEqual(['tl-beleid', 'tl-weg', 'tl-beleid']);
  });
});

describe('restoreUnsavedTopicLists at start-up', () => {
  it('saves the journalled edits so any screen reads them, and empties the journal', async () => {
    const db = await freshDb();
    await saveStudy(db, study());
    const storage = new MemoryStorage();
    journalList(exampleStudy.id, withOpening(list(study()), 'eerste indruk van het team'), storage);
    journalList(exampleStudy.id, list(study(), 'tl-nood'), storage);

    expect(await restoreUnsavedTopicLists(db, storage)).toEqual([list(study()).title]);
    const stored = (await db.studies.get(exampleStudy.id))!;
    expect(stored.topicLists.find((l) => l.id === 'tl-beleid')!.sections[0]!.topics[0]!.indicators).toBe(
      'eerste indruk van het team',
    );
    expect(stored.designVersion).toBe(2);
    expect(storage.length).toBe(0);
    expect(await restoreUnsavedTopicLists(db, storage)).toEqual([]);
  });

  it('leaves other studies’ journals and unreadable entries out', async () => {
    const db = await freshDb();
    await saveStudy(db, study());
    const storage = new MemoryStorage();
    storage.setItem(`veldwerk:unsaved-topic-list:${exampleStudy.id}:tl-beleid`, '{not json');
    journalList('een-andere-studie', withOpening(list(study()), 'x'), storage);
    expect(unsavedLists(exampleStudy.id, storage)).toEqual([]);
    expect(await restoreUnsavedTopicLists(db, storage)).toEqual([]);
    expect((await db.studies.get(exampleStudy.id))!.designVersion).toBe(1);
  });
});
