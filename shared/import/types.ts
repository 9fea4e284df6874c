/**
 * The shapes the spreadsheet import hands to the UI. Plain data only, so a table can be
 * kept in state, sent over IPC or structured-cloned without surprises.
 */
import type { Answers } from '../responses/schema';

/** Field separators we read. `|` only arrives through an explicit `sep=|` line. */
export type Delimiter = ',' | ';' | '\t' | '|';

/** How the file's bytes were decoded (UTF-16 only with a byte order mark, as Excel writes it). */
export type SpreadsheetEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface SpreadsheetTable {
  /** The name of the file the user chose (the .zip when the CSV came out of a zip). */
  fileName: string;
  /** The CSV's path inside the zip, when the user chose a zip. */
  entryName?: string;
  /** Column titles, trimmed. A column without a title has ''. */
  headers: string[];
  /** Data rows without the header, each exactly `headers.length` cells, untrimmed. */
  rows: string[][];
  /** For each data row, its row number as a spreadsheet shows it (the header is row 1). */
  rowNumbers: number[];
  delimiter: Delimiter;
  encoding: SpreadsheetEncoding;
}

/** What one column of the file is: a questionnaire question, the timestamp, or neither. */
export interface ColumnMatch {
  /** 0-based column index into `headers` and each row. */
  column: number;
  title: string;
  questionId?: string;
  role?: 'timestamp';
}

/** A column that is no question of the questionnaire, with the chosen row's cell. */
export interface UnmatchedColumn {
  column: number;
  title: string;
  value: string;
}

/** A cell that names no option of its question (and the question has no "other" option). */
export interface UnknownAnswer {
  questionId: string;
  value: string;
}

export interface RowImport {
  /** 0-based index into `table.rows`. */
  rowIndex: number;
  /** The row number as a spreadsheet shows it (header = 1). */
  rowNumber: number;
  answers: Answers;
  /** ISO 8601 when the timestamp could be read, otherwise the cell text as it was. */
  submittedAt?: string;
  /** The timestamp cell exactly as it stood in the file. */
  submittedAtRaw?: string;
  unmatchedColumns: UnmatchedColumn[];
  unknownAnswers: UnknownAnswer[];
  /** Ids of questionnaire questions that have no column in the file. */
  missingQuestions: string[];
}
