/** What the answers-file worker is sent and what it answers (structured-cloned both ways). */
import type { AnswersFile, PlainImportError } from '../../../shared/import';
import type { Questionnaire } from '../../../shared/study/schema';

export interface ReadRequest {
  fileName: string;
  /** Transferred, not copied. */
  bytes: Uint8Array;
  questionnaire: Questionnaire;
  respondentName: string;
}

export type ReadReply =
  /** From 0 to 1. */
  | { type: 'progress'; share: number }
  | { type: 'read'; file: AnswersFile }
  /** The file cannot be used; the UI words the error by its code. */
  | { type: 'refused'; error: PlainImportError }
  /** Anything else that went wrong (out of memory, a bug). */
  | { type: 'failed'; message: string };
