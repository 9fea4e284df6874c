/**
 * Which column holds which questionnaire question. Titles are compared after folding
 * (case, quotes, spaces, accents) and without a "Vraag 3:" prefix; a number in the
 * prefix picks between questions with the same text. Questionnaire 4.1 asks
 * "Zo ja, op welke manier?" twice and "Zo ja, kunt u dit document toesturen?" three
 * times, so identical titles are handed out in questionnaire order.
 */
import type { Questionnaire } from '../study/schema';
import { ImportError } from './errors';
import { listExcerpt } from './limits';
import { fold, looseKey, splitQuestionNumber } from './normalise';
import type { ColumnMatch, SpreadsheetTable } from './types';

/** "Timestamp" in the languages Google Forms is likely to be used in, folded. */
const TIMESTAMP_TITLES = new Set([
  'tijdstempel',
  'timestamp',
  'time stamp',
  'zeitstempel',
  'horodateur',
  'marca temporal',
  'marca de tiempo',
  'carimbo de data/hora',
  'informazioni cronologiche',
]);

export function isTimestampTitle(title: string): boolean {
  return TIMESTAMP_TITLES.has(fold(title));
}

interface Keyed {
  number?: number;
  strict: string;
  loose: string;
}

function keyed(title: string, number?: number): Keyed {
  const split = splitQuestionNumber(title);
  return { number: number ?? split.number, strict: fold(split.rest), loose: looseKey(split.rest) };
}

type Rule = (header: Keyed, question: Keyed) => boolean;

// Tried in this order; each pass hands out only what earlier passes left.
const RULES: readonly Rule[] = [
  (h, q) => h.number !== undefined && h.number === q.number && h.strict !== '' && h.strict === q.strict,
  (h, q) => h.number !== undefined && h.number === q.number && h.loose !== '' && h.loose === q.loose,
  (h, q) => h.strict !== '' && h.strict === q.strict,
  (h, q) => h.loose !== '' && h.loose === q.loose,
  // A title that is only a number ("V3", "Vraag 3") names the question by number.
  (h, q) => h.strict === '' && h.number !== undefined && h.number === q.number,
];

export function matchColumns(headers: readonly string[], questionnaire: Questionnaire): ColumnMatch[] {
  const columns: ColumnMatch[] = headers.map((title, column) => ({ column, title: title.trim() }));
  const headerKeys = headers.map((title) => keyed(title));
  const questions = questionnaire.questions.map((question) => ({
    id: question.id,
    key: keyed(question.text, question.number),
  }));
  const taken = new Set<string>();

  for (const rule of RULES) {
    columns.forEach((match, index) => {
      if (match.questionId !== undefined) return;
      const question = questions.find((q) => !taken.has(q.id) && rule(headerKeys[index]!, q.key));
      if (!question) return;
      match.questionId = question.id;
      taken.add(question.id);
    });
  }

  const timestamp = columns.find((match) => match.questionId === undefined && isTimestampTitle(match.title));
  if (timestamp) timestamp.role = 'timestamp';
  return columns;
}

/**
 * The column matches, or `noMatchingColumns` when not one column is a question of this
 * questionnaire (typically the export of another questionnaire).
 */
export function requireMatchingColumns(
  table: SpreadsheetTable,
  questionnaire: Questionnaire,
  columns: readonly ColumnMatch[] = matchColumns(table.headers, questionnaire),
): readonly ColumnMatch[] {
  if (columns.some((match) => match.questionId !== undefined)) return columns;
  const headers = listExcerpt(table.headers.filter((title) => title !== ''));
  throw new ImportError(
    'noMatchingColumns',
    { fileName: table.fileName, questionnaire: questionnaire.title, columns: table.headers.length, headers },
    `None of the ${table.headers.length} columns of ${table.fileName} is a question of “${questionnaire.title}”` +
      ` (columns: ${headers}).`,
  );
}
