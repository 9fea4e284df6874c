/** The study overview: interviews × topics, lined up across topic lists, with under-covered themes standing out. */
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { guideSnapshotSchema, type GuideSnapshot } from '../../shared/interview/interview';
import { buildGuide } from '../../shared/preparation/guide';
import { emptyPreparation } from '../../shared/preparation/schema';
import { studyOverview, type OverviewInput } from '../../shared/reflection/study-overview';

function guideOf(listId: string, ticked: string[] = [], role?: string): GuideSnapshot {
  const list = exampleStudy.topicLists.find((l) => l.id === listId)!;
  const preparation = {
    ...emptyPreparation('r', exampleStudy.id, 0),
    ticks: Object.fromEntries(ticked.map((id) => [id, true])),
  };
  return guideSnapshotSchema.parse({
    topicListId: list.id,
    topicListTitle: list.title,
    sections: buildGuide(list, { role, flags: [], preparation }),
  });
}

function input(id: string, guide: GuideSnapshot, linked: string[], askedByHand: string[] = []): OverviewInput {
  return {
    interview: { id, guide, askedByHand, notAskedByHand: [] },
    turns: linked.map((nodeId) => ({ nodeId })),
    label: id,
  };
}

// BA (5.1): asked Effecten and Belang van leren, ticked Analyses but forgot it.
const ba = input('BA', guideOf('tl-beleid', ['tl-beleid:analyses:q1', 'tl-beleid:belang-van-leren:q1']), [
  'tl-beleid:effecten:q1',
  'tl-beleid:belang-van-leren:q1',
]);
// MA (5.2): asked Effecten only, ticked nothing.
const ma = input('MA', guideOf('tl-manager'), ['tl-manager:effecten:q3']);
// BB (5.3 nood): no Analyses-with-follow-up; ticked "Belang van leren" as asked by hand.
const bb = input('BB', guideOf('tl-nood', [], 'BELEIDSMEDEWERKER'), [], ['tl-nood:belang-van-leren']);

describe('studyOverview', () => {
  const overview = studyOverview([ba, ma, bb]);
  const row = (key: string) => overview.rows.find((r) => r.topicKey === key)!;

  it('has one column per interview with its topic list', () => {
    expect(overview.columns.map((c) => [c.label, c.topicListId])).toEqual([
      ['BA', 'tl-beleid'],
      ['MA', 'tl-manager'],
      ['BB', 'tl-nood'],
    ]);
  });

  it('lines up the same topic label across lists in one row', () => {
    expect(row('effecten').cells).toEqual(['asked', 'asked', 'notAsked']);
    expect(row('belang-van-leren').cells).toEqual(['asked', 'notAsked', 'asked']);
    expect(overview.rows.filter((r) => r.topicKey === 'effecten')).toHaveLength(1);
  });

  it('marks a ticked follow-up that was not asked, apart from a plain gap', () => {
    expect(row('analyses').cells).toEqual(['flaggedNotAsked', 'notAsked', 'notAsked']);
    expect(row('analyses').counts).toEqual({ asked: 0, notAsked: 2, flaggedNotAsked: 1, absent: 0 });
  });

  it('leaves topics a list does not have empty, and does not count them as gaps', () => {
    const combined = row('informatie-overdracht-verzamelen-informatie');
    expect(combined.cells).toEqual([null, null, 'notAsked']);
    expect(combined.counts.absent).toBe(2);
    const psych = row('psychologische-veiligheid');
    expect(psych.cells).toEqual(['notAsked', 'notAsked', null]);
  });

  it('makes under-covered themes stand out', () => {
    expect(row('effecten')).toMatchObject({ askedShare: 2 / 3, underCovered: false });
    expect(row('analyses')).toMatchObject({ askedShare: 0, underCovered: true });
    expect(
      studyOverview([ba, ma, bb], { underCoveredBelow: 0.7 }).rows.find((r) => r.topicKey === 'effecten')!.underCovered,
    ).toBe(true);
  });

  it('keeps the order of the topic lists, placing topics of later lists after their neighbours', () => {
    const keys = overview.rows.map((r) => r.topicKey);
    expect(keys.slice(0, 3)).toEqual(['voorstellen', 'toestemming-vragen-voor-opname', 'anonimiteit']);
    expect(keys.indexOf('openingsvraag')).toBeLessThan(keys.indexOf('psychologische-veiligheid'));
    // 5.3's combined topic comes right after the topic that precedes it in 5.3.
    const nood = bb.interview.guide.sections.flatMap((s) => s.topics.map((t) => t.label));
    const before = nood[nood.indexOf('Informatie overdracht/verzamelen informatie') - 1]!;
    expect(overview.rows[keys.indexOf('informatie-overdracht-verzamelen-informatie') - 1]!.label).toBe(before);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is empty for no interviews', () => {
    expect(studyOverview([])).toEqual({ columns: [], rows: [] });
  });
});
