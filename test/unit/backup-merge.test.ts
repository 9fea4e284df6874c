/** The pure merge of two copies of the same data: union by id, differences kept twice. */
import { describe, expect, it } from 'vitest';
import { mergeTables, sameRecord } from '../../shared/backup/merge';
import { emptyTables, validateTables } from '../../shared/backup/tables';
import { exampleStudy } from '../../shared/example/study';

describe('merging backups', () => {
  it('adds what only the other side has, counts what both have alike, and never merges settings', () => {
    const ours = emptyTables();
    const theirs = emptyTables();
    ours.studies.push(exampleStudy);
    // The same study, its keys in another order: still the same record.
    theirs.studies.push(Object.fromEntries(Object.entries(exampleStudy).reverse()) as typeof exampleStudy);
    theirs.memos.push({ id: 'm1', interviewId: 'i1', text: 'Let op toon', at: 5 });
    theirs.settings.push({ key: 'language', value: 'en' });
    const result = mergeTables(ours, theirs);
    expect(result.unchanged).toBe(1);
    expect(result.added.memos.map((m) => m.id)).toEqual(['m1']);
    expect(result.added.settings).toEqual([]);
    expect(result.conflicts).toEqual([]);
  });

  it('a record that differs on the two sides is a conflict with both versions, nothing added for it', () => {
    const ours = emptyTables();
    const theirs = emptyTables();
    ours.memos.push({ id: 'm1', interviewId: 'i1', text: 'mijn versie', at: 5 });
    theirs.memos.push({ id: 'm1', interviewId: 'i1', text: 'hun versie', at: 5 });
    const result = mergeTables(ours, theirs);
    expect(result.added.memos).toEqual([]);
    expect(result.conflicts).toEqual([
      { table: 'memos', id: 'm1', ours: ours.memos[0], theirs: theirs.memos[0] },
    ]);
  });

  it('compares records deeply: arrays by position, absent and undefined fields alike', () => {
    expect(sameRecord({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameRecord({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameRecord({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameRecord({ a: 1 }, { a: '1' })).toBe(false);
  });

  it('refuses tables with a record twice or a table it does not know (from a newer Veldwerk)', () => {
    const memo = { id: 'm1', interviewId: 'i1', text: '', at: 1 };
    const twice = validateTables({ memos: [memo, memo] });
    expect(twice).toMatchObject({ ok: false, invalid: [{ table: 'memos', id: 'm1', problem: 'dubbel id' }] });
    const unknown = validateTables({ waveforms: [] });
    expect(unknown).toMatchObject({ ok: false, invalid: [{ id: 'waveforms', problem: 'onbekende tabel' }] });
  });
});
