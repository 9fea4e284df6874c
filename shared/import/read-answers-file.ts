/**
 * Everything done with a chosen answers file before the researcher reviews it: read the
 * table, tell whose export it is, make sure it has something of this questionnaire,
 * propose the respondent's row. One function, so the import's worker and its
 * main-thread fallback do the same, and the table never has to leave where it was read.
 */
import type { Questionnaire } from '../study/schema';
import { ImportError } from './errors';
import { identifyQuestionnaire, type FileVerdict } from './identify-questionnaire';
import { requireMatchingColumns } from './match-columns';
import type { ParseProgress } from './parse-records';
import { proposeRow } from './propose-row';
import { readSpreadsheet } from './read-spreadsheet';
import { summariseRows, type RowSummary } from './row-search';
import type { SpreadsheetTable } from './types';

export interface AnswersFile {
  table: SpreadsheetTable;
  /** The index of the row that looks like the respondent's, or null. */
  proposed: number | null;
  /** Per row what the row picker searches (name, e-mail, timestamp). */
  summaries: RowSummary[];
  /** Whose export this is; anything but `fits` is refused unless the researcher overrides. */
  verdict: FileVerdict;
}

/** What the review shows of a file, without its rows (which can stay where they were read). */
export type TableFacts = Pick<SpreadsheetTable, 'fileName' | 'entryName' | 'headers' | 'delimiter' | 'encoding'> & {
  rowCount: number;
};

export function tableFacts(table: SpreadsheetTable): TableFacts {
  const { fileName, entryName, headers, delimiter, encoding } = table;
  return { fileName, ...(entryName === undefined ? {} : { entryName }), headers, delimiter, encoding, rowCount: table.rows.length };
}

/** The share of the work each step takes, roughly, for a progress bar. */
const STEP_SHARES = { parse: 0.8, propose: 0.1, summarise: 0.1 } as const;

/** How far reading is, from 0 to 1. */
export type ReadProgress = (share: number) => void;

/**
 * Throws an ImportError for every file that cannot be used, among them a file with nothing
 * of this questionnaire (naming the study's questionnaire it belongs to when there is one).
 * `questionnaires` are all of the study's, to recognise another one's export.
 */
export function readAnswersFile(
  fileName: string,
  bytes: Uint8Array,
  questionnaire: Questionnaire,
  questionnaires: readonly Questionnaire[],
  respondentName: string,
  onProgress: ReadProgress = () => {},
): AnswersFile {
  const onParse: ParseProgress = (done, total) => onProgress(STEP_SHARES.parse * (total === 0 ? 1 : done / total));
  const table = readSpreadsheet(fileName, bytes, { onProgress: onParse });
  const verdict = identifyQuestionnaire(table, questionnaire, questionnaires);
  if (verdict.kind === 'otherQuestionnaire' && verdict.matched === 0) {
    // Nothing of this questionnaire in it: no review to show, only whose file it is.
    throw new ImportError(
      'onlyOtherQuestionnaire',
      { fileName, other: verdict.other.title, own: questionnaire.title },
      `${fileName} is an export of "${verdict.other.title}"; not one column belongs to "${questionnaire.title}"`,
    );
  }
  const columns = requireMatchingColumns(table, questionnaire); // the wrong questionnaire's export fails here, not at saving
  const proposed = proposeRow(table, questionnaire, respondentName, columns);
  onProgress(STEP_SHARES.parse + STEP_SHARES.propose);
  const summaries = summariseRows(table, questionnaire, columns);
  onProgress(1);
  return { table, proposed, summaries, verdict };
}
