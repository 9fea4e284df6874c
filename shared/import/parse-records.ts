/**
 * Runs papaparse on the decoded text with a known separator and turns its quote errors
 * into a `malformed` ImportError that says where the problem is, in the row and column
 * numbers a spreadsheet shows and the line number a text editor shows.
 */
import Papa from 'papaparse';
import { isBlank } from './delimiter';
import { ImportError } from './errors';
import type { Delimiter } from './types';

/**
 * All records of `text` (newlines already "\n"), blank ones included so that record
 * index + 1 is the spreadsheet row. `linesBefore` counts lines removed before `text`
 * (the "sep=" line) for the line number in an error.
 */
export function parseRecords(fileName: string, text: string, delimiter: Delimiter, linesBefore: number): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\n', quoteChar: '"' });
  const records = parsed.data;
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (!quoteError) return records;

  const recordIndex = quoteError.row ?? 0;
  const record = records[recordIndex] ?? [];
  // The broken field is the last one papaparse got to in that record.
  const column = Math.max(record.length, 1);
  const header = records.find((candidate) => !isBlank(candidate));
  const columnTitle = header && header !== record ? (header[column - 1] ?? '').trim() : '';
  const line = linesBefore + text.slice(0, quoteError.index ?? 0).split('\n').length;
  const reason = quoteError.code === 'MissingQuotes' ? 'unclosedQuote' : 'badQuote';
  const row = recordIndex + 1;
  const what = reason === 'unclosedQuote' ? 'a quote is opened and never closed' : 'a quoted cell has text after its closing quote';
  throw new ImportError(
    'malformed',
    { fileName, reason, row, line, column, columnTitle },
    `${fileName}: ${what} in row ${row}, column ${column}${columnTitle ? ` (“${columnTitle}”)` : ''}, line ${line} of the file.`,
  );
}
