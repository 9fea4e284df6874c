/**
 * From a row of an export to questionnaire answers, with a small questionnaire built
 * here: column titles in their many spellings, checkbox answers joined by ";" (Google
 * Forms) or ", " (Google Sheets), options that contain commas, "other" text, unknown
 * answers, and columns that are missing or extra.
 */
import { describe, expect, it } from 'vitest';
import {
  answersFromRow,
  ImportError,
  matchColumns,
  readSpreadsheet,
  type SpreadsheetTable,
} from '../../shared/import';
import type { Questionnaire } from '../../shared/study/schema';
import { encodeWindows1252 } from '../support/windows-1252';

const questionnaire: Questionnaire = {
  id: 'vl-test',
  title: 'Testvragenlijst',
  questions: [
    { id: 'naam', text: 'Wat is uw naam?', kind: 'open', options: [], purpose: 'name' },
    {
      id: 'V1',
      number: 1,
      text: 'Wisselt u ervaringen, informatie en/of nieuwe ideeën met collega’s uit?',
      kind: 'single',
      options: [
        { label: 'Ja, gemiddeld één keer per week' },
        { label: 'Ja, gemiddeld één keer per maand' },
        { label: 'Nee' },
      ],
    },
    {
      id: 'V2',
      number: 2,
      text: 'Zo ja, op welke manier? (meerdere antwoorden mogelijk)',
      kind: 'multiple',
      options: [
        { label: 'In een gesprek/vergadering' },
        { label: 'Op een online forum zoals intranet' },
        { label: 'Op een andere manier, namelijk:', other: true },
      ],
    },
    {
      id: 'V3',
      number: 3,
      text: 'Zijn er vaste momenten ingepland voor het evalueren van werkzaamheden?',
      kind: 'single',
      options: [{ label: 'Ja' }, { label: 'Nee' }, { label: 'Anders', other: true }],
    },
    {
      id: 'V4',
      number: 4,
      text: 'Wanneer deelt u kennis? (meerdere antwoorden mogelijk)',
      kind: 'multiple',
      // "Ja" is a prefix of a longer option that contains a comma itself.
      options: [{ label: 'Ja' }, { label: 'Ja, gemiddeld één keer per week' }, { label: 'Nee' }],
    },
    {
      id: 'V5',
      number: 5,
      text: 'Geeft u “kritische” feedback op het werk van uw collega’s?',
      kind: 'single',
      options: [{ label: 'Ja' }, { label: 'Nee' }, { label: 'Soms' }],
    },
    { id: 'V6', number: 6, text: 'Heeft u nog vragen of opmerkingen?', kind: 'open', options: [] },
  ],
};

const utf8 = (text: string) => new TextEncoder().encode(text);

function csv(rows: string[][], delimiter = ','): string {
  const quote = (cell: string) =>
    /[",;\t\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

/** A table from a Google Forms-style CSV with these titles and one row per entry. */
function table(headers: string[], ...rows: string[][]): SpreadsheetTable {
  return readSpreadsheet('antwoorden.csv', utf8(csv([headers, ...rows])));
}

const TITLES = [
  'Tijdstempel',
  'Wat is uw naam?',
  'Wisselt u ervaringen, informatie en/of nieuwe ideeën met collega’s uit?',
  'Zo ja, op welke manier? (meerdere antwoorden mogelijk)',
  'Zijn er vaste momenten ingepland voor het evalueren van werkzaamheden?',
  'Wanneer deelt u kennis? (meerdere antwoorden mogelijk)',
  'Geeft u “kritische” feedback op het werk van uw collega’s?',
  'Heeft u nog vragen of opmerkingen?',
];

/** Answers for one row in TITLES order; only the cells given, the rest empty. */
function row(cells: Partial<Record<'ts' | 'naam' | 'V1' | 'V2' | 'V3' | 'V4' | 'V5' | 'V6', string>>): string[] {
  return [cells.ts, cells.naam, cells.V1, cells.V2, cells.V3, cells.V4, cells.V5, cells.V6].map((cell) => cell ?? '');
}

function importRow(cells: Parameters<typeof row>[0]) {
  return answersFromRow(table(TITLES, row(cells)), questionnaire, 0);
}

describe('matchColumns', () => {
  it('matches exact titles and recognises the timestamp column', () => {
    expect(matchColumns(TITLES, questionnaire)).toEqual([
      { column: 0, title: 'Tijdstempel', role: 'timestamp' },
      { column: 1, title: 'Wat is uw naam?', questionId: 'naam' },
      { column: 2, title: TITLES[2], questionId: 'V1' },
      { column: 3, title: TITLES[3], questionId: 'V2' },
      { column: 4, title: TITLES[4], questionId: 'V3' },
      { column: 5, title: TITLES[5], questionId: 'V4' },
      { column: 6, title: TITLES[6], questionId: 'V5' },
      { column: 7, title: TITLES[7], questionId: 'V6' },
    ]);
  });

  it('tolerates "Vraag 3:"-style prefixes, quotes, case and whitespace in titles', () => {
    const headers = [
      'Timestamp',
      '  WAT IS UW NAAM?  ',
      'Vraag 1: Wisselt u ervaringen, informatie en/of nieuwe ideeen met collega\'s uit?',
      'V2. Zo ja,  op welke manier?\n(meerdere antwoorden mogelijk)',
      'Vraag 3. zijn er vaste momenten ingepland voor het evalueren van werkzaamheden',
      'V4: Wanneer deelt u kennis? (Meerdere antwoorden mogelijk)',
      'Vraag 5 - Geeft u "kritische" feedback op het werk van uw collega‘s?',
      '6) Heeft u nog vragen of opmerkingen ?',
    ];
    expect(matchColumns(headers, questionnaire).map((match) => match.questionId ?? match.role)).toEqual([
      'timestamp',
      'naam',
      'V1',
      'V2',
      'V3',
      'V4',
      'V5',
      'V6',
    ]);
  });

  it('leaves columns that are no question unmatched, and a question without column unmatched', () => {
    const matches = matchColumns(['E-mailadres', 'Wat is uw naam?', 'Score'], questionnaire);
    expect(matches).toEqual([
      { column: 0, title: 'E-mailadres' },
      { column: 1, title: 'Wat is uw naam?', questionId: 'naam' },
      { column: 2, title: 'Score' },
    ]);
  });

  it('matches a bare "V3" title by number', () => {
    expect(matchColumns(['V3', 'Vraag 5'], questionnaire).map((match) => match.questionId)).toEqual(['V3', 'V5']);
  });
});

describe('answersFromRow: choices', () => {
  it('reads single-choice answers to their canonical labels, whatever the case or accents', () => {
    const result = importRow({ V1: 'ja, gemiddeld EEN keer per week', V3: 'Nee', V5: ' soms ' });
    expect(result.answers).toEqual({
      V1: { values: ['Ja, gemiddeld één keer per week'] },
      V3: { values: ['Nee'] },
      V5: { values: ['Soms'] },
    });
    expect(result.unknownAnswers).toEqual([]);
  });

  it('splits Google Forms ";"-joined checkbox answers', () => {
    const result = importRow({ V2: 'In een gesprek/vergadering;Op een online forum zoals intranet' });
    expect(result.answers.V2).toEqual({ values: ['In een gesprek/vergadering', 'Op een online forum zoals intranet'] });
  });

  it('turns a Google Forms "Other" answer among the checkboxes into the other option with its text', () => {
    const result = importRow({ V2: 'In een gesprek/vergadering;Via de koffieautomaat' });
    expect(result.answers.V2).toEqual({
      values: ['In een gesprek/vergadering', 'Op een andere manier, namelijk:'],
      text: 'Via de koffieautomaat',
    });
  });

  it('splits Google Sheets ", "-joined answers and keeps commas inside the other text', () => {
    const both = importRow({ V2: 'Op een online forum zoals intranet, In een gesprek/vergadering' });
    expect(both.answers.V2).toEqual({ values: ['In een gesprek/vergadering', 'Op een online forum zoals intranet'] });
    const other = importRow({ V2: 'In een gesprek/vergadering, Bij de koffie, en soms per mail' });
    expect(other.answers.V2).toEqual({
      values: ['In een gesprek/vergadering', 'Op een andere manier, namelijk:'],
      text: 'Bij de koffie, en soms per mail',
    });
  });

  it('matches an option that contains a comma before a shorter option inside it', () => {
    expect(importRow({ V4: 'Ja, gemiddeld één keer per week, Nee' }).answers.V4).toEqual({
      values: ['Ja, gemiddeld één keer per week', 'Nee'],
    });
    expect(importRow({ V4: 'Ja;Ja, gemiddeld één keer per week' }).answers.V4).toEqual({
      values: ['Ja', 'Ja, gemiddeld één keer per week'],
    });
    expect(importRow({ V4: 'Nee, Ja' }).answers.V4).toEqual({ values: ['Ja', 'Nee'] });
  });

  it('reads the other option when the label itself is in the cell, with or without text', () => {
    expect(importRow({ V2: 'Op een andere manier, namelijk:' }).answers.V2).toEqual({
      values: ['Op een andere manier, namelijk:'],
    });
    expect(importRow({ V2: 'Op een andere manier, namelijk: via Teams' }).answers.V2).toEqual({
      values: ['Op een andere manier, namelijk:'],
      text: 'via Teams',
    });
    expect(importRow({ V3: 'Anders: twee keer per jaar' }).answers.V3).toEqual({
      values: ['Anders'],
      text: 'twee keer per jaar',
    });
  });

  it('turns a single-choice value that is no option into the other option with text', () => {
    expect(importRow({ V3: 'Twee keer per jaar, in de heidag' }).answers.V3).toEqual({
      values: ['Anders'],
      text: 'Twee keer per jaar, in de heidag',
    });
  });

  it('reports answers that are no option of a question without an other option', () => {
    const result = importRow({ V5: 'Misschien', V4: 'Ja, Heel vaak' });
    expect(result.answers.V5).toBeUndefined();
    // The options that were recognised still count.
    expect(result.answers.V4).toEqual({ values: ['Ja'] });
    expect(result.unknownAnswers).toEqual([
      { questionId: 'V4', value: 'Heel vaak' },
      { questionId: 'V5', value: 'Misschien' },
    ]);
  });

  it('keeps open answers as text, line breaks included, and leaves empty cells unanswered', () => {
    const result = importRow({ naam: 'Piet Jansen', V6: 'Eerste regel\nTweede regel' });
    expect(result.answers).toEqual({
      naam: { values: [], text: 'Piet Jansen' },
      V6: { values: [], text: 'Eerste regel\nTweede regel' },
    });
  });
});

describe('answersFromRow: columns and timestamp', () => {
  it('reports extra columns with their value, and questions the file has no column for', () => {
    const headers = ['Tijdstempel', 'E-mailadres', 'Wat is uw naam?', TITLES[2]!, 'Opmerking onderzoeker'];
    const result = answersFromRow(
      table(headers, ['2017/04/03 8:48:17 p.m. CET', 'piet@example.org', 'Piet', 'Nee', '']),
      questionnaire,
      0,
    );
    expect(result.answers).toEqual({ naam: { values: [], text: 'Piet' }, V1: { values: ['Nee'] } });
    expect(result.unmatchedColumns).toEqual([
      { column: 1, title: 'E-mailadres', value: 'piet@example.org' },
      { column: 4, title: 'Opmerking onderzoeker', value: '' },
    ]);
    expect(result.missingQuestions).toEqual(['V2', 'V3', 'V4', 'V5', 'V6']);
  });

  it('reads the Google Forms timestamp into ISO 8601 and keeps the raw text', () => {
    const result = importRow({ ts: '2017/04/03 8:48:17 p.m. CET', naam: 'Piet' });
    expect(result.submittedAt).toBe('2017-04-03T20:48:17+01:00');
    expect(result.submittedAtRaw).toBe('2017/04/03 8:48:17 p.m. CET');
    expect(result.rowNumber).toBe(2);
  });

  it('keeps a timestamp it cannot read as it was', () => {
    const result = importRow({ ts: 'maandag ochtend', naam: 'Piet' });
    expect(result.submittedAt).toBe('maandag ochtend');
  });

  it('reads the same answers from a Dutch Excel file (Windows-1252, ";", sep= line)', () => {
    // Excel quotes only the cell that holds the separator: the ";"-joined checkbox answer.
    const text =
      'sep=;\r\n' +
      TITLES.join(';') +
      '\r\n' +
      '3-4-2017 20:48:17;Piet Jansen;Ja, gemiddeld één keer per week;' +
      '"In een gesprek/vergadering;Via de koffieautomaat";Ja;Ja, gemiddeld één keer per week;Soms;“Leuk” – bedankt\r\n';
    const result = answersFromRow(readSpreadsheet('excel.csv', encodeWindows1252(text)), questionnaire, 0);
    expect(result.answers).toEqual({
      naam: { values: [], text: 'Piet Jansen' },
      V1: { values: ['Ja, gemiddeld één keer per week'] },
      V2: { values: ['In een gesprek/vergadering', 'Op een andere manier, namelijk:'], text: 'Via de koffieautomaat' },
      V3: { values: ['Ja'] },
      V4: { values: ['Ja, gemiddeld één keer per week'] },
      V5: { values: ['Soms'] },
      V6: { values: [], text: '“Leuk” – bedankt' },
    });
    expect(result.submittedAt).toBe('2017-04-03T20:48:17');
    expect(result.unmatchedColumns).toEqual([]);
    expect(result.missingQuestions).toEqual([]);
  });

  it('refuses the export of another questionnaire', () => {
    const other = table(['Tijdstempel', 'Hoe groot is uw team?', 'Wat is uw functie?'], ['2017/04/03', '12', 'Manager']);
    try {
      answersFromRow(other, questionnaire, 0);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      const importError = error as ImportError<'noMatchingColumns'>;
      expect(importError.code).toBe('noMatchingColumns');
      expect(importError.params).toMatchObject({ questionnaire: 'Testvragenlijst', columns: 3 });
      expect(importError.message).toContain('Hoe groot is uw team?');
    }
  });

  it('refuses a row the table does not have', () => {
    const one = table(TITLES, row({ naam: 'Piet' }));
    expect(() => answersFromRow(one, questionnaire, 1)).toThrow(expect.objectContaining({ code: 'rowOutOfRange' }));
  });

  it('accepts a hand-edited column mapping', () => {
    const file = table(['Naam respondent', 'V1 antwoord'], ['Piet', 'Nee']);
    const result = answersFromRow(file, questionnaire, 0, [
      { column: 0, title: 'Naam respondent', questionId: 'naam' },
      { column: 1, title: 'V1 antwoord', questionId: 'V1' },
    ]);
    expect(result.answers).toEqual({ naam: { values: [], text: 'Piet' }, V1: { values: ['Nee'] } });
  });
});
