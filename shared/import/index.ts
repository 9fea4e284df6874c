/**
 * Importing questionnaire answers from a spreadsheet export (Google Forms CSV or zip,
 * Google Sheets CSV, a CSV saved by Excel). Typical use:
 *
 *   const table = readSpreadsheet(file.name, bytes);          // may throw ImportError
 *   const row = proposeRow(table, questionnaire, respondent.name);
 *   const imported = answersFromRow(table, questionnaire, row ?? chosenByUser);
 */
export { readSpreadsheet } from './read-spreadsheet';
export { matchColumns, requireMatchingColumns, isTimestampTitle } from './match-columns';
export { answersFromRow } from './answers-from-row';
export { identifyQuestionnaire, FITS_AT_LEAST, type FileVerdict, type QuestionnaireRef } from './identify-questionnaire';
export { proposeRow } from './propose-row';
export { parseTimestamp, dateOrderOf, type DateOrder } from './timestamp';
export { decodeWindows1252 } from './windows-1252';
export {
  ImportError,
  isImportError,
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
