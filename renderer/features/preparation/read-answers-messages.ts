/**
 * What the answers-file worker is sent and what it answers (structured-cloned both
 * ways). The table stays in the worker: sending 50,000 rows back blocked the window
 * while they were copied; the review asks for the one row it shows.
 */
import type { FileVerdict, PlainImportError, RowImport, RowSummary, TableFacts } from '../../../shared/import';
import type { Questionnaire } from '../../../shared/study/schema';

export interface ReadRequest {
  fileName: string;
  /** Transferred, not copied. */
  bytes: Uint8Array;
  questionnaire: Questionnaire;
  /** All of the study's, to tell whose export the file is. */
  questionnaires: Questionnaire[];
  respondentName: string;
}

export type ReaderRequest = ({ type: 'read' } & ReadRequest) | { type: 'row'; index: number };

/** What a read file offers the review. */
export interface ReadResult {
  facts: TableFacts;
  /** The index of the row that looks like the respondent's, or null. */
  proposed: number | null;
  summaries: RowSummary[];
  /** Whose export the file is, judged where the table is, once at reading. */
  verdict: FileVerdict;
}

export type ReaderReply =
  /** From 0 to 1. */
  | { type: 'progress'; share: number }
  | ({ type: 'read' } & ReadResult)
  | { type: 'row'; row: RowImport }
  /** The file (or row) cannot be used; the UI words the error by its code. */
  | { type: 'refused'; error: PlainImportError }
  /** Anything else that went wrong (out of memory, a bug). */
  | { type: 'failed'; message: string };
