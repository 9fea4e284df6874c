/**
 * Finding the respondent's row in a large export by what a researcher remembers of it:
 * a name, an e-mail address, a date. A Forms export of 50,000 answers is too long for a
 * drop-down; the picker shows the first few rows that contain every word typed.
 */
import type { Questionnaire } from '../study/schema';
import { fold } from './normalise';
import type { ColumnMatch, SpreadsheetTable } from './types';

/** Titles Google Forms gives the e-mail column it collects, in likely languages, folded. */
const EMAIL_TITLES = new Set([
  'e-mailadres',
  'emailadres',
  'e-mail',
  'email',
  'email address',
  'e-mail address',
  'e-mail-adresse',
  'adresse e-mail',
  'direccion de correo electronico',
]);

export interface RowSummary {
  /** 0-based index into `table.rows`. */
  index: number;
  /** The row number as a spreadsheet shows it (header = 1). */
  rowNumber: number;
  name: string;
  email: string;
  timestamp: string;
  /** Everything above, folded, for searching. */
  key: string;
}

export interface RowMatches {
  rows: RowSummary[];
  /** How many rows match in all; more than `rows.length` when the list was cut. */
  total: number;
}

/** One summary per row: the columns a researcher would recognise a respondent by. */
export function summariseRows(
  table: SpreadsheetTable,
  questionnaire: Questionnaire,
  columns: readonly ColumnMatch[],
): RowSummary[] {
  const nameQuestions = new Set(questionnaire.questions.filter((q) => q.purpose === 'name').map((q) => q.id));
  const nameColumn = columns.find((c) => c.questionId !== undefined && nameQuestions.has(c.questionId))?.column;
  const emailColumn = columns.find((c) => c.questionId === undefined && EMAIL_TITLES.has(fold(c.title)))?.column;
  const timestampColumn = columns.find((c) => c.role === 'timestamp')?.column;
  const cell = (row: readonly string[], column: number | undefined) => (column === undefined ? '' : (row[column] ?? '').trim());
  return table.rows.map((row, index) => {
    const rowNumber = table.rowNumbers[index] ?? index + 2;
    const summary = { index, rowNumber, name: cell(row, nameColumn), email: cell(row, emailColumn), timestamp: cell(row, timestampColumn) };
    return { ...summary, key: fold(`${rowNumber} ${summary.name} ${summary.email} ${summary.timestamp}`) };
  });
}

/**
 * The first `limit` rows containing every word of `query` (case and accents ignored),
 * in file order; an empty query matches every row.
 */
export function searchRows(rows: readonly RowSummary[], query: string, limit: number): RowMatches {
  const words = fold(query).split(' ').filter((word) => word !== '');
  const found: RowSummary[] = [];
  let total = 0;
  for (const row of rows) {
    if (!words.every((word) => row.key.includes(word))) continue;
    total++;
    if (found.length < limit) found.push(row);
  }
  return { rows: found, total };
}

/** "12 — Piet Jansen · piet@aalten.nl · 2017/04/03 8:48:17": how a row is named in the picker. */
export function rowLabel(row: RowSummary): string {
  const facts = [row.name, row.email, row.timestamp].filter((fact) => fact !== '');
  return facts.length > 0 ? `${row.rowNumber} — ${facts.join(' · ')}` : String(row.rowNumber);
}
