/**
 * Editing a design never changes an interview already held: it keeps the guide it was
 * held with, and the changes since are listed. Saving a study checks it and counts versions.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase } from '../../renderer/data/database';
import { InvalidStudyError, saveStudy } from '../../renderer/data/studies';
import { snapshotGuide } from '../../shared/interview/start';
import { guideChanges, hasChanges } from '../../shared/design/guide-changes';
import { exampleStudy } from '../../shared/example/study';
import { computeFlags } from '../../shared/flags/engine';
import type { Interview } from '../../shared/interview/interview';
import { buildGuide } from '../../shared/preparation/guide';
import { emptyPreparation } from '../../shared/preparation/schema';
import type { Study, TopicList } from '../../shared/study/schema';

let n = 0;
const freshDb = () => openDatabase(createDatabase(`veldwerk-design-${++n}-${Date.now()}`));
const beleidList = () => structuredClone(exampleStudy.topicLists.find((l) => l.id === 'tl-beleid')!);

function heldInterview(list: TopicList): Interview {
  const preparation = {
    ...emptyPreparation('r1', exampleStudy.id, 0),
    placeholderValues: { 'tl-beleid:effecten:q2': { documentnaam: 'Beleidsplan Wmo' } },
  };
  const guide = buildGuide(list, { role: 'BELEIDSMEDEWERKER', flags: [], preparation });
  return {
    id: 'i1',
    studyId: exampleStudy.id,
    respondentId: 'r1',
    guide: snapshotGuide(list.id, list.title, 'BELEIDSMEDEWERKER', guide),
    status: 'ended',
    pauses: [],
    askedByHand: [],
    notAskedByHand: [],
    turnOrder: [],
    createdAt: 1,
    updatedAt: 1,
  };
}

/** The example's policy-officer list with one question reworded, one removed, one added. */
function editedDesign(): Study {
  const study = structuredClone(exampleStudy);
  const list = study.topicLists.find((l) => l.id === 'tl-beleid')!;
  const opening = list.sections[1]!.topics.find((t) => t.id === 'tl-beleid:openingsvraag')!;
  opening.questions[0] = { ...opening.questions[0]!, text: 'Hoe ziet een gewone werkweek er voor u uit?' };
  const safety = list.sections[2]!.topics.find((t) => t.id === 'tl-beleid:psychologische-veiligheid')!;
  const removedText = safety.questions[0]!.text;
  safety.questions = [];
  opening.questions.push({ id: 'tl-beleid:openingsvraag:nieuw', text: 'Wat houdt u op dit moment het meest bezig?' });
  return Object.assign(study, { removedText });
}

describe('design versions', () => {
  it('an interview held before an edit still shows its own topic list, and lists what changed since', async () => {
    const db = await freshDb();
    await saveStudy(db, exampleStudy);
    const interview = heldInterview(beleidList());
    await db.interviews.add(interview);

    const edited = editedDesign();
    await saveStudy(db, edited);

    const stored = (await db.interviews.get('i1'))!;
    expect(stored.guide).toEqual(interview.guide);
    const texts = stored.guide.sections.flatMap((s) => s.topics.flatMap((t) => t.questions.map((q) => q.text)));
    expect(texts).toContain((edited as Study & { removedText: string }).removedText);
    expect(texts).not.toContain('Hoe ziet een gewone werkweek er voor u uit?');

    const current = (await db.studies.get(exampleStudy.id))!;
    const changes = guideChanges(
      stored.guide,
      current.topicLists.find((l) => l.id === 'tl-beleid'),
    );
    expect(changes.changed.map((c) => c.after)).toEqual(['Hoe ziet een gewone werkweek er voor u uit?']);
    expect(changes.removed.map((c) => c.id)).toEqual(['tl-beleid:psychologische-veiligheid:q1']);
    expect(changes.added.map((c) => c.after)).toEqual(['Wat houdt u op dit moment het meest bezig?']);
    db.close();
  });

  it('a question with a filled-in placeholder is not reported as changed', () => {
    const list = beleidList();
    const changes = guideChanges(heldInterview(list).guide, list);
    expect(hasChanges(changes)).toBe(false);
    const effect = heldInterview(list)
      .guide.sections.flatMap((s) => s.topics.flatMap((t) => t.questions))
      .find((q) => q.id === 'tl-beleid:effecten:q2')!;
    expect(effect.text).toContain('In Beleidsplan Wmo omschrijft');
  });

  it('a comparison’s neutral question is kept in the snapshot and not reported as removed from the list', () => {
    const list = beleidList();
    const beleid = exampleStudy.questionnaires.find((q) => q.id === 'vl-beleid')!;
    const flags = computeFlags({
      study: exampleStudy,
      questionnaire: beleid,
      answers: { V6: { values: ['Ja, ik zelf'] } },
      peers: [{ respondentTypeId: 'manager', questionnaireId: 'vl-manager', answers: { V4: { values: ['Nee'] } } }],
    });
    const snapshot = snapshotGuide(list.id, list.title, undefined, buildGuide(list, { flags }));
    const asked = snapshot.sections.flatMap((s) => s.topics.flatMap((t) => t.questions)).filter((q) => q.comparisonId);
    expect(asked.map((q) => [q.comparisonId, q.ticked])).toEqual([['verschil-manager-v4-beleid-v6', true]]);
    expect(hasChanges(guideChanges(snapshot, list))).toBe(false);
  });

  it('reports a removed topic list', () => {
    expect(guideChanges(heldInterview(beleidList()).guide, undefined).listRemoved).toBe(true);
  });

  it('counts a version per save and refuses an invalid design, keeping the stored one', async () => {
    const db = await freshDb();
    await saveStudy(db, exampleStudy);
    await saveStudy(db, { ...exampleStudy, name: 'Tweede versie' });
    expect(await db.studies.get(exampleStudy.id)).toMatchObject({ name: 'Tweede versie', designVersion: 2 });

    const broken = structuredClone(exampleStudy);
    broken.flagRules[0]!.target.nodeId = 'bestaat-niet';
    await expect(saveStudy(db, { ...broken, name: 'Kapot' })).rejects.toBeInstanceOf(InvalidStudyError);
    await expect(saveStudy(db, { ...exampleStudy, topicLists: [] })).rejects.toThrow(/topicLists/);
    expect(await db.studies.get(exampleStudy.id)).toMatchObject({ name: 'Tweede versie', designVersion: 2 });
    db.close();
  });
});
