/**
 * Importing questionnaire answers from a spreadsheet export (Google Forms CSV or zip,
 * Google Sheets CSV, a CSV saved by Excel). Typical use:
 *
 *   const table = readSpreadsheet(file.name, bytes);          // may throw ImportError
 *   const row = proposeRow(table, questionnaire, respondent.name);
 *   const imported = answersFromRow(table, questionnaire, row ?? chosenByUser);
 */
export { readSpreadsheet, type ReadOptions } from './read-spreadsheet';
export { readAnswersFile, tableFacts, type AnswersFile, type ReadProgress, type TableFacts } from './read-answers-file';
export { summariseRows, searchRows, rowLabel, type RowSummary, type RowMatches } from './row-search';
export { IMPORT_LIMITS, clip } from './limits';
export { requireSize } from './size';
export type { ParseProgress } from './parse-records';
export { matchColumns, requireMatchingColumns, isTimestampTitle } from './match-columns';
export { answersFromRow } from './answers-from-row';
export { identifyQuestionnaire, FITS_AT_LEAST, type FileVerdict, type QuestionnaireRef } from './identify-questionnaire';
export { proposeRow } from './propose-row';
export { parseTimestamp, dateOrderOf, type DateOrder } from './timestamp';
export { decodeWindows1252 } from './windows-1252';
export {
  ImportError,
  isImportError,
  toPlainImportError,
  fromPlainImportError,
  type PlainImportError,
  type ImportErrorCode,
  type ImportErrorParamsByCode,
  type DetectedFileKind,
} from './errors';
export type {
  ColumnMatch,
  Delimiter,
  RowImport,
  SpreadsheetEncoding,
  SpreadsheetTable,
  UnknownAnswer,
  UnmatchedColumn,
} from './types';
