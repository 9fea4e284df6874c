/**
 * A questionnaire proposed from a Google Forms (or Sheets/Excel) export: the header row
 * gives the questions, the answers seen give the options, and each question's kind is a
 * guess the researcher confirms before anything is saved. Pure: the UI reads the file
 * with `readSpreadsheet` and hands the table in.
 */
import { isTimestampTitle } from '../import/match-columns';
import { fold, looseKey, splitQuestionNumber } from '../import/normalise';
import type { SpreadsheetTable } from '../import/types';
import type { Questionnaire, QuestionnaireQuestion } from '../study/schema';

export type ProposedKind = QuestionnaireQuestion['kind'];

export interface ProposedQuestion {
  /** 0-based column in the file. */
  column: number;
  /** The question text: the column title without a "Vraag 3:" prefix. */
  text: string;
  kind: ProposedKind;
  /** Distinct answers seen, checkbox answers split into their parts, in order of first appearance. */
  options: string[];
  /** Whether the column becomes a question; the researcher can change it. */
  include: boolean;
  /** Why a column is left out or treated as intake by default. */
  role?: 'timestamp' | 'name' | 'email';
}

/** Above this many distinct answers (and more than half the rows) a question reads as open. */
const OPEN_DISTINCT = 8;
/** Answers this long on average are written, not chosen. */
const OPEN_LENGTH = 60;
/** Shorter, but never repeated: sentences rather than options. */
const OPEN_UNIQUE_LENGTH = 25;

const NAME_TITLES = /^(?:(?:wat is )?(?:uw |je |your )?(?:voor- en achter)?(?:naam|name|full name|volledige naam))\??$/;
const EMAIL_TITLES = /(?:e-?mail|emailadres|e-mailadres)/;

function roleOf(title: string): ProposedQuestion['role'] {
  if (isTimestampTitle(title)) return 'timestamp';
  const folded = fold(title);
  if (EMAIL_TITLES.test(folded)) return 'email';
  if (NAME_TITLES.test(folded)) return 'name';
  return undefined;
}

function distinct(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const key = looseKey(value);
    if (key !== '' && !seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

/**
 * Pieces of a checkbox cell. Google Forms joins with ";"; Sheets with ", ", which also
 * occurs inside single answers ("Ja, maar te weinig"), so ", " only splits a cell whose
 * every piece was also given as a whole answer elsewhere.
 */
function splitCell(cell: string, wholeAnswers: ReadonlySet<string>): string[] | undefined {
  if (cell.includes(';'))
    return cell
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean);
  const pieces = cell
    .split(/,\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length > 1 && pieces.every((p) => wholeAnswers.has(looseKey(p)))) return pieces;
  return undefined;
}

function proposeColumn(column: number, title: string, cells: readonly string[]): ProposedQuestion {
  const role = roleOf(title);
  const text = splitQuestionNumber(title).rest || title.trim();
  const answers = cells.map((c) => c.normalize('NFC').trim()).filter(Boolean);
  if (role) return { column, text, kind: 'open', options: [], include: role === 'name', role };

  const wholeAnswers = new Set(answers.map(looseKey));
  const split = answers.map((cell) => splitCell(cell, wholeAnswers));
  const isMultiple = split.some((pieces) => pieces !== undefined);
  const options = distinct(answers.flatMap((cell, i) => split[i] ?? [cell]));
  const averageLength = answers.reduce((sum, a) => sum + a.length, 0) / Math.max(answers.length, 1);
  const neverRepeated = answers.length >= 3 && options.length === answers.length;
  const looksWritten =
    averageLength > OPEN_LENGTH ||
    (neverRepeated && averageLength > OPEN_UNIQUE_LENGTH) ||
    (options.length > OPEN_DISTINCT && options.length > answers.length / 2);
  if (answers.length === 0 || (!isMultiple && looksWritten))
    return { column, text, kind: 'open', options: [], include: true };
  return { column, text, kind: isMultiple ? 'multiple' : 'single', options, include: true };
}

/** One proposal per column that has a title. */
export function proposeQuestions(table: SpreadsheetTable): ProposedQuestion[] {
  return table.headers.flatMap((title, column) =>
    title.trim() === ''
      ? []
      : [
          proposeColumn(
            column,
            title,
            table.rows.map((row) => row[column] ?? ''),
          ),
        ],
  );
}

/**
 * The questionnaire the researcher confirmed: included columns in file order, numbered
 * V1, V2 … except the name question, which identifies the respondent (used to propose
 * the row when answers are imported) and carries no number.
 */
export function questionnaireFromProposals(
  proposals: readonly ProposedQuestion[],
  meta: { id: string; title: string; source?: string },
): Questionnaire {
  let number = 0;
  const questions = proposals
    .filter((p) => p.include && p.role !== 'timestamp')
    .map((p): QuestionnaireQuestion => {
      const options = p.kind === 'open' ? [] : p.options.map((label) => ({ label }));
      if (p.role === 'name') return { id: 'naam', text: p.text, kind: 'open', options: [], purpose: 'name' };
      if (p.role === 'email') return { id: 'email', text: p.text, kind: 'open', options: [] };
      number += 1;
      return { id: `V${number}`, number, text: p.text, kind: p.kind, options };
    });
  return { id: meta.id, title: meta.title, ...(meta.source ? { source: meta.source } : {}), questions };
}
