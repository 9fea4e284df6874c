/**
 * Parsed records → header and data rows of equal width. Blank lines are skipped but
 * every row keeps its spreadsheet row number; cells beyond the header are kept under
 * untitled columns, so nothing in the file is silently dropped.
 */
import { isBlank } from './delimiter';
import { ImportError } from './errors';
import type { SpreadsheetTable } from './types';

export type TableShape = Pick<SpreadsheetTable, 'headers' | 'rows' | 'rowNumbers'>;

export function shapeTable(fileName: string, records: readonly string[][]): TableShape {
  const headerIndex = records.findIndex((record) => !isBlank(record));
  if (headerIndex === -1) throw new ImportError('empty', { fileName }, `${fileName} is empty.`);
  const headers = records[headerIndex]!.map((title) => title.trim());

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  records.forEach((record, index) => {
    if (index <= headerIndex || isBlank(record)) return;
    // Some tools end each line with a separator: drop empty fields beyond the header.
    const row = record.slice();
    while (row.length > headers.length && row[row.length - 1]!.trim() === '') row.pop();
    rows.push(row);
    rowNumbers.push(index + 1);
  });

  if (rows.length === 0) {
    throw new ImportError(
      'noRows',
      { fileName, columns: headers.length },
      `${fileName} has column titles but no answers (no rows below the header).`,
    );
  }

  let width = rows.reduce((widest, row) => Math.max(widest, row.length), headers.length);
  // Columns that are empty from top to bottom (Excel's formatted-but-unused cells) go.
  while (width > 1 && (headers[width - 1] ?? '') === '' && rows.every((row) => (row[width - 1] ?? '').trim() === '')) {
    width--;
  }
  const pad = (cells: readonly string[]) => {
    const out = cells.slice(0, width);
    while (out.length < width) out.push('');
    return out;
  };
  return { headers: pad(headers), rows: rows.map(pad), rowNumbers };
}
