/**
 * Runs papaparse on the decoded text with a known separator and turns its quote errors
 * into a `malformed` ImportError that says where the problem is, in the row and column
 * numbers a spreadsheet shows and the line number a text editor shows. Reports how far
 * it got, so a large file can show progress.
 */
import Papa from 'papaparse';
import { isBlank } from './delimiter';
import { ImportError } from './errors';
import type { Delimiter } from './types';

/** Characters parsed so far of `total`; called about a hundred times for a large file. */
export type ParseProgress = (done: number, total: number) => void;

interface QuoteError {
  recordIndex: number;
  index: number;
  code: string;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/**
 * All records of `text` (newlines already "\n"), blank ones included so that record
 * index + 1 is the spreadsheet row. `linesBefore` counts lines removed before `text`
 * (the "sep=" line) for the line number in an error.
 */
export function parseRecords(
  fileName: string,
  text: string,
  delimiter: Delimiter,
  linesBefore: number,
  onProgress?: ParseProgress,
): string[][] {
  const records: string[][] = [];
  let quoteError: QuoteError | undefined;
  const step = Math.max(1, Math.floor(text.length / 100));
  let nextReport = step;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    // Row by row: the cursor in each step is what progress is measured by.
    step: ({ data, errors, meta }) => {
      records.push(data);
      const error = errors.find((candidate) => candidate.type === 'Quotes');
      if (error && !quoteError) quoteError = { recordIndex: records.length - 1, index: error.index ?? 0, code: error.code };
      if (onProgress && meta.cursor >= nextReport) {
        onProgress(meta.cursor, text.length);
        nextReport = meta.cursor + step;
      }
    },
  });
  onProgress?.(text.length, text.length);
  if (!quoteError) return records;

  const { recordIndex } = quoteError;
  const record = records[recordIndex] ?? [];
  // The broken field is the last one papaparse got to in that record.
  const column = Math.max(record.length, 1);
  const header = records.find((candidate) => !isBlank(candidate));
  const columnTitle = header && header !== record ? (header[column - 1] ?? '').trim() : '';
  const line = linesBefore + lineAt(text, quoteError.index);
  const reason = quoteError.code === 'MissingQuotes' ? 'unclosedQuote' : 'badQuote';
  const row = recordIndex + 1;
  const what = reason === 'unclosedQuote' ? 'a quote is opened and never closed' : 'a quoted cell has text after its closing quote';
  throw new ImportError(
    'malformed',
    { fileName, reason, row, line, column, columnTitle },
    `${fileName}: ${what} in row ${row}, column ${column}${columnTitle ? ` (“${columnTitle}”)` : ''}, line ${line} of the file.`,
  );
}
