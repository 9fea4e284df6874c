/** Questionnaire answers side by side: per respondent type and per municipality (mirrored questions). */
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import {
  answersByMunicipality,
  answersByType,
  formatAnswer,
  type AnswerSource,
} from '../../shared/reflection/answers-side-by-side';

const source = (
  id: string,
  code: string,
  typeId: string,
  organisation: string,
  answers: AnswerSource['response'],
): AnswerSource => ({
  respondent: { id, typeId, organisation },
  code,
  response: answers,
});

const sources: AnswerSource[] = [
  source('ba', 'BA', 'beleidsmedewerker', 'Aalten', {
    questionnaireId: 'vl-beleid',
    answers: { naam: { values: [], text: 'Piet' }, V1: { values: ['Nee'] }, V18: { values: ['Nee'] } },
  }),
  source('ma', 'MA', 'manager', 'Aalten', { questionnaireId: 'vl-manager', answers: { V16: { values: ['Ja'] } } }),
  source('bw', 'BW', 'beleidsmedewerker', 'Winterswijk', {
    questionnaireId: 'vl-beleid',
    answers: { V1: { values: ['Dagelijks'] } },
  }),
  // No answers, and answers to the wrong questionnaire: neither gets a column.
  source('bo', 'BO', 'beleidsmedewerker', 'Oost Gelre', undefined),
  source('mw', 'MW', 'manager', 'Winterswijk', { questionnaireId: 'vl-beleid', answers: { V1: { values: ['Nee'] } } }),
];

describe('answers side by side', () => {
  it('formats chosen options with the free text, or the open answer alone', () => {
    expect(formatAnswer({ values: ['Ja, maar te weinig'] })).toBe('Ja, maar te weinig');
    expect(formatAnswer({ values: ['Anders'], text: 'via de wijkteams' })).toBe('Anders; “via de wijkteams”');
    expect(formatAnswer({ values: [], text: 'Jeugdzorg' })).toBe('Jeugdzorg');
    expect(formatAnswer(undefined)).toBe('');
  });

  it('puts every respondent of a type next to each other, per question, without the name question', () => {
    const byType = answersByType(exampleStudy, sources);
    expect(byType.map((g) => [g.typeId, g.columns.map((c) => c.code)])).toEqual([
      ['beleidsmedewerker', ['BA', 'BW']],
      ['manager', ['MA']],
    ]);
    const beleid = byType[0]!;
    expect(beleid.rows.some((r) => r.questionId === 'naam')).toBe(false);
    expect(beleid.rows.find((r) => r.questionId === 'V1')!.cells).toEqual(['Nee', 'Dagelijks']);
    expect(beleid.rows.find((r) => r.questionId === 'V2')!.cells).toEqual(['', '']);
  });

  it('lines up the manager and the policy officer of one municipality on mirrored questions and marks contradictions', () => {
    const byMunicipality = answersByMunicipality(exampleStudy, sources);
    expect(byMunicipality.map((m) => m.organisation)).toEqual(['Aalten', 'Winterswijk']);
    const aalten = byMunicipality[0]!;
    expect(aalten.columns.map((c) => c.code)).toEqual(['BA', 'MA']);
    // Only the pair both answered: manager V16 ↔ policy officer V18.
    expect(aalten.rows).toHaveLength(1);
    const row = aalten.rows[0]!;
    expect(row.cells.map((c) => c && [c.questionId, c.answer])).toEqual([
      ['V18', 'Nee'],
      ['V16', 'Ja'],
    ]);
    expect(row.contradiction).toBe(true);
    expect(byMunicipality[1]!.rows).toEqual([]);
  });
});
