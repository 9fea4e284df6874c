/**
 * Proposes which row of the export belongs to the respondent being prepared, by name.
 * The "Wat is uw naam?" column is searched first; only when no row matches there is
 * every column searched (the form may lack a name question, or it was not recognised).
 * This is a proposal: the UI shows the row and lets the researcher pick another.
 */
import type { Questionnaire } from '../study/schema';
import { matchColumns, requireMatchingColumns } from './match-columns';
import { looseKey } from './normalise';
import type { ColumnMatch, SpreadsheetTable } from './types';

/** How well a cell names the respondent; 0 is not at all. Higher beats lower. */
function nameScore(cell: string, name: string, nameWords: readonly string[], inNameColumn: boolean): number {
  const key = looseKey(cell);
  if (key === '') return 0;
  if (key === name) return 5;
  const words = key.split(' ');
  const cellSet = new Set(words);
  const nameSet = new Set(nameWords);
  const sameWords = cellSet.size === nameSet.size && [...nameSet].every((word) => cellSet.has(word));
  if (sameWords) return 4; // "Jansen, Piet" for "Piet Jansen"
  if (nameWords.every((word) => cellSet.has(word))) return 3; // "Jansen" in "Piet Jansen"
  if (!inNameColumn) return 0;
  // Looser signs only count in the name column, where any text is a name.
  const meaningful = words.filter((word) => word.length >= 2);
  if (meaningful.length > 0 && meaningful.every((word) => nameSet.has(word))) return 2; // "Jansen" for "Piet Jansen"
  if (name.length >= 3 && key.includes(name)) return 1; // "Jans" in "Piet Jansen"
  return 0;
}

const ASCII = /^[\x00-\x7f]*$/;

function bestRow(table: SpreadsheetTable, columns: readonly number[], name: string, inNameColumn: boolean) {
  const nameWords = name.split(' ');
  // Answer options repeat in every row: score each distinct cell once (a 50,000-row
  // export searched in every column took seconds).
  const scores = new Map<string, number>();
  // Outside the name column every word of the name must be in the cell. For plain ASCII
  // the folding changes only case, so a cell without the longest word can be passed over
  // without folding it.
  const longest = nameWords.reduce((a, b) => (b.length > a.length ? b : a), '');
  const quickCheck = !inNameColumn && ASCII.test(longest);
  const scoreOf = (cell: string) => {
    if (quickCheck && ASCII.test(cell) && !cell.toLowerCase().includes(longest)) return 0;
    let score = scores.get(cell);
    if (score === undefined) {
      score = nameScore(cell, name, nameWords, inNameColumn);
      scores.set(cell, score);
    }
    return score;
  };
  let best: number | null = null;
  let bestScore = 0;
  table.rows.forEach((row, index) => {
    const score = Math.max(0, ...columns.map((column) => scoreOf(row[column] ?? '')));
    // On a tie the later row wins: a respondent who filled in the form twice most
    // likely meant the second answers.
    if (score > 0 && score >= bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/**
 * The index into `table.rows` of the row that best matches `respondentName`, or null.
 * Throws `noMatchingColumns` when the file is not an export of this questionnaire.
 */
export function proposeRow(
  table: SpreadsheetTable,
  questionnaire: Questionnaire,
  respondentName: string,
  columns: readonly ColumnMatch[] = matchColumns(table.headers, questionnaire),
): number | null {
  requireMatchingColumns(table, questionnaire, columns);
  const name = looseKey(respondentName);
  if (name === '') return null;

  const nameQuestions = new Set(
    questionnaire.questions.filter((question) => question.purpose === 'name').map((question) => question.id),
  );
  const nameColumns = columns
    .filter((match) => match.questionId !== undefined && nameQuestions.has(match.questionId))
    .map((match) => match.column);
  const inNameColumn = nameColumns.length > 0 ? bestRow(table, nameColumns, name, true) : null;
  if (inNameColumn !== null) return inNameColumn;
  return bestRow(
    table,
    table.headers.map((_, column) => column),
    name,
    false,
  );
}
