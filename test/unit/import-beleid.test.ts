/**
 * The real questionnaire 4.1 (beleidsmedewerkers) end to end: a Google Forms export with
 * its plain question titles (two of them appear twice, one three times), the same sheet
 * as Dutch Excel saves it, and proposing the respondent's row by name.
 */
import { describe, expect, it } from 'vitest';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { answersFromRow, matchColumns, proposeRow, readSpreadsheet } from '../../shared/import';
import type { Answers } from '../../shared/responses/schema';
import { encodeWindows1252 } from '../support/windows-1252';

const questions = beleidQuestionnaire.questions;

/** One respondent's cells by question id, as Google Forms writes them (";" between checkboxes). */
const PIET: Record<string, string> = {
  naam: 'Piet Jansen',
  gemeente: 'Aalten',
  expertise: 'Wmo, Jeugdwet',
  startjaar: '2012',
  V1: 'Ja, gemiddeld één keer per week',
  V2: 'In een gesprek/vergadering;Via de koffieautomaat',
  V3: 'Ja, gemiddeld één keer per maand',
  V4: 'In een gesprek/vergadering;Op een online forum zoals intranet',
  V5: 'Weet ik niet',
  V6: 'Ja, mijn collega(‘s)',
  V7: 'Ja',
  V8: 'Stuur ik na',
  V9: 'Ja, te weinig',
  V10: 'Soms',
  V11: 'Ja, meerdere keren per jaar',
  V12: 'Ja, maar te weinig',
  V13: 'Nee',
  V14: '',
  V15: 'Weet ik niet',
  V16: '',
  V17: 'Ja, voldoende',
  V18: 'Ja, maar te weinig',
  V19: 'Nee',
  V20: 'Ja, voldoende',
  V21: 'Ja, voldoende',
  V22: 'Nee, dank u.\nSucces met het onderzoek!',
};

const PIET_ANSWERS: Answers = {
  naam: { values: [], text: 'Piet Jansen' },
  gemeente: { values: [], text: 'Aalten' },
  expertise: { values: [], text: 'Wmo, Jeugdwet' },
  startjaar: { values: [], text: '2012' },
  V1: { values: ['Ja, gemiddeld één keer per week'] },
  V2: { values: ['In een gesprek/vergadering', 'Op een andere manier, namelijk:'], text: 'Via de koffieautomaat' },
  V3: { values: ['Ja, gemiddeld één keer per maand'] },
  V4: { values: ['In een gesprek/vergadering', 'Op een online forum zoals intranet'] },
  V5: { values: ['Weet ik niet'] },
  V6: { values: ['Ja, mijn collega(‘s)'] },
  V7: { values: ['Ja'] },
  V8: { values: [], text: 'Stuur ik na' },
  V9: { values: ['Ja, te weinig'] },
  V10: { values: ['Soms'] },
  V11: { values: ['Ja, meerdere keren per jaar'] },
  V12: { values: ['Ja, maar te weinig'] },
  V13: { values: ['Nee'] },
  V15: { values: ['Weet ik niet'] },
  V17: { values: ['Ja, voldoende'] },
  V18: { values: ['Ja, maar te weinig'] },
  V19: { values: ['Nee'] },
  V20: { values: ['Ja, voldoende'] },
  V21: { values: ['Ja, voldoende'] },
  V22: { values: [], text: 'Nee, dank u.\nSucces met het onderzoek!' },
};

function respondent(naam: string, gemeente: string, overrides: Record<string, string> = {}): Record<string, string> {
  return { ...PIET, naam, gemeente, ...overrides };
}

const RESPONDENTS = [
  { timestamp: '2017/04/03 8:48:17 p.m. CET', cells: PIET },
  { timestamp: '2017/04/05 10:02:45 a.m. CEST', cells: respondent('Anna de Vries', 'Winterswijk', { V1: 'Nee', V2: '' }) },
  { timestamp: '2017/04/06 1:15:00 p.m. CEST', cells: respondent('José Müller', 'Oost Gelre', { V13: 'Ja' }) },
];

function csvCell(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function csvText(titles: string[], delimiter: string, multiSeparator: string, prefix = ''): string {
  const lines = [
    [...titles].map((title) => csvCell(title, delimiter)).join(delimiter),
    ...RESPONDENTS.map(({ timestamp, cells }) =>
      [timestamp, ...questions.map((q) => cells[q.id]!.replaceAll(';', multiSeparator))]
        .map((cell) => csvCell(cell, delimiter))
        .join(delimiter),
    ),
  ];
  return prefix + lines.join('\r\n') + '\r\n';
}

describe('questionnaire 4.1 from Google Forms', () => {
  const titles = ['Tijdstempel', ...questions.map((q) => q.text)];
  const table = readSpreadsheet(
    'Vragenlijst beleidsmedewerkers.csv',
    new TextEncoder().encode(csvText(titles, ',', ';')),
  );

  it('hands out repeated titles to the repeated questions in order', () => {
    const byTitle = matchColumns(table.headers, beleidQuestionnaire)
      .filter((match) => match.title.startsWith('Zo ja,'))
      .map((match) => match.questionId);
    expect(byTitle).toEqual(['V2', 'V4', 'V8', 'V14', 'V16']);
  });

  it('imports every answer of a respondent', () => {
    const result = answersFromRow(table, beleidQuestionnaire, 0);
    expect(result.answers).toEqual(PIET_ANSWERS);
    expect(result.submittedAt).toBe('2017-04-03T20:48:17+01:00');
    expect(result.unmatchedColumns).toEqual([]);
    expect(result.unknownAnswers).toEqual([]);
    expect(result.missingQuestions).toEqual([]);
  });

  it('proposes the row by full name, by surname, and ignores case, accents and spacing', () => {
    expect(proposeRow(table, beleidQuestionnaire, 'Piet Jansen')).toBe(0);
    expect(proposeRow(table, beleidQuestionnaire, 'jansen')).toBe(0);
    expect(proposeRow(table, beleidQuestionnaire, '  ANNA   DE VRIES ')).toBe(1);
    expect(proposeRow(table, beleidQuestionnaire, 'Jose Muller')).toBe(2);
    expect(proposeRow(table, beleidQuestionnaire, 'Müller, José')).toBe(2);
  });

  it('proposes nothing for a name that is not in the file', () => {
    expect(proposeRow(table, beleidQuestionnaire, 'Kees Bakker')).toBeNull();
    expect(proposeRow(table, beleidQuestionnaire, '')).toBeNull();
  });
});

describe('questionnaire 4.1 after Dutch Excel saved it', () => {
  // "Vraag 3:" prefixes on the numbered questions, straight apostrophes, answers joined
  // by ", " as Google Sheets does, Windows-1252 and a sep=; line.
  const titles = [
    'Tijdstempel',
    ...questions.map((q) => (q.number ? `Vraag ${q.number}: ${q.text}` : q.text).replace(/[’‘]/g, "'")),
  ];
  const text = csvText(titles, ';', ', ', 'sep=;\r\n').replaceAll('2017/04/03 8:48:17 p.m. CET', '3-4-2017 20:48');
  const table = readSpreadsheet('beleid.csv', encodeWindows1252(text));

  it('is read as Windows-1252 with semicolons', () => {
    expect(table.encoding).toBe('windows-1252');
    expect(table.delimiter).toBe(';');
    expect(table.rows).toHaveLength(3);
  });

  it('imports the same answers', () => {
    const result = answersFromRow(table, beleidQuestionnaire, 0);
    expect(result.answers).toEqual(PIET_ANSWERS);
    expect(result.submittedAt).toBe('2017-04-03T20:48:00');
    expect(result.unmatchedColumns).toEqual([]);
    expect(result.missingQuestions).toEqual([]);
  });

  it('reports missing and extra columns when the sheet was edited', () => {
    const keep = table.headers.map((_, column) => column).filter((column) => ![5, 6].includes(column)); // V1, V2
    const edited = {
      ...table,
      headers: [...keep.map((column) => table.headers[column]!), 'Notitie onderzoeker'],
      rows: table.rows.map((row) => [...keep.map((column) => row[column]!), 'Bellen na 14:00']),
    };
    const result = answersFromRow(edited, beleidQuestionnaire, 0);
    expect(result.missingQuestions).toEqual(['V1', 'V2']);
    expect(result.unmatchedColumns).toEqual([
      { column: edited.headers.length - 1, title: 'Notitie onderzoeker', value: 'Bellen na 14:00' },
    ]);
    expect(result.answers.V3).toEqual(PIET_ANSWERS.V3);
  });
});
