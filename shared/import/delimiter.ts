/**
 * Which character separates the fields. Google writes commas, Dutch Excel semicolons
 * (sometimes announced by a first line "sep=;"), other tools tabs. Column titles and
 * answers themselves contain commas ("Ja, gemiddeld één keer per week"), so counting
 * characters in the header is not enough: the right separator gives every row the same
 * number of fields as the header. Only the first 64 KB are looked at: papaparse searching
 * a large file for a separator it does not contain takes many seconds.
 */
import Papa from 'papaparse';
import { IMPORT_LIMITS } from './limits';
import type { Delimiter } from './types';

// On a tie the character that is rarer in prose wins: a tab is never part of an answer,
// a comma often is.
const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];
/** Enough rows to see the pattern without parsing a large file three times. */
const PREVIEW_ROWS = 30;

export interface SepLine {
  delimiter: Delimiter;
  /** The text after the "sep=" line. */
  rest: string;
}

/** Excel's "sep=;" first line: it names the separator and is not part of the table. */
export function readSepLine(text: string): SepLine | undefined {
  const match = /^sep=([,;\t|])[ ]*(?:\n|$)/i.exec(text);
  if (!match) return undefined;
  return { delimiter: match[1] as Delimiter, rest: text.slice(match[0].length) };
}

/** A record with no content: a blank line, or a row of empty cells as Excel writes them. */
export function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

interface Score {
  delimiter: Delimiter;
  /** Share of the previewed data rows with exactly as many fields as the header. */
  consistency: number;
  fields: number;
}

function score(text: string, delimiter: Delimiter, truncated: boolean): Score | undefined {
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\n', preview: PREVIEW_ROWS }).data;
  // The sample's last record may be cut off in the middle.
  if (truncated && parsed.length < PREVIEW_ROWS) parsed.pop();
  const records = parsed.filter((record) => !isBlank(record));
  const [header, ...rows] = records;
  if (!header || header.length < 2) return undefined;
  // Some tools end every line with a separator; those empty trailing fields do not count.
  const fits = (row: string[]) =>
    row.length === header.length || (row.length > header.length && isBlank(row.slice(header.length)));
  const consistent = rows.filter(fits).length;
  return { delimiter, consistency: rows.length === 0 ? 1 : consistent / rows.length, fields: header.length };
}

/** The best separator for `text` (newlines already "\n"), or undefined when none splits the header. */
export function detectDelimiter(text: string): Delimiter | undefined {
  const truncated = text.length > IMPORT_LIMITS.sniffSample;
  const sample = truncated ? text.slice(0, IMPORT_LIMITS.sniffSample) : text;
  let best: Score | undefined;
  for (const delimiter of CANDIDATES) {
    const candidate = score(sample, delimiter, truncated);
    if (!candidate) continue;
    if (
      !best ||
      candidate.consistency > best.consistency ||
      (candidate.consistency === best.consistency && candidate.fields > best.fields)
    ) {
      best = candidate;
    }
  }
  return best?.delimiter;
}
