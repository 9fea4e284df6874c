/** The saved reflection, and topics marked for more attention carried into later interviews with other lists. */
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { guideSnapshotSchema, type GuideSnapshot } from '../../shared/interview/interview';
import { buildGuide } from '../../shared/preparation/guide';
import {
  attentionAtStart,
  attentionMark,
  carriedForward,
  clearTopic,
  emptyReflection,
  reflectionSchema,
  type Reflection,
} from '../../shared/reflection/reflection';
import { topicKey, topicsWithKey } from '../../shared/reflection/topic-key';

const DAY = 24 * 60 * 60_000;
const T0 = Date.UTC(2019, 4, 14, 12);

function guideOf(listId: string, role?: string): GuideSnapshot {
  const list = exampleStudy.topicLists.find((l) => l.id === listId)!;
  return guideSnapshotSchema.parse({
    topicListId: list.id,
    topicListTitle: list.title,
    sections: buildGuide(list, { role, flags: [] }),
  });
}

function reflection(interviewId: string, at: number, marks: Reflection['moreAttention']): Reflection {
  return { ...emptyReflection(interviewId, at), moreAttention: marks };
}

describe('reflectionSchema', () => {
  it('accepts a reflection as the researcher saves it, with unanswered questions left out', () => {
    const saved = {
      interviewId: 'BA',
      enoughOpenQuestions: 'partly',
      moreAttention: [attentionMark('Belang van leren', 'Doorvragen op aanmoedigen door manager')],
      notes: 'Te veel ja/nee-vragen in Bouwblok 3.',
      questionKindOverrides: { t12: 'open' },
      updatedAt: T0,
    };
    expect(reflectionSchema.parse(saved)).toEqual(saved);
    expect(reflectionSchema.parse(emptyReflection('BA', T0))).toEqual(emptyReflection('BA', T0));
  });

  it('refuses unknown answers, unknown kinds and the same topic marked twice', () => {
    const base = emptyReflection('BA', T0);
    expect(reflectionSchema.safeParse({ ...base, enoughTopicsCovered: 'maybe' }).success).toBe(false);
    expect(reflectionSchema.safeParse({ ...base, questionKindOverrides: { t1: 'notAQuestion' } }).success).toBe(false);
    const twice = [attentionMark('Effecten'), attentionMark('effecten')];
    expect(reflectionSchema.safeParse({ ...base, moreAttention: twice }).success).toBe(false);
  });
});

describe('topicKey', () => {
  it('is the normalised label, so the same topic matches across topic lists', () => {
    expect(topicKey('Openheid voor nieuwe ideeën')).toBe('openheid-voor-nieuwe-ideeen');
    expect(topicKey('Voorstellen respondent, met name met betrekking tot functie.')).toBe(
      topicKey('Voorstellen respondent, met name met betrekking tot functie'),
    );
    const key = topicKey('Belang van leren');
    expect(topicsWithKey(guideOf('tl-beleid'), key).map((t) => t.topicId)).toEqual(['tl-beleid:belang-van-leren']);
    expect(topicsWithKey(guideOf('tl-manager'), key).map((t) => t.topicId)).toEqual(['tl-manager:belang-van-leren']);
    expect(topicsWithKey(guideOf('tl-nood', 'MANAGER'), key).map((t) => t.topicId)).toEqual([
      'tl-nood:belang-van-leren',
    ]);
    expect(topicsWithKey(guideOf('tl-netwerk'), key)).toEqual([]);
  });
});

describe('carriedForward', () => {
  const ba = reflection('BA', T0, [
    attentionMark('Belang van leren', 'Niet aan toegekomen'),
    attentionMark('Effecten'),
  ]);
  const ma = reflection('MA', T0 + DAY, [
    attentionMark('Belang van leren'),
    attentionMark('Visie op leren', 'Leerdoelen?'),
  ]);

  it('carries marked topics into a later interview that uses another list, newest first, with who raised them', () => {
    const carried = carriedForward([ba, ma], T0 + 2 * DAY);
    expect(carried.map((c) => c.topicKey)).toEqual(['belang-van-leren', 'visie-op-leren', 'effecten']);
    expect(carried[0]!.raisedBy).toEqual([
      { interviewId: 'MA', at: T0 + DAY },
      { interviewId: 'BA', note: 'Niet aan toegekomen', at: T0 },
    ]);
    // Preparing the next interview with the manager list (5.2): the 5.1 marks land on its topics.
    const next = guideOf('tl-manager');
    expect(carried.flatMap((c) => topicsWithKey(next, c.topicKey).map((t) => t.topicId))).toEqual([
      'tl-manager:belang-van-leren',
      'tl-manager:visie-op-leren',
      'tl-manager:effecten',
    ]);
  });

  it('drops cleared marks, and clearing a topic clears it for every interview that raised it', () => {
    const cleared = clearTopic([ba, ma], 'belang-van-leren', T0 + 2 * DAY);
    expect(cleared[0]!.moreAttention[0]!.clearedAt).toBe(T0 + 2 * DAY);
    expect(cleared[1]!.moreAttention[0]!.clearedAt).toBe(T0 + 2 * DAY);
    expect(cleared[0]!.moreAttention[1]!.clearedAt).toBeUndefined();
    expect(carriedForward(cleared, T0 + 3 * DAY).map((c) => c.topicKey)).toEqual(['visie-op-leren', 'effecten']);
    // Leaves reflections without the topic untouched (same object), and never re-clears.
    const untouched = reflection('BB', T0, [attentionMark('Analyses')]);
    expect(clearTopic([untouched], 'belang-van-leren', T0)[0]).toBe(untouched);
    expect(clearTopic(cleared, 'belang-van-leren', T0 + 9 * DAY)[0]!.moreAttention[0]!.clearedAt).toBe(T0 + 2 * DAY);
  });

  it('answers what was open at a given moment', () => {
    const cleared = clearTopic([ba, ma], 'belang-van-leren', T0 + 2 * DAY);
    // Before MA's reflection existed, only BA's marks were open.
    expect(
      carriedForward(cleared, T0 + DAY / 2).map((c) => [c.topicKey, c.raisedBy.map((r) => r.interviewId)]),
    ).toEqual([
      ['belang-van-leren', ['BA']],
      ['effecten', ['BA']],
    ]);
    // Before the clearing, the topic was still open.
    expect(carriedForward(cleared, T0 + DAY).map((c) => c.topicKey)).toContain('belang-van-leren');
    expect(carriedForward([], T0)).toEqual([]);
  });
});

describe("attentionAtStart: the reminders in an interview's guide", () => {
  // BA's reflection marked the topic on day 0 and was edited again on day 3 (the transcript was sent).
  const ba = { ...reflection('BA', T0 + 3 * DAY, [attentionMark('Belang van leren', 'Niet aan toegekomen', T0)]) };
  const ma = reflection('MA', T0 + 2 * DAY, [attentionMark('Effecten', undefined, T0 + 2 * DAY)]);

  it('shows what other interviews raised before this one started, also when their reflection was edited later', () => {
    const started = { id: 'MO', startedAt: T0 + DAY };
    expect(attentionAtStart([ba, ma], started, T0 + 4 * DAY)).toEqual([
      {
        topicKey: 'belang-van-leren',
        label: 'Belang van leren',
        raisedBy: [{ interviewId: 'BA', note: 'Niet aan toegekomen', at: T0 }],
      },
    ]);
  });

  it('never reminds an interview of what its own reflection raised', () => {
    expect(attentionAtStart([ba, ma], { id: 'BA', startedAt: T0 - DAY }, T0 + 4 * DAY)).toEqual([]);
    expect(
      attentionAtStart([ba, ma], { id: 'MA', startedAt: T0 + 5 * DAY }, T0 + 6 * DAY).map((c) => c.topicKey),
    ).toEqual(['belang-van-leren']);
  });

  it('keeps showing what was open at the start after it is cleared; an interview not yet started gets what is open now', () => {
    const cleared = clearTopic([ba, ma], 'belang-van-leren', T0 + 2 * DAY);
    expect(attentionAtStart(cleared, { id: 'MO', startedAt: T0 + DAY }, T0 + 9 * DAY)).toHaveLength(1);
    expect(attentionAtStart(cleared, { id: 'MO' }, T0 + 9 * DAY).map((c) => c.topicKey)).toEqual(['effecten']);
  });
});
