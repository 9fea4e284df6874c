/**
 * The one error type the import throws. The UI translates by `code` and fills in
 * `params`; `message` is an English sentence for logs and tests, saying what is wrong
 * and where. Both are bounded: whatever a file puts in its name, titles or zip entries,
 * a text parameter and the message stay short enough to read.
 */
import { clip, IMPORT_LIMITS } from './limits';

/** What a file that is not a CSV turned out to be, as far as its first bytes tell. */
export type DetectedFileKind =
  'pdf' | 'png' | 'jpeg' | 'gif' | 'xls' | 'xlsx' | 'ods' | 'docx' | 'html' | 'binary' | 'text';

export interface ImportErrorParamsByCode {
  /** 0 bytes, or nothing but whitespace (and perhaps a `sep=` line). */
  empty: { fileName: string };
  /** Binary content, an office document or a text without any column separator. */
  notCsv: { fileName: string; detected: DetectedFileKind };
  /** A zip with no .csv inside; `entries` lists what it does hold, comma-separated. */
  zipWithoutCsv: { fileName: string; entries: string; entryCount: number };
  /** Larger than the import accepts (`megabytes` and `limit` in MB); after unzipping too. */
  tooLarge: { fileName: string; megabytes: number; limit: number };
  /** Starts like a zip but cannot be unpacked (damaged, or an unsupported compression). */
  zipUnreadable: { fileName: string };
  /** The CSV inside claims or turns out to unpack to more than `limitMb` megabytes. */
  zipTooLarge: { fileName: string; entryName: string; limitMb: number };
  /** A header line and no data rows. */
  noRows: { fileName: string; columns: number };
  /**
   * The CSV structure is broken. `row` counts as a spreadsheet does (header = 1),
   * `line` is the physical line in the file, `column` is 1-based.
   */
  malformed: {
    fileName: string;
    reason: 'unclosedQuote' | 'badQuote';
    row: number;
    line: number;
    column: number;
    columnTitle: string;
  };
  /** Not one column title matches a question: most likely another questionnaire's export. */
  noMatchingColumns: { fileName: string; questionnaire: string; columns: number; headers: string };
  /** Not one column matches this questionnaire, but columns of `other` (another questionnaire of the study) do. */
  onlyOtherQuestionnaire: { fileName: string; other: string; own: string };
  /** `answersFromRow` was asked for a row the table does not have. */
  rowOutOfRange: { fileName: string; rowIndex: number; rows: number };
}

export type ImportErrorCode = keyof ImportErrorParamsByCode;

export class ImportError<C extends ImportErrorCode = ImportErrorCode> extends Error {
  override readonly name = 'ImportError';
  readonly code: C;
  readonly params: ImportErrorParamsByCode[C];

  constructor(code: C, params: ImportErrorParamsByCode[C], message: string) {
    super(clip(message, IMPORT_LIMITS.maxMessageChars));
    this.code = code;
    this.params = clipParams(params);
  }
}

/** Narrows an unknown thrown value, optionally to one code. */
export function isImportError<C extends ImportErrorCode>(error: unknown, code?: C): error is ImportError<C> {
  return error instanceof ImportError && (code === undefined || error.code === code);
}

/** Every text parameter clipped; numbers and codes as they are. */
function clipParams<P extends object>(params: P): P {
  const clipped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) clipped[key] = typeof value === 'string' ? clip(value) : value;
  return clipped as P;
}

/** An ImportError as plain data, to cross a worker's message channel. */
export interface PlainImportError {
  code: ImportErrorCode;
  params: ImportErrorParamsByCode[ImportErrorCode];
  message: string;
}

export function toPlainImportError(error: ImportError): PlainImportError {
  return { code: error.code, params: error.params, message: error.message };
}

export function fromPlainImportError(plain: PlainImportError): ImportError {
  return new ImportError(plain.code, plain.params, plain.message);
}
