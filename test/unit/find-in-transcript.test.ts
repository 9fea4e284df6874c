import { describe, expect, it } from 'vitest';
import { findInTurns, foldForSearch } from '../../shared/search/find';

const turns = [
  { id: 'a', text: 'Welke ideeën had u?' },
  { id: 'b', text: 'IDEEEN genoeg, maar de Ideeen van de wethouder…' },
  { id: 'c', text: 'Geen.' },
];

describe('find in a transcript', () => {
  it('folds diacritics and case', () => {
    expect(foldForSearch('Ideeën Café')).toBe('ideeen cafe');
  });

  it('finds every occurrence in every turn, in order, at positions in the original text', () => {
    const hits = findInTurns(turns, 'ideeen');
    expect(hits.map((h) => h.turnId)).toEqual(['a', 'b', 'b']);
    expect(hits.map((h) => turns.find((t) => t.id === h.turnId)!.text.slice(h.start, h.end))).toEqual([
      'ideeën',
      'IDEEEN',
      'Ideeen',
    ]);
  });

  it('matches a query typed with diacritics against text without them', () => {
    expect(findInTurns(turns, 'Ideeën')).toHaveLength(3);
  });

  it('keeps positions right after emoji and decomposed characters', () => {
    const text = '👍 cafe\u0301 en café';
    const hits = findInTurns([{ id: 'x', text }], 'café');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['cafe\u0301', 'café']);
  });

  it('finds nothing for an empty query or an absent word', () => {
    expect(findInTurns(turns, '  ')).toEqual([]);
    expect(findInTurns(turns, 'burgemeester')).toEqual([]);
  });
});
