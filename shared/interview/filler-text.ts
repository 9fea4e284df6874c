/**
 * Takes filler words out of one text while keeping the sentence as the respondent
 * built it (Bijlage 6: "Woorden zoals 'uh' zijn weggelaten … maar de zinsconstructies
 * van de respondenten blijven onaangetast"). Only the filler, the punctuation that
 * belongs to it and the space around it are touched; every other word and mark stays.
 *
 * What belongs to a filler:
 * - a comma or ellipsis right after it: "uh," "ehm..." "uhm…";
 * - the comma before it when it also has one after, since the pair only set the filler
 *   off: "Ik denk, uh, dat" → "Ik denk dat". (So "Ja, uh, dat klopt" becomes "Ja dat
 *   klopt"; text alone cannot tell that comma apart, and the preview shows it.)
 *   A lone comma before stays: "Ja, uh dat klopt" → "Ja, dat klopt";
 * - the comma before it when nothing follows in the sentence: "niet, uh." → "niet.";
 * - a sentence that was nothing but fillers goes with its full stop: "Ja. Uh. Nee" →
 *   "Ja. Nee", and "Uh." → "" (the caller decides what an emptied turn means).
 * An ellipsis before a filler is the speaker's pause and stays: "Dat is... ehm...
 * lastig" → "Dat is... lastig". Ellipses may hug a filler on either side ("is...ehm...").
 * Removing one filler can free another ("Uh , eh" → "Uh"), so the text is gone over
 * until nothing is left to remove: planning again after applying proposes nothing.
 * When the filler began a sentence, the next word gets a capital ("uh, ik" → "Ik";
 * Dutch "ij" → "IJ"), unless it already has capitals (a name, "iPhone") or starts with
 * something that is not a letter ("'t", "5"). A filler began a sentence when it opens
 * the text, or follows ".", "!" or "?" and is itself capitalised ("Ja. Uh, ik" →
 * "Ja. Ik"; but "bijv. uh de" → "bijv. de", keeping the writer's own judgement).
 *
 * What is left alone, because removing it would change what was said or we cannot be
 * sure it is a filler: a filler followed by "?" ("Mooi, eh?" is a tag question, "Uh?"
 * means "what?"); a filler glued to anything but spaces, commas, ellipses or a closing
 * "." or "!" ("uh-huh", "(uh)", "'eh'", "uh,dat"); a filler before loose punctuation
 * ("uh ?", "uh ,"). Left in, the researcher removes it by hand; taken out wrongly, a
 * quote would be falsified.
 */
import type { FillerMatcher } from './filler-words';

export type RemovedFiller = {
  /** As written in the original text, e.g. "Uhhm". */
  word: string;
  /** UTF-16 offset of the word in the original text. */
  index: number;
};

export type FillerRemoval = { text: string; removed: RemovedFiller[] };

const WORD_SOURCE = '[\\p{L}\\p{M}\\p{N}_]+';
const WORD_AT_START = new RegExp(`^${WORD_SOURCE}`, 'u');
// Punctuation that normally hugs the word before it; a filler spaced off from it is
// in a layout we do not understand, or ("?") is part of a question.
const LOOSE_PUNCTUATION = new Set(['?', '.', ',', ';', ':', '!', ')', ']', '}', '…', '»', '”']);

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

type Hit = {
  start: number;
  end: number;
  /** End of the word plus its attached comma or ellipsis. */
  markEnd: number;
  mark: 'comma' | 'ellipsis' | null;
  /** Index of a "." or "!" right after the word that closes the sentence. */
  closing: number | null;
};

function eligibleHit(text: string, start: number, end: number): Hit | null {
  const before = text[start - 1];
  const afterEllipsis = before === '…' || (before === '.' && text[start - 2] === '.');
  if (!(start === 0 || isSpace(before) || afterEllipsis)) return null;

  let k = end;
  let mark: Hit['mark'] = null;
  const next = text[k];
  if (next === ',') {
    mark = 'comma';
    k += 1;
  } else if (next === '…' || (next === '.' && text[k + 1] === '.')) {
    mark = 'ellipsis';
    while (text[k] === '.' || text[k] === '…') k += 1;
    // "ehm...lastig": an ellipsis may hug the next word, as it may hug the one before.
    if (WORD_AT_START.test(text.slice(k, k + 2))) return { start, end, markEnd: k, mark, closing: null };
  } else if (next === '.' || next === '!') {
    if (k + 1 < text.length && !isSpace(text[k + 1])) return null;
    return { start, end, markEnd: end, mark: null, closing: k };
  }
  if (k < text.length && !isSpace(text[k])) return null;

  let j = k;
  while (j < text.length && isSpace(text[j])) j += 1;
  if (j < text.length && LOOSE_PUNCTUATION.has(text[j]!)) return null;
  return { start, end, markEnd: k, mark, closing: null };
}

function findFiller(text: string, from: number, isFiller: FillerMatcher): Hit | null {
  const words = new RegExp(WORD_SOURCE, 'gu');
  words.lastIndex = from;
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    if (!isFiller(match[0])) continue;
    const hit = eligibleHit(text, match.index, match.index + match[0].length);
    if (hit !== null) return hit;
  }
  return null;
}

type LeftKind = 'start' | 'comma' | 'ellipsis' | 'mid';

function leftKind(core: string): LeftKind {
  if (core === '') return 'start';
  if (core.endsWith(',')) return 'comma';
  if (core.endsWith('…') || core.endsWith('..')) return 'ellipsis';
  if (/[.!?]$/u.test(core)) return 'start';
  return 'mid';
}

/** The space left where something was cut out: one space, or the line break if there was one. */
function joiner(leftSpace: string, rightSpace: string): string {
  if (leftSpace === '' && rightSpace === '') return '';
  return [leftSpace, rightSpace].find((space) => /[\n\r]/u.test(space)) ?? ' ';
}

type Edit = { from: number; to: number; insert: string; capitalize: boolean };

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i])) i += 1;
  return i;
}

function editFor(text: string, hit: Hit): Edit {
  let coreEnd = hit.start;
  while (coreEnd > 0 && isSpace(text[coreEnd - 1])) coreEnd -= 1;
  const core = text.slice(0, coreEnd);
  const leftSpace = text.slice(coreEnd, hit.start);
  const left = leftKind(core);
  // Where the text is cut when the comma before the filler goes too: with any space
  // before that comma ("dat , uh,"), so no double space or " ." is left behind.
  let commaFrom = coreEnd - 1;
  while (commaFrom > 0 && isSpace(text[commaFrom - 1])) commaFrom -= 1;
  const keep = (from: number, to: number): Edit => ({ from, to, insert: '', capitalize: false });

  if (hit.closing !== null) {
    const k = hit.closing;
    if (left === 'start') {
      const restStart = skipSpace(text, k + 1);
      const bothSides = core !== '' && restStart < text.length;
      const insert = bothSides ? joiner(leftSpace, text.slice(k + 1, restStart)) : '';
      return { from: coreEnd, to: restStart, insert, capitalize: false };
    }
    if (left === 'comma') return keep(commaFrom, k);
    // "Dat is... uh." would leave four dots.
    if (left === 'ellipsis' && text[k] === '.') return keep(coreEnd, k + 1);
    return keep(coreEnd, k);
  }

  const rightStart = skipSpace(text, hit.markEnd);
  if (rightStart === text.length) return keep(left === 'comma' ? commaFrom : coreEnd, rightStart);

  const dropComma = left === 'comma' && hit.mark === 'comma';
  return {
    from: dropComma ? commaFrom : coreEnd,
    to: rightStart,
    insert: core === '' ? '' : joiner(leftSpace, text.slice(hit.markEnd, rightStart)),
    // After "." a lowercase filler is taken as the writer's own judgement that no
    // sentence starts there ("bijv. uh de gemeente"); at the very start it always does.
    capitalize: left === 'start' && (core === '' || startsWithCapital(text.slice(hit.start, hit.end))),
  };
}

function startsWithCapital(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function capitalizeAt(text: string, index: number): string {
  const word = WORD_AT_START.exec(text.slice(index))?.[0];
  if (word === undefined || word !== word.toLowerCase()) return text;
  let capitalized: string;
  if (word.startsWith('ij')) {
    capitalized = `IJ${word.slice(2)}`;
  } else {
    const first = String.fromCodePoint(word.codePointAt(0)!);
    const upper = first.toUpperCase();
    if (upper.length !== first.length) return text; // keep offsets stable ("ß" → "SS")
    capitalized = upper + word.slice(first.length);
  }
  return text.slice(0, index) + capitalized + text.slice(index + word.length);
}

/** Removes the fillers from `text` and lists what was removed, in text order. */
export function removeFillers(text: string, isFiller: FillerMatcher): FillerRemoval {
  let work = text;
  // Where each character of `work` stood in `text` (-1 for inserted spaces), so the
  // report can point into the text the researcher sees.
  let origin = Array.from({ length: text.length }, (_, i) => i);
  const removed: RemovedFiller[] = [];
  let from = 0;
  let removedThisPass = false;
  for (;;) {
    const hit = findFiller(work, from, isFiller);
    if (hit === null) {
      if (!removedThisPass) break;
      // A removal can free a filler before it ("Uh , eh" → "Uh"): go over the text
      // again, so that planning after applying never proposes more changes.
      from = 0;
      removedThisPass = false;
      continue;
    }
    const at = origin[hit.start]!;
    removed.push({ word: text.slice(at, at + hit.end - hit.start), index: at });
    const edit = editFor(work, hit);
    work = work.slice(0, edit.from) + edit.insert + work.slice(edit.to);
    origin = [
      ...origin.slice(0, edit.from),
      ...Array.from({ length: edit.insert.length }, () => -1),
      ...origin.slice(edit.to),
    ];
    from = edit.from + edit.insert.length;
    if (edit.capitalize) work = capitalizeAt(work, from);
    removedThisPass = true;
  }
  removed.sort((a, b) => a.index - b.index);
  return { text: work, removed };
}
