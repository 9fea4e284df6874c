/**
 * The study overview's data, read in one go: held interviews from their summaries (the
 * consent step left out, oldest first), an interview no summary was kept for (written by
 * an import) summarised from its own record and turns, and the study's other records.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase } from '../../renderer/data/database';
import { createInterview, updateInterview } from '../../renderer/data/interviews';
import { saveReflection } from '../../renderer/data/reflections';
import { studyOverviewData } from '../../renderer/data/study-overview';
import { exampleStudy } from '../../shared/example/study';
import { guideSnapshotSchema, type Interview } from '../../shared/interview/interview';
import { buildGuide } from '../../shared/preparation/guide';
import { emptyPreparation } from '../../shared/preparation/schema';
import { emptyReflection } from '../../shared/reflection/reflection';

let n = 0;
const freshName = () => `veldwerk-study-overview-${++n}-${Date.now()}`;
const T0 = Date.UTC(2019, 4, 14, 9, 30);

const list = exampleStudy.topicLists.find((l) => l.id === 'tl-beleid')!;
const GUIDE = guideSnapshotSchema.parse({
  topicListId: list.id,
  topicListTitle: list.title,
  sections: buildGuide(list, { role: 'BELEIDSMEDEWERKER', flags: [], preparation: emptyPreparation('r1', 's', 0) }),
});
const TOPIC = GUIDE.sections.flatMap((s) => s.topics).find((t) => t.questions.length > 0)!;

const interview = (id: string, createdAt: number, status: Interview['status'] = 'ended'): Interview => ({
  id,
  studyId: 's',
  respondentId: `r-${id}`,
  guide: GUIDE,
  status,
  startedAt: createdAt + 60_000,
  pauses: [],
  askedByHand: [],
  notAskedByHand: [],
  turnOrder: [],
  createdAt,
  updatedAt: createdAt,
});

const stateOf = (sections: { topics: { label: string; state: string }[] }[], label: string) =>
  sections.flatMap((s) => s.topics).find((t) => t.label === label)?.state;

describe('the study overview data', () => {
  it('has the held interviews, oldest first, with what was asked; unsummarised ones too', async () => {
    const db = await openDatabase(createDatabase(freshName()));
    await createInterview(db, interview('later', T0 + 2000));
    await createInterview(db, interview('earlier', T0));
    await createInterview(db, interview('consent-only', T0 + 500, 'consent'));
    await updateInterview(db, 'earlier', { askedByHand: [TOPIC.id] });
    // Written as an import writes it: no summary kept.
    await db.interviews.put({ ...interview('imported', T0 + 1000), turnOrder: ['t1'] });
    await db.turns.put({
      id: 't1',
      interviewId: 'imported',
      speaker: 'interviewer',
      text: 'Hoe ging dat?',
      startedAt: T0 + 1000,
      nodeId: TOPIC.questions[0]!.id,
    });
    await saveReflection(db, { ...emptyReflection('later', T0), studyId: 's' });

    const data = await studyOverviewData(db, 's');
    expect(data.interviews.map((i) => i.interviewId)).toEqual(['earlier', 'imported', 'later']);
    const [earlier, imported, later] = data.interviews;
    expect(stateOf(earlier!.overview.sections, TOPIC.label)).toBe('asked');
    expect(stateOf(imported!.overview.sections, TOPIC.label)).toBe('asked');
    expect(stateOf(later!.overview.sections, TOPIC.label)).toBe('notAsked');
    expect(imported!.overview).toMatchObject({ respondentId: 'r-imported', heldAt: T0 + 61_000 });
    expect(imported!.automaticCounts['auto:speaker:interviewer']).toBe(1);
    expect(data.reflections.map((r) => r.interviewId)).toEqual(['later']);
    expect(data.families).toEqual(['speaker', 'section', 'topic']);
    db.close();
  });
});
