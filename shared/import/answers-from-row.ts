/**
 * One respondent's row → questionnaire answers, with everything that did not fit
 * reported next to them: columns that are no question, cells that name no option, and
 * questions the file has no column for. Nothing in the row is dropped silently.
 */
import type { Answer, Answers } from '../responses/schema';
import type { Questionnaire, QuestionnaireQuestion } from '../study/schema';
import { readMultiple, readSingle, type CellReading } from './choices';
import { ImportError } from './errors';
import { matchColumns, requireMatchingColumns } from './match-columns';
import { dateOrderOf, parseTimestamp } from './timestamp';
import type { ColumnMatch, RowImport, SpreadsheetTable, UnknownAnswer, UnmatchedColumn } from './types';

function readCell(question: QuestionnaireQuestion, cell: string): CellReading {
  // A choice question without options can only be read as text.
  if (question.kind === 'open' || question.options.length === 0) {
    const text = cell.normalize('NFC').trim();
    return text === '' ? {} : { answer: { values: [], text } };
  }
  return question.kind === 'single' ? readSingle(question, cell) : readMultiple(question, cell);
}

/** Two columns for one question (only with a hand-made mapping): keep both. */
function merge(earlier: Answer | undefined, later: Answer): Answer {
  if (!earlier) return later;
  const values = [...new Set([...earlier.values, ...later.values])];
  const texts = [earlier.text, later.text].filter((text): text is string => !!text);
  return texts.length > 0 ? { values, text: texts.join('\n') } : { values };
}

/**
 * Reads row `rowIndex` (0-based into `table.rows`). `columns` defaults to
 * `matchColumns(table.headers, questionnaire)`; pass an edited mapping to override it.
 * Throws `noMatchingColumns` when no column is a question of this questionnaire.
 */
export function answersFromRow(
  table: SpreadsheetTable,
  questionnaire: Questionnaire,
  rowIndex: number,
  columns: readonly ColumnMatch[] = matchColumns(table.headers, questionnaire),
): RowImport {
  requireMatchingColumns(table, questionnaire, columns);
  const row = table.rows[rowIndex];
  if (!Number.isInteger(rowIndex) || !row) {
    throw new ImportError(
      'rowOutOfRange',
      { fileName: table.fileName, rowIndex, rows: table.rows.length },
      `${table.fileName} has ${table.rows.length} rows of answers; there is no row with index ${rowIndex}.`,
    );
  }

  const questions = new Map(questionnaire.questions.map((question) => [question.id, question]));
  const answers: Answers = {};
  const unmatchedColumns: UnmatchedColumn[] = [];
  const unknownAnswers: UnknownAnswer[] = [];
  const result: RowImport = {
    rowIndex,
    rowNumber: table.rowNumbers[rowIndex] ?? rowIndex + 2,
    answers,
    unmatchedColumns,
    unknownAnswers,
    missingQuestions: [],
  };

  for (const match of columns) {
    const cell = row[match.column] ?? '';
    const question = match.questionId === undefined ? undefined : questions.get(match.questionId);
    if (question) {
      const reading = readCell(question, cell);
      if (reading.answer) answers[question.id] = merge(answers[question.id], reading.answer);
      if (reading.unknown !== undefined) unknownAnswers.push({ questionId: question.id, value: reading.unknown });
    } else if (match.role === 'timestamp') {
      const raw = cell.trim();
      if (raw === '') continue;
      // Slash dates are read day- or month-first as the whole column shows.
      const order = dateOrderOf(table.rows.map((other) => other[match.column] ?? ''));
      result.submittedAt = parseTimestamp(raw, order) ?? raw;
      result.submittedAtRaw = raw;
    } else {
      unmatchedColumns.push({ column: match.column, title: match.title, value: cell });
    }
  }

  const answered = new Set(columns.map((match) => match.questionId));
  result.missingQuestions = questionnaire.questions.filter((q) => !answered.has(q.id)).map((q) => q.id);
  return result;
}
