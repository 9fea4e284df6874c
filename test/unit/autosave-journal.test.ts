/** The journals beside the autosaver: injected storage, unreadable entries, structure folded and put back. */
import { describe, expect, it } from 'vitest';
import { journal } from '../../renderer/data/autosave/journal';
import {
  forgetSaved,
  forgetStructure,
  journalMemoDraft,
  journalStructure,
  journalText,
  journalWins,
  memoDraft,
  unsavedStructure,
  unsavedText,
} from '../../renderer/data/interview-journal';
import type { StoredTurn } from '../../shared/interview/interview';
import { applyUnsavedStructure } from '../../shared/interview/unsaved-structure';
import { MemoryStorage } from './support/memory-storage';

const turn = (id: string, text: string, speaker: StoredTurn['speaker'] = 'respondent'): StoredTurn => ({
  id,
  interviewId: 'i',
  speaker,
  text,
  startedAt: 1,
});

describe('journal', () => {
  it('reads back what was written, and treats "null", garbage and the wrong shape as nothing', () => {
    const storage = new MemoryStorage();
    const j = journal('k', (raw) => (typeof raw === 'number' ? raw : undefined), storage);
    expect(j.write(42)).toBe(true);
    expect(j.read()).toBe(42);
    for (const raw of ['null', '{"half', '"tekst"']) {
      storage.setItem('k', raw);
      expect(j.read()).toBeUndefined();
    }
    j.clear();
    expect(storage.length).toBe(0);
  });

  it('a full storage refuses the write without throwing', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    expect(journal('k', (raw) => raw, storage).write('x')).toBe(false);
    expect(() => journalText('i', 't', 'tekst', 1, storage)).not.toThrow();
  });
});

describe('interview journals', () => {
  it('keep typed text per turn until the database holds that very text', () => {
    const storage = new MemoryStorage();
    journalText('i', 't1', 'Hoe', 1, storage);
    journalText('i', 't1', 'Hoe gaat', 2, storage);
    journalText('i', 't2', 'Goed', 3, storage);
    forgetSaved(
      'i',
      [
        { id: 't1', text: 'Hoe' },
        { id: 't2', text: 'Goed' },
      ],
      storage,
    );
    expect(unsavedText('i', storage)).toEqual({ t1: { text: 'Hoe gaat', at: 2 } });
    forgetSaved('i', [{ id: 't1', text: 'Hoe gaat' }], storage);
    expect(storage.length).toBe(0);
  });

  it('a memo draft written as plain text by an earlier version is still read', () => {
    const storage = new MemoryStorage();
    storage.setItem('veldwerk:memo-draft:i', 'half memo');
    expect(memoDraft('i', storage)).toBe('half memo');
    journalMemoDraft('i', '', storage);
    expect(memoDraft('i', storage)).toBe('');
  });

  it('fold successive structural edits into one entry, put back over the database at open', () => {
    const storage = new MemoryStorage();
    const stored = [turn('a', 'Hoe gaat het?', 'interviewer'), turn('b', 'Goed. En met u?'), turn('c', 'Prima.')];
    // Split b, then merge c into a new neighbour, then change a speaker.
    journalStructure(
      'i',
      { order: ['a', 'b', 'b2', 'c'], put: [turn('b', 'Goed.'), turn('b2', 'En met u?')], remove: [], at: 10 },
      storage,
    );
    journalStructure(
      'i',
      { order: ['a', 'b', 'b2'], put: [turn('b2', 'En met u? Prima.')], remove: ['c'], at: 11 },
      storage,
    );
    journalStructure(
      'i',
      { order: ['a', 'b', 'b2'], put: [turn('b2', 'En met u? Prima.', 'interviewer')], remove: [], at: 12 },
      storage,
    );
    const entry = unsavedStructure('i', storage);
    expect(entry?.at).toBe(12);

    const restored = applyUnsavedStructure(stored, 5, entry)!;
    const byId = new Map(restored.turns.map((t) => [t.id, t]));
    expect(restored.order.map((id) => [byId.get(id)!.speaker, byId.get(id)!.text])).toEqual([
      ['interviewer', 'Hoe gaat het?'],
      ['respondent', 'Goed.'],
      ['interviewer', 'En met u? Prima.'],
    ]);
    expect(byId.has('c')).toBe(false);
    // A database as new as the journal wins.
    expect(applyUnsavedStructure(stored, 12, entry)).toBeUndefined();

    // Saved as of 11 while 12 was journalled: kept; saved as of 12: forgotten.
    forgetStructure('i', 11, storage);
    expect(unsavedStructure('i', storage)).toBeDefined();
    forgetStructure('i', 12, storage);
    expect(storage.length).toBe(0);
  });
});

describe('putting journalled text back after a crash', () => {
  it('puts back text typed after what the database holds, never an older entry over newer saved text', () => {
    const storage = new MemoryStorage();
    journalText('i', 't1', 'De kwispelstaartende', 1_000, storage);
    const entry = unsavedText('i', storage)['t1'];
    // The database was saved later than the journal reached the disk: the journal is stale.
    const savedLater = { ...turn('t1', 'De kwispelstaartende notarisoctopus las voor.'), textAt: 2_000 };
    expect(journalWins(entry, savedLater)).toBe(false);
    // The journal holds what was typed after the last save: it wins.
    const savedEarlier = { ...turn('t1', 'De kwispel'), textAt: 500 };
    expect(journalWins(entry, savedEarlier)).toBe(true);
    // A turn saved before turns carried a time: the journal wins, as before.
    expect(journalWins(entry, turn('t1', 'De'))).toBe(true);
    // The same text, or no entry: nothing to put back.
    expect(journalWins(entry, { ...turn('t1', 'De kwispelstaartende'), textAt: 1 })).toBe(false);
    expect(journalWins(undefined, turn('t1', 'x'))).toBe(false);
  });
});
