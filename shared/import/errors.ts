/**
 * The one error type the import throws. The UI translates by `code` and fills in
 * `params`; `message` is an English sentence for logs and tests, saying what is wrong
 * and where.
 */

/** What a file that is not a CSV turned out to be, as far as its first bytes tell. */
export type DetectedFileKind =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'xls'
  | 'xlsx'
  | 'ods'
  | 'docx'
  | 'html'
  | 'binary'
  | 'text';

export interface ImportErrorParamsByCode {
  /** 0 bytes, or nothing but whitespace (and perhaps a `sep=` line). */
  empty: { fileName: string };
  /** Binary content, an office document or a text without any column separator. */
  notCsv: { fileName: string; detected: DetectedFileKind };
  /** A zip with no .csv inside; `entries` lists what it does hold, comma-separated. */
  zipWithoutCsv: { fileName: string; entries: string; entryCount: number };
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
  /** `answersFromRow` was asked for a row the table does not have. */
  rowOutOfRange: { fileName: string; rowIndex: number; rows: number };
}

export type ImportErrorCode = keyof ImportErrorParamsByCode;

const MAX_MESSAGE = 500;
const MAX_PARAM = 200;

function bounded(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

export class ImportError<C extends ImportErrorCode = ImportErrorCode> extends Error {
  override readonly name = 'ImportError';
  readonly code: C;
  readonly params: ImportErrorParamsByCode[C];

  constructor(code: C, params: ImportErrorParamsByCode[C], message: string) {
    // File names, column titles and entry lists come from the file: a hostile one can make
    // them megabytes long. What is shown stays readable.
    super(bounded(message, MAX_MESSAGE));
    this.code = code;
    this.params = Object.fromEntries(
      Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? bounded(value, MAX_PARAM) : value]),
    ) as ImportErrorParamsByCode[C];
  }
}

/** Narrows an unknown thrown value, optionally to one code. */
export function isImportError<C extends ImportErrorCode>(
  error: unknown,
  code?: C,
): error is ImportError<C> {
  return error instanceof ImportError && (code === undefined || error.code === code);
}
