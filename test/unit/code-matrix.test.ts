/** The code matrix and the quotes behind its cells. */
import { describe, expect, it } from 'vitest';
import { codeMatrix, flattenCodes, matrixColumns, type MatrixRespondent } from '../../shared/coding/matrix';
import { quotesOfCell, type QuoteSource } from '../../shared/coding/quotes';
import type { Coding } from '../../shared/coding/schema';
import type { Turn } from '../../shared/interview/turn';

const types = [
  { id: 'beleid', name: 'Beleidsmedewerker' },
  { id: 'manager', name: 'Manager' },
];
const respondents: Record<string, MatrixRespondent> = {
  i1: { typeId: 'beleid', organisation: 'Winterswijk' },
  i2: { typeId: 'manager', organisation: ' Winterswijk ' },
  i3: { typeId: 'beleid', organisation: 'Aalten' },
};
const byInterview = new Map(Object.entries(respondents));

let next = 0;
const coding = (
  interviewId: string,
  codeId: string,
  turnId = 't1',
  span: Coding['span'] = { kind: 'turn' },
): Coding => ({
  id: `c${++next}`,
  studyId: 's',
  interviewId,
  turnId,
  codeId,
  span,
  createdAt: 1,
  updatedAt: 1,
});

describe('the code matrix', () => {
  const codings = [
    coding('i1', 'leren'),
    coding('i1', 'leren'),
    coding('i2', 'leren'),
    coding('i3', 'leren'),
    coding('i3', 'netwerk'),
    coding('gone', 'netwerk'),
  ];

  it('counts codings per municipality, one municipality however its name was spaced', () => {
    const matrix = codeMatrix('municipality', codings, byInterview);
    expect(Object.fromEntries(matrix.get('leren')!)).toEqual({ Winterswijk: 3, Aalten: 1 });
    expect(Object.fromEntries(matrix.get('netwerk')!)).toEqual({ Aalten: 1 });
  });

  it('counts codings per respondent type', () => {
    const matrix = codeMatrix('respondentType', codings, byInterview);
    expect(Object.fromEntries(matrix.get('leren')!)).toEqual({ beleid: 3, manager: 1 });
  });

  it('lists municipalities alphabetically and types in the study order, only those present', () => {
    const all = Object.values(respondents);
    expect(matrixColumns('municipality', all, types).map((c) => c.label)).toEqual(['Aalten', 'Winterswijk']);
    expect(matrixColumns('respondentType', [respondents.i2!], types)).toEqual([{ key: 'manager', label: 'Manager' }]);
  });

  it('lays a code tree out as rows with their depth and path', () => {
    const flat = flattenCodes([
      { id: 'a', name: 'Leren', children: [{ id: 'b', name: 'Klimaat', memo: 'Sfeer', children: [] }] },
    ]);
    expect(flat).toEqual([
      { id: 'a', name: 'Leren', depth: 0, path: ['Leren'] },
      { id: 'b', name: 'Klimaat', depth: 1, path: ['Leren', 'Klimaat'], memo: 'Sfeer' },
    ]);
  });
});

describe('the quotes of a cell', () => {
  const turns: Turn[] = [
    { id: 't1', speaker: 'interviewer', text: 'Hoe leert u?', startedAt: 1 },
    { id: 't2', speaker: 'respondent', text: 'Wij leren vooral van elkaar, “samen” 😀.', startedAt: 2 },
  ];
  const source = (id: string, code: string): QuoteSource => ({
    interview: { id, turnOrder: ['t1', 't2'] },
    turns,
    respondent: respondents[id]!,
    code,
  });

  it('gives the coded text of each coding of the code in that column, in transcript order, with the respondent code', () => {
    const codings = [
      { ...coding('i1', 'leren', 't2', { kind: 'text', start: 4, end: 9 }), memo: 'kern' },
      coding('i1', 'leren', 't1'),
      coding('i2', 'leren', 't2', { kind: 'text', start: 29, end: 40 }),
      coding('i3', 'leren', 't2'),
      coding('i1', 'netwerk', 't2'),
    ];
    const quotes = quotesOfCell({ dimension: 'municipality', codeId: 'leren', column: 'Winterswijk' }, codings, [
      source('i1', 'BW1'),
      source('i2', 'MW1'),
      source('i3', 'BA1'),
    ]);
    expect(quotes.map((q) => [q.respondentCode, q.text, q.memo])).toEqual([
      ['BW1', 'Hoe leert u?', undefined],
      ['BW1', 'leren', 'kern'],
      ['MW1', '“samen” 😀.', undefined],
    ]);
  });

  it('leaves out codings whose turn is gone or whose text is now empty', () => {
    const codings = [coding('i1', 'leren', 'weg'), coding('i1', 'leren', 't2', { kind: 'text', start: 80, end: 90 })];
    expect(
      quotesOfCell({ dimension: 'respondentType', codeId: 'leren', column: 'beleid' }, codings, [source('i1', 'B')]),
    ).toEqual([]);
  });
});
