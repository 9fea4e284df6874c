/** Undo and redo: steps come back in order with their labels, typing merges, and the history is bounded. */
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, closeStep, createHistory, record, redo, undo } from '../../shared/design/history';

describe('history', () => {
  it('undoes and redoes steps in order, saying which step it was', () => {
    let h = createHistory('a');
    h = record(h, 'ab', 'b toegevoegd');
    h = record(h, 'abc', 'c toegevoegd');
    const first = undo(h);
    expect(first).toMatchObject({ label: 'c toegevoegd', history: { present: 'ab' } });
    const second = undo(first.history);
    expect(second.history.present).toBe('a');
    expect(canUndo(second.history)).toBe(false);
    const again = redo(second.history);
    expect(again).toMatchObject({ label: 'b toegevoegd', history: { present: 'ab' } });
    expect(canRedo(again.history)).toBe(true);
  });

  it('a new step after undo drops what could have been redone', () => {
    let h = record(createHistory(1), 2, 'twee');
    h = undo(h).history;
    h = record(h, 3, 'drie');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).history.present).toBe(1);
  });

  it('merges typing in one field into one step until the field is left', () => {
    let h = createHistory('');
    h = record(h, 'H', 'tekst', 'q1.text');
    h = record(h, 'Ha', 'tekst', 'q1.text');
    h = record(h, 'Hal', 'tekst', 'q1.text');
    expect(h.past).toHaveLength(1);
    h = closeStep(h);
    h = record(h, 'Hallo', 'tekst', 'q1.text');
    expect(h.past).toHaveLength(2);
    expect(undo(undo(h).history).history.present).toBe('');
  });

  it('ignores a step that changes nothing, and keeps at most the limit', () => {
    let h = createHistory(0, 3);
    expect(record(h, 0, 'niets')).toBe(h);
    for (let i = 1; i <= 10; i++) h = record(h, i, `stap ${i}`);
    expect(h.past.map((s) => s.state)).toEqual([7, 8, 9]);
  });
});
