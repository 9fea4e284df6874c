/**
 * Suggestions for names nobody registered: capitalised words in the middle of a
 * sentence ("toen belde Karin Smit") that are not on the stop-list (stop-words.ts) nor
 * in the study's own vocabulary. Runs of such words, with particles between them
 * ("Jan van der Berg"), are one suggestion, titles and initials included.
 *
 * A capital at a sentence start says nothing, so one word there is suggested only when
 * the same word is suggested elsewhere in the texts; two or more ("Karin Smit zei") are
 * suggested anyway. Never suggested:
 * - words in capitals only ("GGD", "BA") and short words with two capitals ("BBr",
 *   "VMBr"): acronyms and respondent codes;
 * - a word that also occurs in lowercase in the texts ("Visie", "Heeft" after a line
 *   break): it is an ordinary word. This costs names that are also words ("Roos" when
 *   "roos" occurs too); register those;
 * - stop-words and vocabulary, also with an ending ("Achterhoekse" for "Achterhoek").
 * Words inside a certain finding are skipped.
 */
import { fold } from './fold';
import { overlaps, type SpanLike } from './overlaps';
import {
  LIST_BULLETS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  OPENING_MARKS,
  PREPOSITION_PARTICLES,
  SENTENCE_END,
} from './rules';
import { NAME_STOP_WORDS } from './stop-words';
import { extendOverTitles } from './titles';

export interface NameSuggestion {
  textId: string;
  start: number;
  end: number;
  /** Folded name without titles and possessive: the same key gets the same label. */
  key: string;
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
/** "Jansen in Aalten" is two names, not one: prepositions do not join name words here. */
const PARTICLES = new Set(NAME_PARTICLES.filter((particle) => !PREPOSITION_PARTICLES.includes(particle)));

type WordType = 'name' | 'particle' | 'other';

interface Word {
  start: number;
  end: number;
  type: WordType;
  capitalised: boolean;
  /** Folded, without a possessive "'s". */
  base: string;
}

/** "BBr", "VMBr", "MOIJ": respondent and questionnaire codes, acronyms. */
const CODE_LIKE = /^(?=(?:\P{Lu}*\p{Lu}){2})[\p{L}]{2,5}$/u;
const ENDINGS = [...NAME_SUFFIXES.place].sort((a, b) => b.length - a.length);

/** True when `base` is listed, or a listed word with an ending: "nederlandse", "achterhoekse". */
function listed(base: string, words: ReadonlySet<string>): boolean {
  return words.has(base) || ENDINGS.some((ending) => base.endsWith(ending) && words.has(base.slice(0, -ending.length)));
}

interface WordLists {
  stopWords: ReadonlySet<string>;
  /** Folded words seen starting with a lowercase letter somewhere in the texts. */
  lowercase: ReadonlySet<string>;
}

function classify(word: string, lists: WordLists): Pick<Word, 'type' | 'capitalised' | 'base'> {
  const base = fold(word).replace(/'s$/, '');
  const capitalised = /^\p{Lu}/u.test(word);
  if (PARTICLES.has(base)) return { type: 'particle', capitalised, base };
  const isName =
    capitalised &&
    /\p{Ll}/u.test(word) &&
    !CODE_LIKE.test(word) &&
    !/\p{N}/u.test(word) &&
    base.replace(/[^\p{L}]/gu, '').length >= 2 &&
    !lists.lowercase.has(base) &&
    !listed(base, lists.stopWords) &&
    // "Wmo-consulent", "Gemeente-breed": a compound led by a stop-word is not a name.
    !listed(base.split('-')[0]!, lists.stopWords);
  return { type: isName ? 'name' : 'other', capitalised, base };
}

/**
 * The words of a text. A word partly inside a certain finding ("Jansen-Smit" when only
 * "Piet Jansen" is registered) is split at its hyphens and apostrophes, so the part
 * outside ("Smit") can still be suggested.
 */
function wordsOf(text: string, covered: readonly SpanLike[], lists: WordLists): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!covered.some((c) => overlaps(c, span))) {
      words.push({ ...span, ...classify(m[0], lists) });
      continue;
    }
    for (const part of m[0].matchAll(/[^'’-]+/gu)) {
      const piece = { start: m.index + part.index, end: m.index + part.index + part[0].length };
      const blocked = covered.some((c) => overlaps(c, piece));
      const info = classify(part[0], lists);
      words.push({ ...piece, ...info, type: blocked ? 'other' : info.type });
    }
  }
  return words;
}

/** True when a capital at `start` is explained by the start of a sentence or list item. */
export function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (/\s/u.test(text[i]!) || OPENING_MARKS.includes(text[i]!))) i--;
  if (i < 0) return true;
  const c = text[i]!;
  if (SENTENCE_END.includes(c)) return true;
  if (!LIST_BULLETS.includes(c)) return false;
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  return text.slice(lineStart, i).trim() === '';
}

const joinedByWhitespace = (text: string, a: Word, b: Word): boolean => /^\s+$/u.test(text.slice(a.end, b.start));

/**
 * The index of the last word of the name group starting at `first`, or -1 when none
 * starts there. Particles belong to the group only between name words ("Jan van der
 * Berg") or capitalised at its start ("Van der Berg"); words are joined by whitespace.
 */
function groupEnd(text: string, words: readonly Word[], first: number): number {
  const head = words[first]!;
  if (head.type === 'other' || (head.type === 'particle' && !head.capitalised)) return -1;
  let last = -1;
  let i = first;
  while (i < words.length) {
    let j = i;
    while (words[j]?.type === 'particle') {
      const next = words[j + 1];
      if (!next || !joinedByWhitespace(text, words[j]!, next)) return last;
      j++;
    }
    if (words[j]?.type !== 'name') return last;
    last = j;
    const next = words[j + 1];
    if (!next || !joinedByWhitespace(text, words[j]!, next)) return last;
    i = j + 1;
  }
  return last;
}

interface Group {
  textId: string;
  words: Word[];
  atSentenceStart: boolean;
}

function suggestion(text: string, textId: string, words: readonly Word[]): NameSuggestion {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const key = fold(text.slice(first.start, last.end)).replace(/'s$/, '');
  return { textId, start: extendOverTitles(text, first.start), end: last.end, key };
}

/**
 * Name suggestions in all texts. `covered` holds the certain findings per text id;
 * `vocabulary` the study's own words (any case, phrases split into words).
 */
export function findNameLike(
  texts: readonly { id: string; text: string }[],
  covered: ReadonlyMap<string, readonly SpanLike[]>,
  vocabulary: readonly string[] = [],
): NameSuggestion[] {
  const stopWords = new Set([
    ...NAME_STOP_WORDS,
    ...vocabulary.flatMap((phrase) => fold(phrase).split(' ').filter(Boolean)),
  ]);
  const lowercase = new Set<string>();
  for (const { text } of texts) {
    for (const m of text.matchAll(WORD)) if (/^\p{Ll}/u.test(m[0])) lowercase.add(fold(m[0]).replace(/'s$/, ''));
  }
  const lists: WordLists = { stopWords, lowercase };
  const groups: Group[] = [];
  for (const { id, text } of texts) {
    const words = wordsOf(text, covered.get(id) ?? [], lists);
    for (let i = 0; i < words.length; i++) {
      const last = groupEnd(text, words, i);
      if (last === -1) continue;
      let group = words.slice(i, last + 1);
      i = last;
      const start = group[0]!.start;
      const titled = extendOverTitles(text, start) < start;
      let atSentenceStart = !titled && isSentenceStart(text, start);
      if (atSentenceStart && group[0]!.type === 'particle') {
        // "In Aalten", "De Vries zei": the particle explains the capital, the name is mid-sentence.
        group = group.slice(group.findIndex((word) => word.type === 'name'));
        atSentenceStart = false;
      }
      groups.push({ textId: id, words: group, atSentenceStart });
    }
  }

  const textById = new Map(texts.map((t) => [t.id, t.text]));
  const suggested = groups.filter((g) => !g.atSentenceStart || g.words.length > 1);
  const seenNames = new Set(suggested.flatMap((g) => g.words.filter((w) => w.type === 'name').map((w) => w.base)));
  const deferred = groups.filter((g) => g.atSentenceStart && g.words.length === 1 && seenNames.has(g.words[0]!.base));
  return [...suggested, ...deferred].map((g) => suggestion(textById.get(g.textId)!, g.textId, g.words));
}
