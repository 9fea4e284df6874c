import { describe, expect, it } from 'vitest';
import { studySearchDocs } from '../../shared/search/study-docs';
import {
  buildStudyIndex,
  searchStudy,
  searchStudyPage,
  snippetOf,
  updateStudyIndex,
  type SearchDoc,
} from '../../shared/search/study-search';
import type { Interview, StoredTurn } from '../../shared/interview/interview';

const doc = (id: string, text: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  interviewId: 'i1',
  respondentId: 'r1',
  text,
  speaker: 'respondent',
  respondentType: 'Beleidsmedewerker',
  municipality: 'Aalten',
  codeIds: [],
  ...extra,
});

const docs = [
  doc('t1', 'Er kwamen veel nieuwe ideeën uit het wijkteam.', { codeIds: ['c-innovatie'] }),
  doc('t2', 'De samenwerking met de zorgaanbieders liep stroef.', { municipality: 'Winterswijk' }),
  doc('t3', 'Welke ideeen had de wethouder?', { speaker: 'interviewer', interviewId: 'i2', respondentType: 'Wethouder' }),
  doc('t4', 'Over samenwerken in de regio is weinig afgesproken.', { interviewId: 'i2', respondentType: 'Wethouder' }),
];
const index = buildStudyIndex(docs);
const ids = (query: string, filters = {}) => searchStudy(index, query, filters).map((r) => r.doc.id).sort();

describe('search across the interviews of a study', () => {
  it('folds diacritics both ways and ignores case', () => {
    expect(ids('ideeen')).toEqual(['t1', 't3']);
    expect(ids('IDEEËN')).toEqual(['t1', 't3']);
  });

  it('matches the start of a word', () => {
    expect(ids('samenw')).toEqual(['t2', 't4']);
  });

  it('needs every word of the query', () => {
    expect(ids('samenwerking zorgaanbieders')).toEqual(['t2']);
  });

  it('filters by respondent type, municipality, speaker and code', () => {
    expect(ids('ideeen', { respondentType: 'Wethouder' })).toEqual(['t3']);
    expect(ids('samenw', { municipality: 'Winterswijk' })).toEqual(['t2']);
    expect(ids('ideeen', { speaker: 'respondent' })).toEqual(['t1']);
    expect(ids('ideeen', { codeId: 'c-innovatie' })).toEqual(['t1']);
    expect(ids('ideeen', { codeId: 'c-other' })).toEqual([]);
  });

  it('finds nothing for a blank query or an absent word', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('burgemeester')).toEqual([]);
  });

  it('shows each hit with the words around it, the hit as written in the text', () => {
    const [result] = searchStudy(index, 'ideeen', { speaker: 'respondent' });
    // The spacing around the hit is kept, so punctuation right after a word stays attached.
    expect(result!.snippet).toEqual({ before: 'Er kwamen veel nieuwe ', hit: 'ideeën', after: ' uit het wijkteam.', start: 22, end: 28 });
    const [question] = searchStudy(index, 'ideeen', { speaker: 'interviewer' });
    expect(question!.snippet).toEqual({ before: 'Welke ', hit: 'ideeen', after: ' had de wethouder?', start: 6, end: 12 });
  });

  it('cuts long context with an ellipsis on each side', () => {
    const words = Array.from({ length: 30 }, (_, i) => `woord${i}`);
    const text = [...words.slice(0, 15), 'Coördinatie', ...words.slice(15)].join(' ');
    const snippet = snippetOf(text, ['coordinatie']);
    expect(snippet.hit).toBe('Coördinatie');
    expect(snippet.before.startsWith('… ')).toBe(true);
    expect(snippet.after.endsWith(' …')).toBe(true);
    expect(snippet.before.split(' ')).toContain('woord14');
    expect(snippet.after.split(' ')).toContain('woord15');
  });
});

describe('keeping the study index fresh', () => {
  it('finds a changed turn by its new words only, drops a removed turn, adds a new one', () => {
    const live = buildStudyIndex(docs);
    const changed = docs.map((d) => (d.id === 't2' ? { ...d, text: 'De afstemming met zorgaanbieders verliep goed.' } : d));
    const next = [...changed.filter((d) => d.id !== 't4'), doc('t5', 'Samenwerken kost tijd.')];
    expect(updateStudyIndex(live, next)).toBe(3);
    const found = (query: string) => searchStudy(live, query).map((r) => r.doc.id).sort();
    expect(found('afstemming')).toEqual(['t2']);
    expect(found('samenw')).toEqual(['t5']);
    expect(found('regio')).toEqual([]);
    // Nothing changed: nothing is re-indexed.
    expect(updateStudyIndex(live, next)).toBe(0);
  });

  it('counts every match while returning the first page', () => {
    const page = searchStudyPage(index, 'ideeen', {}, 1);
    expect(page.total).toBe(2);
    expect(page.results).toHaveLength(1);
  });
});

describe('the turns a study search indexes', () => {
  const interview = {
    id: 'i1',
    studyId: 's',
    respondentId: 'r1',
    status: 'ended',
    turnOrder: ['b', 'a', 'empty'],
    guide: { sections: [] },
  } as unknown as Interview;
  const turns: StoredTurn[] = [
    { id: 'a', interviewId: 'i1', speaker: 'respondent', text: 'Het antwoord.' } as StoredTurn,
    { id: 'b', interviewId: 'i1', speaker: 'interviewer', text: 'De vraag?' } as StoredTurn,
    { id: 'empty', interviewId: 'i1', speaker: 'respondent', text: '  ' } as StoredTurn,
  ];
  it('carries the respondent, the place in the transcript and every code of the turn, skipping empty turns', () => {
    const found = studySearchDocs([interview], turns, [{ id: 'r1', typeId: 'wethouder', organisation: ' Aalten ' }], [
      { interviewId: 'i1', turnId: 'a', codeId: 'c-leren' },
    ]);
    expect(found.map((d) => [d.id, d.position])).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
    expect(found[1]).toMatchObject({ respondentType: 'wethouder', municipality: 'Aalten', speaker: 'respondent' });
    expect(found[1]!.codeIds).toEqual(['auto:speaker:respondent', 'c-leren']);
  });
});
