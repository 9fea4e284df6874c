import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { turnSchema, turnsSchema, type Turn } from '../../shared/interview/turn';
import { TurnEditError, UnknownTurnError } from '../../shared/interview/turn-errors';
import {
  insertTurnAfter,
  joinTexts,
  mergeWithNext,
  moveTurn,
  moveTurnBy,
  removeTurn,
  setSpeaker,
  splitTurn,
  toggleSpeaker,
  updateText,
} from '../../shared/interview/turn-editing';

const T0 = Date.UTC(2019, 4, 14, 9, 30);

function turn(id: string, speaker: Turn['speaker'], text: string, extra: Partial<Turn> = {}): Turn {
  return { id, speaker, text, startedAt: T0, ...extra };
}

const transcript: readonly Turn[] = Object.freeze([
  Object.freeze(turn('t1', 'interviewer', 'Hoe deelt u informatie met uw collega’s?', { nodeId: 'q1' })),
  Object.freeze(turn('t2', 'respondent', 'Vooral in het teamoverleg.   Soms ook per mail.', { startedAt: T0 + 5_000, nodeId: 'q1' })),
  Object.freeze(turn('t3', 'interviewer', 'En met andere gemeenten?', { startedAt: T0 + 30_000 })),
  Object.freeze(turn('t4', 'respondent', 'Dat gebeurt in de regio.', { startedAt: T0 + 35_000 })),
]);

const texts = (turns: readonly Turn[]) => turns.map((t) => t.text);
const ids = (turns: readonly Turn[]) => turns.map((t) => t.id);

function expectEditError(fn: () => unknown, code: TurnEditError['code']): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TurnEditError);
    expect((error as TurnEditError).code).toBe(code);
    return;
  }
  throw new Error(`expected a TurnEditError ${code}`);
}

describe('turn schema', () => {
  it('accepts a turn and rejects a bad speaker or empty id', () => {
    expect(turnSchema.parse(transcript[0])).toEqual(transcript[0]);
    expect(turnSchema.safeParse({ ...transcript[0], speaker: 'onderzoeker' }).success).toBe(false);
    expect(turnSchema.safeParse({ ...transcript[0], id: '' }).success).toBe(false);
  });

  it('rejects a transcript with two turns of the same id', () => {
    expect(turnsSchema.safeParse([transcript[0], transcript[0]]).success).toBe(false);
    expect(turnsSchema.safeParse(transcript).success).toBe(true);
  });
});

describe('splitTurn', () => {
  it('splits an answer into two answers of the same speaker, trimming at the cut', () => {
    const cut = transcript[1]!.text.indexOf('Soms') - 2; // inside the run of spaces
    const next = splitTurn(transcript, 't2', cut, 't2b');
    expect(texts(next)).toEqual([
      'Hoe deelt u informatie met uw collega’s?',
      'Vooral in het teamoverleg.',
      'Soms ook per mail.',
      'En met andere gemeenten?',
      'Dat gebeurt in de regio.',
    ]);
    expect(next[2]).toEqual({
      id: 't2b',
      speaker: 'respondent',
      text: 'Soms ook per mail.',
      startedAt: T0 + 5_000,
      nodeId: 'q1',
    });
    expect(next[1]!.id).toBe('t2');
  });

  it('uses the start time the caller knows for the second part', () => {
    const next = splitTurn(transcript, 't2', 26, 't2b', T0 + 12_000);
    expect(next[2]!.startedAt).toBe(T0 + 12_000);
    expect(next[1]!.startedAt).toBe(T0 + 5_000);
  });

  it('does not add a nodeId the turn did not have', () => {
    const next = splitTurn(transcript, 't3', 3, 't3b');
    expect(texts(next).slice(2, 4)).toEqual(['En', 'met andere gemeenten?']);
    expect(next[3]).toEqual({ id: 't3b', speaker: 'interviewer', text: 'met andere gemeenten?', startedAt: T0 + 30_000 });
    expect('nodeId' in next[3]!).toBe(false);
  });

  it('is a no-op at the start, at the end, or where one side is only whitespace', () => {
    expect(splitTurn(transcript, 't4', 0, 'x')).toBe(transcript);
    expect(splitTurn(transcript, 't4', transcript[3]!.text.length, 'x')).toBe(transcript);
    const padded = [turn('p', 'respondent', '  Ja.   ')];
    expect(splitTurn(padded, 'p', 1, 'x')).toBe(padded);
    expect(splitTurn(padded, 'p', 6, 'x')).toBe(padded);
  });

  it('refuses offsets outside the text, fractions, and cuts through an emoji', () => {
    expectEditError(() => splitTurn(transcript, 't4', -1, 'x'), 'invalid-offset');
    expectEditError(() => splitTurn(transcript, 't4', 999, 'x'), 'invalid-offset');
    expectEditError(() => splitTurn(transcript, 't4', 2.5, 'x'), 'invalid-offset');
    const emoji = [turn('e', 'respondent', 'Top 👍 echt')];
    expectEditError(() => splitTurn(emoji, 'e', 5, 'x'), 'invalid-offset');
    expect(texts(splitTurn(emoji, 'e', 6, 'x'))).toEqual(['Top 👍', 'echt']);
  });

  it('refuses an unknown turn or an id that is already taken', () => {
    expect(() => splitTurn(transcript, 'nope', 3, 'x')).toThrow(UnknownTurnError);
    expectEditError(() => splitTurn(transcript, 't4', 3, 't1'), 'duplicate-id');
  });

  it('never mutates its input', () => {
    const copy = structuredClone(transcript);
    splitTurn(transcript, 't2', 10, 'x');
    expect(transcript).toEqual(copy);
  });
});

describe('mergeWithNext', () => {
  it('joins a wrongly split answer with a single space and keeps the first turn', () => {
    const split = [
      turn('a', 'respondent', 'Dat hangt ervan af ', { nodeId: 'q2', startedAt: T0 }),
      turn('b', 'respondent', '  wie het vraagt.', { nodeId: 'q3', startedAt: T0 + 9_000 }),
      turn('c', 'interviewer', 'Dank u.'),
    ];
    const merged = mergeWithNext(split, 'a');
    expect(merged).toEqual([
      { id: 'a', speaker: 'respondent', text: 'Dat hangt ervan af wie het vraagt.', startedAt: T0, nodeId: 'q2' },
      split[2],
    ]);
  });

  it('merges turns of different speakers under the first speaker', () => {
    const merged = mergeWithNext(transcript, 't2');
    expect(ids(merged)).toEqual(['t1', 't2', 't4']);
    expect(merged[1]!.speaker).toBe('respondent');
    expect(merged[1]!.text).toBe('Vooral in het teamoverleg.   Soms ook per mail. En met andere gemeenten?');
  });

  it('does not leave a stray space when one side is empty', () => {
    const turns = [turn('a', 'respondent', ''), turn('b', 'respondent', 'Ja.')];
    expect(mergeWithNext(turns, 'a')[0]!.text).toBe('Ja.');
    expect(joinTexts('Ja. ', '   ')).toBe('Ja.');
  });

  it('is a no-op on the last turn and throws on an unknown one', () => {
    expect(mergeWithNext(transcript, 't4')).toBe(transcript);
    expect(() => mergeWithNext(transcript, 'nope')).toThrow(UnknownTurnError);
  });
});

describe('split then merge', () => {
  const word = fc.stringMatching(/^[A-Za-zëï’.,?]{1,8}$/);
  const space = fc.constantFrom(' ', '  ', '\n', ' \t ');

  it('gives back the original text with the whitespace at the cut made one space', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { minLength: 2, maxLength: 10 }), fc.nat(), (parts, pick) => {
        const text = parts.map(([w, s]) => w + s).join('').trimEnd();
        // Cut somewhere inside one of the whitespace runs between words.
        const gaps: [number, number][] = [];
        let at = 0;
        parts.slice(0, -1).forEach(([w, s]) => {
          at += w.length;
          gaps.push([at, at + s.length]);
          at += s.length;
        });
        const [gapStart, gapEnd] = gaps[pick % gaps.length]!;
        const offset = gapStart + (pick % (gapEnd - gapStart + 1));
        const turns = [turn('a', 'respondent', text), turn('z', 'interviewer', 'Vraag?')];
        const split = splitTurn(turns, 'a', offset, 'b');
        const back = mergeWithNext(split, 'a');
        const expected = `${text.slice(0, gapStart)} ${text.slice(gapEnd)}`;
        expect(back).toEqual([{ ...turns[0], text: expected }, turns[1]]);
      }),
    );
  });

  it('loses nothing but whitespace wherever the cut is', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 40 }), fc.nat(), (text, pick) => {
        const codeUnits = text.length;
        const offset = pick % (codeUnits + 1);
        const turns = [turn('a', 'respondent', text)];
        let split: readonly Turn[];
        try {
          split = splitTurn(turns, 'a', offset, 'b');
        } catch (error) {
          // Only a cut through a surrogate pair may be refused.
          expect((error as TurnEditError).code).toBe('invalid-offset');
          return;
        }
        if (split === turns) return;
        const back = mergeWithNext(split, 'a');
        expect(back).toHaveLength(1);
        expect(back[0]!.text.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});

describe('moving turns', () => {
  it('moves a turn to a position in the result', () => {
    expect(ids(moveTurn(transcript, 't4', 0))).toEqual(['t4', 't1', 't2', 't3']);
    expect(ids(moveTurn(transcript, 't1', 3))).toEqual(['t2', 't3', 't4', 't1']);
    expect(ids(moveTurn(transcript, 't2', 2))).toEqual(['t1', 't3', 't2', 't4']);
    expect(moveTurn(transcript, 't2', 1)).toBe(transcript);
  });

  it('keeps startedAt when the order changes', () => {
    const moved = moveTurn(transcript, 't4', 0);
    expect(moved[0]!.startedAt).toBe(T0 + 35_000);
  });

  it('refuses a position outside the transcript', () => {
    expectEditError(() => moveTurn(transcript, 't1', 4), 'invalid-index');
    expectEditError(() => moveTurn(transcript, 't1', -1), 'invalid-index');
    expectEditError(() => moveTurn(transcript, 't1', 1.5), 'invalid-index');
    expect(() => moveTurn(transcript, 'nope', 0)).toThrow(UnknownTurnError);
  });

  it('moves up and down by keyboard, stopping at the ends', () => {
    expect(ids(moveTurnBy(transcript, 't3', -1))).toEqual(['t1', 't3', 't2', 't4']);
    expect(ids(moveTurnBy(transcript, 't3', 1))).toEqual(['t1', 't2', 't4', 't3']);
    expect(ids(moveTurnBy(transcript, 't3', -10))).toEqual(['t3', 't1', 't2', 't4']);
    expect(moveTurnBy(transcript, 't1', -1)).toBe(transcript);
    expect(moveTurnBy(transcript, 't4', 1)).toBe(transcript);
    expectEditError(() => moveTurnBy(transcript, 't1', 0.5), 'invalid-index');
  });

  it('keeps every turn exactly once, whatever the moves', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -5, max: 5 }))), (moves) => {
        let turns: readonly Turn[] = transcript;
        for (const [which, delta] of moves) turns = moveTurnBy(turns, transcript[which]!.id, delta);
        expect([...ids(turns)].sort()).toEqual(['t1', 't2', 't3', 't4']);
      }),
    );
  });
});

describe('speaker, text, insert and remove', () => {
  it('relabels a turn, and toggles between interviewer and respondent', () => {
    expect(setSpeaker(transcript, 't3', 'respondent')[2]!.speaker).toBe('respondent');
    expect(setSpeaker(transcript, 't3', 'interviewer')).toBe(transcript);
    expect(toggleSpeaker(transcript, 't1')[0]!.speaker).toBe('respondent');
    expect(toggleSpeaker(toggleSpeaker(transcript, 't1'), 't1')).toEqual(transcript);
    expect(() => setSpeaker(transcript, 'nope', 'respondent')).toThrow(UnknownTurnError);
    expect(() => toggleSpeaker(transcript, 'nope')).toThrow(UnknownTurnError);
  });

  it('updates text exactly as typed and leaves other turns the same objects', () => {
    const next = updateText(transcript, 't4', 'Dat gebeurt in de regio, ');
    expect(next[3]!.text).toBe('Dat gebeurt in de regio, ');
    expect(next[0]).toBe(transcript[0]);
    expect(updateText(transcript, 't4', transcript[3]!.text)).toBe(transcript);
    expect(() => updateText(transcript, 'nope', '')).toThrow(UnknownTurnError);
  });

  it('inserts after a turn, or at the start for null', () => {
    const extra = turn('n', 'interviewer', 'Kunt u een voorbeeld geven?');
    expect(ids(insertTurnAfter(transcript, 't2', extra))).toEqual(['t1', 't2', 'n', 't3', 't4']);
    expect(ids(insertTurnAfter(transcript, 't4', extra))).toEqual(['t1', 't2', 't3', 't4', 'n']);
    expect(ids(insertTurnAfter(transcript, null, extra))).toEqual(['n', 't1', 't2', 't3', 't4']);
    expect(ids(insertTurnAfter([], null, extra))).toEqual(['n']);
    expect(() => insertTurnAfter(transcript, 'nope', extra)).toThrow(UnknownTurnError);
    expectEditError(() => insertTurnAfter(transcript, 't1', { ...extra, id: 't3' }), 'duplicate-id');
  });

  it('removes a turn', () => {
    expect(ids(removeTurn(transcript, 't2'))).toEqual(['t1', 't3', 't4']);
    expect(() => removeTurn(transcript, 'nope')).toThrow(UnknownTurnError);
  });

  it('reports the unknown id on the error', () => {
    try {
      removeTurn(transcript, 'weg');
    } catch (error) {
      expect(error).toMatchObject({ name: 'TurnEditError', code: 'unknown-turn', turnId: 'weg' });
    }
  });
});
