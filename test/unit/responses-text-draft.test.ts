/**
 * An answer's text field while it is typed and saved: its own saves coming back never
 * move it, a re-import's text replaces it at once.
 */
import { describe, expect, it } from 'vitest';
import { draftOf, storedChanged, typed, type TextDraft } from '../../shared/responses/text-draft';

function typing(draft: TextDraft, ...texts: string[]): TextDraft {
  return texts.reduce((d, text) => typed(d, text, text.trim() ? text : ''), draft);
}

describe('text draft', () => {
  it('keeps what is typed while the saves come back one by one', () => {
    let draft = typing(draftOf('Oud'), 'Oud,', 'Oud, n', 'Oud, nieuw');
    draft = storedChanged(draft, 'Oud,');
    expect(draft.shown).toBe('Oud, nieuw');
    draft = storedChanged(draft, 'Oud, n');
    expect(draft.shown).toBe('Oud, nieuw');
    draft = storedChanged(draft, 'Oud, nieuw');
    expect(draft).toEqual({ shown: 'Oud, nieuw', pending: [] });
  });

  it('keeps what is typed when only the last save is seen', () => {
    const draft = storedChanged(typing(draftOf(''), 'a', 'ab', 'abc'), 'abc');
    expect(draft).toEqual({ shown: 'abc', pending: [] });
  });

  it('does not jump back when a text is typed, changed and typed again', () => {
    let draft = typing(draftOf(''), 'ja', 'jaa', 'ja');
    for (const stored of ['ja', 'jaa', 'ja']) {
      draft = storedChanged(draft, stored);
      expect(draft.shown).toBe('ja');
    }
    expect(draft.pending).toEqual([]);
  });

  it('shows a re-imported text at once, also over an earlier edit', () => {
    let draft = storedChanged(typing(draftOf('Uit het eerste bestand'), 'Met de hand'), 'Met de hand');
    draft = storedChanged(draft, 'Uit het tweede bestand');
    expect(draft).toEqual({ shown: 'Uit het tweede bestand', pending: [] });
  });

  it('clears a field whose answer was removed, and keeps blanks being typed', () => {
    let draft = typing(draftOf('Iets'), ' ');
    draft = storedChanged(draft, ''); // the blank text is saved as no answer
    expect(draft.shown).toBe(' ');
    expect(storedChanged(draftOf('Iets'), '').shown).toBe('');
  });
});
