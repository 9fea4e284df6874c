/**
 * Interview summaries in IndexedDB: built for the interviews of an older database by
 * schema version 7, kept equal to a recomputation by the functions that write turns,
 * and removed with their interview.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase, type VeldwerkDatabase } from '../../renderer/data/database';
import { loadSummarisedInterview } from '../../renderer/data/interview-summaries';
import {
  createInterview,
  saveTranscriptStructure,
  saveTurnTexts,
  updateInterview,
} from '../../renderer/data/interviews';
import { deleteRespondent } from '../../renderer/data/respondents';
import { SCHEMA_VERSIONS } from '../../renderer/data/schema-versions';
import { exampleStudy } from '../../shared/example/study';
import { guideSnapshotSchema, type Interview, type StoredTurn } from '../../shared/interview/interview';
import { buildGuide } from '../../shared/preparation/guide';
import { emptyPreparation } from '../../shared/preparation/schema';
import { factsOf, summarize } from '../../shared/reflection/interview-summary';
import { sectionCodeId, topicCodeId } from '../../shared/coding/automatic';

let n = 0;
const freshName = () => `veldwerk-summaries-${++n}-${Date.now()}`;
const T0 = Date.UTC(2019, 4, 14, 9, 30);

const list = exampleStudy.topicLists.find((l) => l.id === 'tl-beleid')!;
const GUIDE = guideSnapshotSchema.parse({
  topicListId: list.id,
  topicListTitle: list.title,
  sections: buildGuide(list, {
    role: 'BELEIDSMEDEWERKER',
    flags: [],
    preparation: emptyPreparation('r1', exampleStudy.id, 0),
  }),
});
const QUESTION_IDS = GUIDE.sections.flatMap((s) => s.topics.flatMap((t) => t.questions.map((q) => q.id)));
const NODE_IDS = GUIDE.sections.flatMap((s) => s.topics.flatMap((t) => [t.id, ...t.questions.map((q) => q.id)]));

const interview = (id: string, respondentId = 'r1'): Interview => ({
  id,
  studyId: 's',
  respondentId,
  guide: GUIDE,
  status: 'running',
  startedAt: T0,
  pauses: [],
  askedByHand: [],
  notAskedByHand: [],
  turnOrder: [],
  createdAt: T0,
  updatedAt: T0,
});

async function recomputed(db: VeldwerkDatabase, id: string) {
  const stored = (await db.interviews.get(id))!;
  return summarize(stored, factsOf(await db.turns.where('interviewId').equals(id).toArray()));
}

describe('interview summaries in the database', () => {
  it('are built for the interviews of a version-5 database', async () => {
    const name = freshName();
    const v5 = createDatabase(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 5),
    );
    await v5.open();
    await v5.interviews.add({ ...interview('i1'), turnOrder: ['a', 'b'] });
    await v5.turns.bulkAdd([
      {
        id: 'a',
        interviewId: 'i1',
        speaker: 'interviewer',
        text: 'Hoe ging dat?',
        startedAt: T0,
        nodeId: QUESTION_IDS[0],
      },
      { id: 'b', interviewId: 'i1', speaker: 'respondent', text: 'Heel goed eigenlijk.', startedAt: T0 + 1000 },
    ]);
    v5.close();

    const db = await openDatabase(createDatabase(name));
    const summary = (await db.interviewSummaries.get('i1'))!;
    expect(summary.linkedNodeIds).toEqual([QUESTION_IDS[0]]);
    expect(summary).toMatchObject({
      studyId: 's',
      turnCount: 2,
      interviewerWords: 3,
      respondentWords: 3,
      openQuestions: 1,
    });
    db.close();
  });

  it('count the automatic codes of the interviews a version-7 database summarised without them', async () => {
    const name = freshName();
    const v7 = createDatabase(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 7),
    );
    await v7.open();
    await v7.interviews.add({ ...interview('i1'), turnOrder: ['a', 'b'] });
    await v7.turns.bulkAdd([
      {
        id: 'a',
        interviewId: 'i1',
        speaker: 'interviewer',
        text: 'Hoe ging dat?',
        startedAt: T0,
        nodeId: QUESTION_IDS[0],
      },
      { id: 'b', interviewId: 'i1', speaker: 'respondent', text: 'Heel goed.', startedAt: T0 + 1000 },
    ]);
    const facts = factsOf(await v7.turns.toArray());
    await v7.table('turnFacts').put({ interviewId: 'i1', facts });
    // What version 7 kept: a summary without code counts.
    const { automaticCounts: _left, ...old } = summarize((await v7.interviews.get('i1'))!, facts);
    await v7.interviewSummaries.put(old as never);
    v7.close();

    const db = await openDatabase(createDatabase(name));
    const counts = (await db.interviewSummaries.get('i1'))!.automaticCounts;
    const section = GUIDE.sections.find((s) =>
      s.topics.some((t) => t.questions.some((q) => q.id === QUESTION_IDS[0])),
    )!;
    expect(counts).toEqual({
      'auto:speaker:interviewer': 1,
      'auto:speaker:respondent': 1,
      [sectionCodeId(section.title)]: 1,
      [topicCodeId(section.topics.find((t) => t.questions.some((q) => q.id === QUESTION_IDS[0]))!.label)]: 1,
    });
    db.close();
  });

  it('hold what the study overview shows after a version-9 database is opened', async () => {
    const name = freshName();
    const v9 = createDatabase(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 9),
    );
    await v9.open();
    const topic = GUIDE.sections.flatMap((s) => s.topics).find((t) => t.questions.length > 0)!;
    const byHand = GUIDE.sections.flatMap((s) => s.topics).find((t) => t.id !== topic.id)!;
    await v9.interviews.add({
      ...interview('i1'),
      status: 'ended',
      turnOrder: ['a'],
      askedByHand: [byHand.id],
      createdAt: T0 - 1000,
    });
    await v9.turns.add({
      id: 'a',
      interviewId: 'i1',
      speaker: 'interviewer',
      text: 'Hoe ging dat?',
      startedAt: T0,
      nodeId: topic.questions[0]!.id,
    });
    const facts = factsOf(await v9.turns.toArray());
    await v9.table('turnFacts').put({ interviewId: 'i1', facts });
    // What version 9 kept: a summary without the overview's part.
    const { overview: _left, ...old } = summarize((await v9.interviews.get('i1'))!, facts);
    await v9.interviewSummaries.put(old as never);
    v9.close();

    const db = await openDatabase(createDatabase(name));
    const kept = (await db.interviewSummaries.get('i1'))!.overview;
    expect(kept).toMatchObject({
      respondentId: 'r1',
      status: 'ended',
      createdAt: T0 - 1000,
      heldAt: T0,
      topicListId: GUIDE.topicListId,
      topicListTitle: GUIDE.topicListTitle,
    });
    expect(kept.sections.map((s) => s.title)).toEqual(GUIDE.sections.map((s) => s.title));
    const stateOf = (label: string) => kept.sections.flatMap((s) => s.topics).find((t) => t.label === label)?.state;
    expect(stateOf(topic.label)).toBe('asked');
    expect(stateOf(byHand.label)).toBe('asked');
    const untouched = GUIDE.sections
      .flatMap((s) => s.topics)
      .find((t) => t.id !== topic.id && t.id !== byHand.id && t.questions.every((q) => !q.followUp))!;
    expect(stateOf(untouched.label)).toBe('notAsked');
    db.close();
  });

  it('stay equal to a recomputation after any sequence of saves', async () => {
    const db = await openDatabase(createDatabase(freshName()));
    let run = 0;
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const turnOf = fc.record({
      id: fc.constantFrom(...ids),
      speaker: fc.constantFrom('interviewer' as const, 'respondent' as const),
      text: fc.constantFrom('', 'Kunt u dat uitleggen?', 'Was dat zo?', 'Ja, dat was een bewuste keuze van het team.'),
      startedAt: fc.integer({ min: T0 - 60_000, max: T0 + 3_600_000 }),
      nodeId: fc.option(fc.constantFrom(...QUESTION_IDS.slice(0, 6)), { nil: undefined }),
    });
    const save = fc.oneof(
      fc.record({ kind: fc.constant('texts' as const), turns: fc.array(turnOf, { minLength: 1, maxLength: 2 }) }),
      fc.record({
        kind: fc.constant('structure' as const),
        order: fc.uniqueArray(fc.constantFrom(...ids)),
        put: fc.array(turnOf, { maxLength: 2 }),
        remove: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 2 }),
      }),
      fc.record({ kind: fc.constant('order' as const), order: fc.uniqueArray(fc.constantFrom(...ids)) }),
      fc.record({ kind: fc.constant('start' as const), at: fc.integer({ min: T0 - 120_000, max: T0 + 60_000 }) }),
      // Ticking and unticking by hand, and ending: what the study overview shows changes.
      fc.record({
        kind: fc.constant('hand' as const),
        asked: fc.uniqueArray(fc.constantFrom(...NODE_IDS.slice(0, 8))),
        notAsked: fc.uniqueArray(fc.constantFrom(...NODE_IDS.slice(0, 8)), { maxLength: 2 }),
      }),
      fc.record({ kind: fc.constant('end' as const) }),
      // Typing: a stored turn's text changes, nothing else (the quick path of the summary).
      fc.record({
        kind: fc.constant('retype' as const),
        id: fc.constantFrom(...ids),
        text: fc.constantFrom('', 'Hoe zag dat eruit?', 'Nee.', 'Klopt dat?', 'Dat weet ik niet meer precies.'),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(save, { maxLength: 8 }), async (saves) => {
        const id = `i${++run}`;
        await createInterview(db, interview(id));
        const stored = (turns: { nodeId?: string | undefined }[]) =>
          turns.map(
            ({ nodeId, ...rest }) => ({ ...rest, interviewId: id, ...(nodeId ? { nodeId } : {}) }) as StoredTurn,
          );
        for (const change of saves) {
          if (change.kind === 'retype') {
            const turn = await db.turns.get(change.id);
            if (turn?.interviewId === id) await saveTurnTexts(db, [{ ...turn, text: change.text }]);
          } else if (change.kind === 'texts') await saveTurnTexts(db, stored(change.turns));
          else if (change.kind === 'structure') {
            await saveTranscriptStructure(db, id, {
              turnOrder: change.order,
              put: stored(change.put),
              remove: change.remove,
              updatedAt: T0,
            });
          } else if (change.kind === 'order') await updateInterview(db, id, { turnOrder: change.order });
          else if (change.kind === 'hand') {
            await updateInterview(db, id, { askedByHand: change.asked, notAskedByHand: change.notAsked });
          } else if (change.kind === 'end') await updateInterview(db, id, { status: 'ended', endedAt: T0 + 3_600_000 });
          else await updateInterview(db, id, { startedAt: change.at });
        }
        expect(await db.interviewSummaries.get(id)).toEqual(await recomputed(db, id));
        const loaded = await loadSummarisedInterview(db, id);
        expect(loaded?.summary).toEqual(await recomputed(db, id));
        // The facts kept per turn are those of the interview's turns, no more, no fewer.
        expect(loaded?.facts).toEqual(factsOf(await db.turns.where('interviewId').equals(id).toArray()));
      }),
      { numRuns: 60 },
    );
    db.close();
  });

  it('are kept, while typing, by writing the typed turn, its facts and the summary only', async () => {
    const db = createDatabase(freshName());
    const writes: string[] = [];
    // Every record written, by table, seen below Dexie.
    db.use({
      stack: 'dbcore',
      name: 'count-writes',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => {
              if (request.type === 'put' || request.type === 'add') writes.push(...request.values.map(() => name));
              return table.mutate(request);
            },
          };
        },
      }),
    });
    await openDatabase(db);
    await createInterview(db, interview('i1'));
    const turns: StoredTurn[] = Array.from({ length: 300 }, (_, i) => ({
      id: `t${i}`,
      interviewId: 'i1',
      speaker: i % 2 === 0 ? 'interviewer' : 'respondent',
      text: 'Dat was een bewuste keuze van het team.',
      startedAt: T0 + i * 1000,
    }));
    await saveTranscriptStructure(db, 'i1', {
      turnOrder: turns.map((t) => t.id),
      put: turns,
      remove: [],
      updatedAt: T0,
    });
    writes.length = 0;
    await saveTurnTexts(db, [{ ...turns[151]!, text: 'Dat was een bewuste keuze van het hele team.' }]);
    expect(writes.sort()).toEqual(['factsOfTurns', 'interviewSummaries', 'turns']);
    expect(await db.interviewSummaries.get('i1')).toEqual(await recomputed(db, 'i1'));
    db.close();
  });

  it('go with the respondent they belong to', async () => {
    const db = await openDatabase(createDatabase(freshName()));
    await createInterview(db, interview('i1', 'r1'));
    await saveTurnTexts(db, [{ id: 'a', interviewId: 'i1', speaker: 'respondent', text: 'Goed.', startedAt: T0 }]);
    expect(await db.interviewSummaries.get('i1')).toBeDefined();
    await deleteRespondent(db, 'r1');
    expect(await db.interviewSummaries.get('i1')).toBeUndefined();
    expect(await db.factsOfTurns.where('interviewId').equals('i1').count()).toBe(0);
    db.close();
  });
});
