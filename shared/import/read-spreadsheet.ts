/**
 * Reads a chosen file into a table of strings: unzip if needed, recognise files that are
 * not a CSV, decode, find the separator, parse and tidy the rows. Every way this can
 * fail throws an ImportError the UI can explain.
 */
import { detectDelimiter, isBlank, readSepLine } from './delimiter';
import { decodeText, utf16ByteOrder } from './decode';
import { ImportError, type DetectedFileKind } from './errors';
import { parseRecords, type ParseProgress } from './parse-records';
import { shapeTable } from './shape-table';
import { requireSize } from './size';
import { binaryKind, hasNulByte, isZip, looksLikeMarkup } from './sniff';
import type { Delimiter, SpreadsheetTable } from './types';
import { csvFromZip } from './unzip';

/** Nothing but whitespace, separators and empty quotes: a sheet with no cell filled in. */
function isEmptyText(text: string): boolean {
  // Looks for the first other character: an anchored pattern over the whole text was
  // tried at every position of a 50 MB file.
  return !/[^\s,;|"]/.test(text);
}

function emptyError(fileName: string): ImportError<'empty'> {
  return new ImportError('empty', { fileName }, `${fileName} is empty.`);
}

function notCsvError(fileName: string, detected: DetectedFileKind): ImportError<'notCsv'> {
  const looksLike = detected === 'binary' ? 'binary data' : detected === 'text' ? 'plain text without columns' : detected;
  return new ImportError('notCsv', { fileName, detected }, `${fileName} is not a CSV file (it looks like ${looksLike}).`);
}

export interface ReadOptions {
  /** How far the parse is, in characters; the parse is nearly all of the time taken. */
  onProgress?: ParseProgress;
}

/**
 * `fileName` is only used in the result and in error messages; the content decides
 * what the file is (a .csv that is really a zip is unzipped, and so on).
 */
export function readSpreadsheet(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): SpreadsheetTable {
  if (bytes.length === 0) throw emptyError(fileName);
  requireSize(fileName, bytes.length);
  if (isZip(bytes)) {
    const zipped = csvFromZip(fileName, bytes);
    return { ...readCsvBytes(fileName, zipped.bytes, options), entryName: zipped.entryName };
  }
  return readCsvBytes(fileName, bytes, options);
}

function readCsvBytes(fileName: string, bytes: Uint8Array, options: ReadOptions): SpreadsheetTable {
  if (bytes.length === 0) throw emptyError(fileName);
  requireSize(fileName, bytes.length);
  const kind = binaryKind(bytes);
  if (kind) throw notCsvError(fileName, kind);
  // UTF-16 text is full of NUL bytes, so only look for them in single-byte encodings.
  if (!utf16ByteOrder(bytes) && hasNulByte(bytes)) throw notCsvError(fileName, 'binary');

  const decoded = decodeText(bytes);
  // One line-end convention from here on. Line breaks inside quoted cells become "\n"
  // as well, which is what the answers should contain anyway.
  let text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (isEmptyText(text)) throw emptyError(fileName);
  if (looksLikeMarkup(text)) throw notCsvError(fileName, 'html');

  let delimiter: Delimiter | undefined;
  // Excel hides the "sep=" line: rows are counted after it, lines are not.
  let linesBefore = 0;
  const sep = readSepLine(text);
  if (sep) {
    delimiter = sep.delimiter;
    text = sep.rest;
    linesBefore = 1;
    if (isEmptyText(text)) throw emptyError(fileName);
  }
  delimiter ??= detectDelimiter(text) ?? ',';

  const records = parseRecords(fileName, text, delimiter, linesBefore, options.onProgress);
  if (records.every((record) => record.length <= 1)) {
    // No separator anywhere: a plain text file. A form export always has at least the
    // timestamp column and one question.
    if (records.every(isBlank)) throw emptyError(fileName);
    throw notCsvError(fileName, 'text');
  }

  return { fileName, ...shapeTable(fileName, records), delimiter, encoding: decoded.encoding };
}
