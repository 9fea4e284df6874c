/** "Zijn er voldoende open vragen gesteld?": the interviewer's questions, their kind, and the researcher's corrections. */
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../shared/interview/turn';
import { questionShare } from '../../shared/reflection/question-share';

const T0 = Date.UTC(2019, 4, 14, 9, 30);
const turns: Turn[] = [
  { id: 'a', speaker: 'interviewer', text: 'Mag ik het gesprek opnemen?', startedAt: T0 },
  { id: 'b', speaker: 'respondent', text: 'Ja hoor. Wat wilt u weten?', startedAt: T0 + 1 },
  {
    id: 'c',
    speaker: 'interviewer',
    text: 'Als u denkt aan uw team, hoe zou u uw team omschrijven?',
    startedAt: T0 + 2,
  },
  { id: 'd', speaker: 'respondent', text: 'Een hecht team.', startedAt: T0 + 3 },
  { id: 'e', speaker: 'interviewer', text: 'Ja?', startedAt: T0 + 4 },
  {
    id: 'f',
    speaker: 'interviewer',
    text: 'Heeft u het gevoel dat uw manager luistert? Zo ja, waarom? Zo nee, waarom niet?',
    startedAt: T0 + 5,
  },
  { id: 'g', speaker: 'interviewer', text: 'Vertel eens over de laatste evaluatie.', startedAt: T0 + 6 },
  { id: 'h', speaker: 'interviewer', text: 'Dank u wel.', startedAt: T0 + 7 },
  { id: 'i', speaker: 'interviewer', text: '', startedAt: T0 + 8 },
];

describe('questionShare', () => {
  it('lists the interviewer’s questions, one per turn, with the classifier’s kind and rule', () => {
    const share = questionShare(turns);
    expect(share.questions.map((q) => [q.turnId, q.kind, q.rule])).toEqual([
      ['a', 'closed', 'verb-first'],
      ['c', 'open', 'question-word'],
      ['f', 'closed', 'conditionalTail'],
      ['g', 'open', 'prompt'],
    ]);
    expect(share).toMatchObject({ open: 2, closed: 2, openShare: 0.5 });
  });

  it('never counts what the respondent asks, nor encouragements and thanks', () => {
    const ids = questionShare(turns).questions.map((q) => q.turnId);
    expect(ids).not.toContain('b');
    expect(ids).not.toContain('e');
    expect(ids).not.toContain('h');
  });

  it('follows the researcher’s corrections and keeps what the classifier said', () => {
    const share = questionShare(turns, { f: 'open', e: 'open', b: 'open' });
    expect(share.questions.find((q) => q.turnId === 'f')).toMatchObject({
      kind: 'open',
      classifiedAs: 'closed',
      overridden: true,
    });
    // Correcting an encouragement makes it count; a respondent turn never does.
    expect(share.questions.find((q) => q.turnId === 'e')).toMatchObject({
      kind: 'open',
      classifiedAs: 'notAQuestion',
      overridden: true,
    });
    expect(share.questions.some((q) => q.turnId === 'b')).toBe(false);
    expect(share).toMatchObject({ open: 4, closed: 1, openShare: 0.8 });
  });

  it('has no share before any question was asked', () => {
    expect(questionShare([])).toEqual({ questions: [], open: 0, closed: 0 });
    expect(questionShare(turns.filter((t) => t.speaker === 'respondent')).openShare).toBeUndefined();
  });

  it('is not fooled by an override map with inherited keys', () => {
    const share = questionShare([{ id: 'toString', speaker: 'interviewer', text: 'Oké.' }], {});
    expect(share.questions).toEqual([]);
  });
});
