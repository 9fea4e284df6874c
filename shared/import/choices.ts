/**
 * Turns one cell into an answer for one question: the option labels it names, in their
 * canonical spelling, plus free text for the "other" option. A multiple-choice cell is
 * split against the known options, not on the separator, because Google Sheets joins
 * answers with ", " and option labels contain commas themselves
 * ("Ja, gemiddeld één keer per week").
 */
import type { Answer } from '../responses/schema';
import type { AnswerOption, QuestionnaireQuestion } from '../study/schema';
import { fold, looseKey, looseWords } from './normalise';

export interface CellReading {
  /** Absent when the cell is empty, or names nothing the question knows. */
  answer?: Answer;
  /** The part of the cell that is no option, when the question has no "other" option. */
  unknown?: string;
}

/** Separators and punctuation left at the edges of a piece of free text. */
const EDGE_PUNCTUATION = /^[\s;,:.\-\u2013\u2014]+|[\s;,:\-\u2013\u2014]+$/g;
/** Word characters as `looseKey` sees them (combining marks belong to their letter). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function cleanText(text: string): string {
  return text.replace(EDGE_PUNCTUATION, '');
}

/**
 * When `text` starts with the other option's label ("Anders: via de koffieautomaat"),
 * the text after the label; otherwise undefined.
 */
function afterLabel(text: string, label: string): string | undefined {
  const labelWords = looseWords(label);
  if (labelWords.length === 0) return undefined;
  let end = 0;
  let index = 0;
  for (const word of text.matchAll(WORD)) {
    if (index === labelWords.length) break;
    if (looseKey(word[0]) !== labelWords[index]) return undefined;
    end = word.index + word[0].length;
    index++;
  }
  return index === labelWords.length ? cleanText(text.slice(end)) : undefined;
}

function optionFor(options: readonly AnswerOption[], cell: string): AnswerOption | undefined {
  const strict = fold(cell);
  const loose = looseKey(cell);
  return (
    options.find((option) => fold(option.label) === strict) ??
    (loose === '' ? undefined : options.find((option) => looseKey(option.label) === loose))
  );
}

/** Free text for the other option: what the respondent typed, label stripped if repeated. */
function otherAnswer(other: AnswerOption, text: string): Answer {
  const typed = afterLabel(text, other.label) ?? text;
  return typed === '' ? { values: [other.label] } : { values: [other.label], text: typed };
}

function sortByQuestionnaire(question: QuestionnaireQuestion, values: Iterable<string>): string[] {
  const chosen = new Set(values);
  return question.options.map((option) => option.label).filter((label) => chosen.has(label));
}

export function readSingle(question: QuestionnaireQuestion, cell: string): CellReading {
  const value = cell.normalize('NFC').trim();
  if (value === '') return {};
  const option = optionFor(question.options, value);
  if (option) return { answer: { values: [option.label] } };
  const other = question.options.find((candidate) => candidate.other);
  if (other) return { answer: otherAnswer(other, value) };
  return { unknown: value };
}

interface Atom {
  key: string;
  start: number;
  end: number;
}

/** The pieces between separators (";", ",", line breaks), with their place in `text`. */
function atoms(text: string): Atom[] {
  const result: Atom[] = [];
  for (const piece of text.matchAll(/[^;,\n]+/g)) {
    const key = looseKey(piece[0]);
    // A piece without words (stray punctuation, spaces) neither matches nor remains.
    if (key !== '') result.push({ key, start: piece.index, end: piece.index + piece[0].length });
  }
  return result;
}

export function readMultiple(question: QuestionnaireQuestion, cell: string): CellReading {
  const value = cell.normalize('NFC').trim();
  if (value === '') return {};
  const pieces = atoms(value);
  const consumed = pieces.map(() => false);
  const found = new Set<string>();

  // Longest options first, so "Ja, gemiddeld één keer per week" is taken whole before a
  // shorter option such as "Ja" could claim its first piece.
  const options = question.options
    .map((option) => ({ option, keys: atoms(option.label).map((atom) => atom.key) }))
    .filter((entry) => entry.keys.length > 0)
    .sort((a, b) => b.keys.length - a.keys.length || b.keys.join(' ').length - a.keys.join(' ').length);

  for (const { option, keys } of options) {
    for (let start = 0; start + keys.length <= pieces.length; start++) {
      const fits = keys.every((key, offset) => !consumed[start + offset] && pieces[start + offset]!.key === key);
      if (!fits) continue;
      for (let offset = 0; offset < keys.length; offset++) consumed[start + offset] = true;
      found.add(option.label);
      start += keys.length - 1;
    }
  }

  // What is left, as runs of neighbouring pieces in the original spelling: the text the
  // respondent typed for "other", commas and all.
  const remainders: string[] = [];
  let run: Atom[] = [];
  const closeRun = () => {
    if (run.length > 0) remainders.push(cleanText(value.slice(run[0]!.start, run[run.length - 1]!.end)));
    run = [];
  };
  pieces.forEach((piece, index) => {
    if (consumed[index]) closeRun();
    else run.push(piece);
  });
  closeRun();
  const rest = remainders.filter((text) => text !== '').join('; ');

  const values = sortByQuestionnaire(question, found);
  if (rest === '') return { answer: { values } };
  const other = question.options.find((candidate) => candidate.other);
  if (other) {
    const answer = otherAnswer(other, rest);
    return { answer: { ...answer, values: sortByQuestionnaire(question, [...values, other.label]) } };
  }
  // The options that were recognised still count; the rest is reported.
  return values.length > 0 ? { answer: { values }, unknown: rest } : { unknown: rest };
}
