/**
 * Whose export is this? A file is measured against every questionnaire of the study:
 * the one whose questions match the most of its columns is the one it was exported from.
 * Importing the managers' export into a policy officer's preparation would otherwise
 * replace all his answers with a few unrelated ones that happen to share a wording.
 */
import type { Questionnaire } from '../study/schema';
import { isTimestampTitle, matchColumns } from './match-columns';
import type { SpreadsheetTable } from './types';

/** Below this share of its question columns, a file is not taken for this questionnaire's export. */
export const FITS_AT_LEAST = 0.5;

export interface QuestionnaireRef {
  id: string;
  title: string;
  source?: string;
}

export type FileVerdict =
  | { kind: 'fits'; matched: number; columns: number }
  /** Another questionnaire of the study matches more of the file's columns. */
  | { kind: 'otherQuestionnaire'; other: QuestionnaireRef; matched: number; otherMatched: number; columns: number }
  /** No questionnaire of the study fits, and this one matches less than half. */
  | { kind: 'unknownQuestionnaire'; matched: number; columns: number };

function matchedColumns(table: SpreadsheetTable, questionnaire: Questionnaire): number {
  return matchColumns(table.headers, questionnaire).filter((m) => m.questionId !== undefined).length;
}

export function identifyQuestionnaire(
  table: SpreadsheetTable,
  expected: Questionnaire,
  questionnaires: readonly Questionnaire[],
): FileVerdict {
  const columns = table.headers.filter((title) => title.trim() !== '' && !isTimestampTitle(title)).length;
  const matched = matchedColumns(table, expected);
  let best: { questionnaire: Questionnaire; matched: number } | undefined;
  for (const questionnaire of questionnaires) {
    if (questionnaire.id === expected.id) continue;
    const count = matchedColumns(table, questionnaire);
    if (count > matched && count > (best?.matched ?? 0)) best = { questionnaire, matched: count };
  }
  if (best) {
    const { id, title, source } = best.questionnaire;
    return {
      kind: 'otherQuestionnaire',
      other: { id, title, ...(source ? { source } : {}) },
      matched,
      otherMatched: best.matched,
      columns,
    };
  }
  if (columns > 0 && matched / columns < FITS_AT_LEAST) return { kind: 'unknownQuestionnaire', matched, columns };
  return { kind: 'fits', matched, columns };
}
