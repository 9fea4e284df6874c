/**
 * Suggestions for names nobody registered. Dutch writes a word with a capital in the
 * middle of a sentence for a name (a person, place or organisation) and for little
 * else, and what little else there is (nationalities, languages, feasts, national
 * bodies, days) is listed in stop-words.ts. So a capitalised word mid-sentence is a
 * suggestion, and runs of them with particles ("Jan van der Berg") are one.
 *
 * What makes a word a name whatever else it means ("Kees de Boer", "mevrouw Klein
 * Gunnewiek", "collega Visser"): a title, form of address or function before it
 * (titles.ts, lists/name-context.ts), initials, a known first name before it
 * (lists/first-names.ts), a surname particle before it ("de Wit", "Van Dam"), or the head
 * of an organisation's name ("Stichting Welzijn Oost"). Such evidence makes the
 * suggestion confident; a word that also occurs in lowercase in the texts ("Bakker",
 * "boer") without any of it is only a weak suggestion.
 *
 * A capital at the start of a sentence or line says nothing: a word there is suggested
 * only with evidence (a first name that is not also a word, more name words after it),
 * or when the same word is suggested elsewhere in the texts. Never suggested: acronyms
 * and respondent codes ("GGD", "BBr"), stop-words and the study's vocabulary, also with
 * an ending ("Achterhoekse"). Words inside a certain finding are skipped.
 *
 * Titles are left out of the suggestion (they stay in the text); initials and a
 * possessive ("Klaassens", "Bakker's") are part of it, the possessive reported apart so
 * the replacement can keep it.
 */
import type { Confidence, NameGuess } from './finding';
import { fold, foldText, originalSpan } from './fold';
import { FIRST_NAMES, FIRST_NAMES_ALSO_WORDS } from './lists/first-names';
import { ORGANISATION_HEADS, PERSON_CONTEXT_WORDS, PLACE_CONTEXT_WORDS } from './lists/name-context';
import { NON_NAME_PHRASES } from './lists/non-names';
import { overlaps, type SpanLike } from './overlaps';
import {
  LIST_BULLETS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  OPENING_MARKS,
  PREPOSITION_PARTICLES,
  SENTENCE_END,
  SURNAME_LEAD_PARTICLES,
} from './rules';
import { NAME_STOP_WORDS } from './stop-words';
import { extendOverInitials, hasTitleBefore } from './titles';

export interface NameSuggestion {
  textId: string;
  start: number;
  end: number;
  /** Folded name without titles and possessive: the same key gets the same label. */
  key: string;
  guess: NameGuess;
  confidence: Confidence;
  /** A possessive ending at the end of the match, as typed ("'s", "’s", "s"). */
  possessive?: string;
  /** A title or function stands before it and stays in the text. */
  titled: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
/** "Jansen in Aalten" is two names, not one: prepositions do not join name words here. */
const PARTICLES = new Set(NAME_PARTICLES.filter((particle) => !PREPOSITION_PARTICLES.includes(particle)));
const LEAD_RUNS = new Set(SURNAME_LEAD_PARTICLES);
const FIRST = new Set(FIRST_NAMES);
const FIRST_ALSO_WORDS = new Set(FIRST_NAMES_ALSO_WORDS);
const ORGANISATION = new Set(ORGANISATION_HEADS);
const PLACE_BEFORE = new Set(PLACE_CONTEXT_WORDS);

/**
 * - name: a capitalised word that is nothing else in these texts;
 * - weak: a capitalised word that also occurs in lowercase ("Bakker", "Klein"): a name
 *   only with evidence, or mid-sentence as a weak suggestion;
 * - head: the head of an organisation's name ("Stichting");
 * - particle: "de", "van", "ter"…; other: anything else.
 */
type WordType = 'name' | 'weak' | 'head' | 'particle' | 'other';

interface Word {
  start: number;
  end: number;
  type: WordType;
  capitalised: boolean;
  /** Folded, without a possessive "'s". */
  base: string;
  firstName: boolean;
  /** Its place among the words of its text. */
  index: number;
}

/** "BBr", "VMBr", "MOIJ": respondent and questionnaire codes, acronyms ("GGNet" is a name). */
const CODE_LIKE = /^(?=(?:\P{Lu}*\p{Lu}){2})[\p{L}]{2,4}$/u;
/** "GGD", "UWV": an acronym, which may head an organisation's name ("GGD Noord- en Oost-Gelderland"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const ENDINGS = [...NAME_SUFFIXES.place].sort((a, b) => b.length - a.length);
const POSSESSIVE = /['’]s$/u;

/** True when `base` is listed, or a listed word with an ending: "nederlandse", "achterhoekse". */
function listed(base: string, words: ReadonlySet<string>): boolean {
  return words.has(base) || ENDINGS.some((ending) => base.endsWith(ending) && words.has(base.slice(0, -ending.length)));
}

interface WordLists {
  stopWords: ReadonlySet<string>;
  /** Folded words seen starting with a lowercase letter somewhere in the texts. */
  lowercase: ReadonlySet<string>;
}

function classify(word: string, lists: WordLists): Omit<Word, 'start' | 'end' | 'index'> {
  const base = fold(word).replace(/'s$/, '');
  const capitalised = /^\p{Lu}/u.test(word);
  const other = { type: 'other' as const, capitalised, base, firstName: false };
  if (PARTICLES.has(base)) return { ...other, type: 'particle' };
  if (ACRONYM.test(word) && ORGANISATION.has(base)) return { ...other, type: 'head' };
  const nameShaped =
    capitalised &&
    /\p{Ll}/u.test(word) &&
    !CODE_LIKE.test(word) &&
    !/\p{N}/u.test(word) &&
    base.replace(/[^\p{L}]/gu, '').length >= 2;
  if (!nameShaped) return other;
  if (ORGANISATION.has(base)) return { ...other, type: 'head' };
  // "Wmo-consulent", "Gemeente-breed": a compound led by a stop-word is not a name.
  if (listed(base, lists.stopWords) || listed(base.split('-')[0]!, lists.stopWords)) return other;
  const firstName = FIRST.has(base) || FIRST.has(base.split('-')[0]!);
  return { type: lists.lowercase.has(base) ? 'weak' : 'name', capitalised, base, firstName };
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
      words.push({ ...span, ...classify(m[0], lists), index: words.length });
      continue;
    }
    for (const part of m[0].matchAll(/[^'’-]+/gu)) {
      const piece = { start: m.index + part.index, end: m.index + part.index + part[0].length };
      const blocked = covered.some((c) => overlaps(c, piece));
      const info = classify(part[0], lists);
      words.push({ ...piece, ...info, type: blocked ? 'other' : info.type, index: words.length });
    }
  }
  return words;
}

/** True when a capital at `start` is explained by the start of a sentence, line or list item. */
export function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (/[^\S\n]/u.test(text[i]!) || OPENING_MARKS.includes(text[i]!))) i--;
  if (i < 0 || text[i] === '\n') return true;
  const c = text[i]!;
  if (SENTENCE_END.includes(c)) return true;
  if (!LIST_BULLETS.includes(c)) return false;
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  return text.slice(lineStart, i).trim() === '';
}

/** Name words join over spaces and tabs; a line break ends a name here. */
const joined = (text: string, a: Word, b: Word): boolean => /^[^\S\n]+$/u.test(text.slice(a.end, b.start));
const isNameWord = (word: Word | undefined): boolean =>
  word !== undefined && (word.type === 'name' || word.type === 'weak' || word.type === 'head');

/**
 * The words of the name group that starts at `first`, or none. Particles belong to it
 * between name words ("Jan van der Berg"), capitalised at its start ("Van Dam") or as a
 * surname's lead in lowercase ("de Boer", "van der Linden"; a lone "van" is a
 * preposition). After an organisation's head every capitalised word belongs to its name.
 */
function groupAt(text: string, words: readonly Word[], first: number): Word[] {
  const head = words[first]!;
  if (head.type === 'other') return [];
  let i = first;
  if (head.type === 'particle') {
    while (words[i]?.type === 'particle' && words[i + 1] && joined(text, words[i]!, words[i + 1]!)) i++;
    if (!isNameWord(words[i])) return [];
    const run = words
      .slice(first, i)
      .map((w) => w.base)
      .join(' ');
    if (!head.capitalised && !LEAD_RUNS.has(run)) return [];
  }
  const group = words.slice(first, i + 1);
  let inOrganisation = words[i]!.type === 'head';
  // After a title the first word is a surname, not perhaps a first name: "wethouder Jansen van Lochem".
  const titled = hasTitleBefore(text, extendOverInitials(text, head.start));
  for (let j = i + 1; j < words.length;) {
    if (!joined(text, words[j - 1]!, words[j]!)) break;
    let k = j;
    while (words[k]?.type === 'particle' && words[k + 1] && joined(text, words[k]!, words[k + 1]!)) k++;
    const next = words[k];
    const belongs = isNameWord(next) || (inOrganisation && next?.capitalised === true && next.type !== 'particle');
    if (!next || !belongs) break;
    if (!inOrganisation && !continuesName(group, next, k > j, titled)) break;
    group.push(...words.slice(j, k + 1));
    inOrganisation ||= next.type === 'head';
    j = k + 1;
  }
  // An organisation's head alone ("het College", "de Stichting") names nothing.
  if (group.every((w) => w.type === 'head' || w.type === 'particle')) return [];
  return group;
}

/**
 * Whether `next` goes on the name so far. Over a particle only after first names, or
 * one untitled word that may be an unknown first name ("Jan van Dijk", "Wytze van
 * Dam"), and never into an organisation ("Sanne Brouwer van Humanitas"). Without a
 * particle, a first name after a word that is not one starts another name ("in Zelhem
 * Said Ouali").
 */
function continuesName(group: readonly Word[], next: Word, overParticle: boolean, titled: boolean): boolean {
  const names = nameWordsOf(group);
  if (overParticle) {
    return next.type !== 'head' && ((names.length === 1 && !titled) || names.every((w) => w.firstName));
  }
  const last = names[names.length - 1]!;
  const startsName = next.firstName && next.type === 'name' && !FIRST_ALSO_WORDS.has(next.base);
  return !(startsName && !last.firstName && last.type !== 'head');
}

interface Group {
  textId: string;
  words: Word[];
  atSentenceStart: boolean;
}

const nameWordsOf = (words: readonly Word[]): Word[] => words.filter((w) => w.type !== 'particle');

/**
 * A name group at the start of a sentence, without what the sentence start explains:
 * an article ("Het Jansenisme") and leading weak words ("Gisteren Gunnewiek").
 */
function trimSentenceStart(words: Word[]): { words: Word[]; atSentenceStart: boolean } {
  // "De Haan belt", "Het Baudartius College": the particle explains the capital and the
  // name is mid-sentence. A surname's lead stays with the name ("De Haan"), and so does
  // an organisation's article; "Het" before anything else is an article.
  if (words[0]!.type === 'particle') {
    const at = words.findIndex((w) => w.type !== 'particle');
    const run = words
      .slice(0, at)
      .map((w) => w.base)
      .join(' ');
    const keep = LEAD_RUNS.has(run) || run === 'van' || words.some((w) => w.type === 'head');
    return { words: keep ? words : words.slice(at), atSentenceStart: false };
  }
  if (words[0]!.type === 'weak') {
    const at = words.findIndex((w, i) => i > 0 && w.type !== 'particle' && w.type !== 'weak');
    if (at > 0) return { words: words.slice(at), atSentenceStart: false };
  }
  return { words, atSentenceStart: true };
}

function wordBefore(text: string, words: readonly Word[], group: readonly Word[]): string | undefined {
  const index = group[0]!.index;
  const previous = words[index - 1];
  if (!previous || !joined(text, previous, group[0]!)) return undefined;
  return previous.base;
}

interface Judged {
  guess: NameGuess;
  confidence: Confidence;
  titled: boolean;
}

function judge(text: string, words: readonly Word[], group: Group): Judged {
  const start = group.words[0]!.start;
  const names = nameWordsOf(group.words);
  const titled = hasTitleBefore(text, extendOverInitials(text, start));
  const initials = extendOverInitials(text, start) < start;
  const organisation = group.words.some((w) => w.type === 'head');
  const fullName = names.length > 1 && names[0]!.firstName;
  const particleLed = group.words[0]!.type === 'particle';
  const capitalParticle = particleLed && group.words[0]!.capitalised && !isSentenceStart(text, start);
  const before = wordBefore(text, words, group.words);
  const inPlace = before !== undefined && PLACE_BEFORE.has(before);
  const strong = names.some((w) => w.type === 'name' || w.type === 'head');
  const firstName = names.some((w) => w.firstName);

  const evidence = titled || initials || organisation || fullName || capitalParticle;
  const confidence: Confidence = evidence
    ? 'high'
    : strong || particleLed || firstName || group.atSentenceStart
      ? 'medium'
      : 'low';
  // A particle alone says less than a preposition of place: "met de Boer", "in de Liemers".
  const guess: NameGuess = organisation
    ? 'organisation'
    : titled || initials || fullName || firstName
      ? 'person'
      : inPlace
        ? 'place'
        : particleLed
          ? 'person'
          : 'name';
  return { guess, confidence, titled };
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
    ...PERSON_CONTEXT_WORDS,
    ...PLACE_CONTEXT_WORDS,
    ...vocabulary.flatMap((phrase) => fold(phrase).split(' ').filter(Boolean)),
  ]);
  const lowercase = new Set<string>();
  for (const { text } of texts) {
    for (const m of text.matchAll(WORD)) if (/^\p{Ll}/u.test(m[0])) lowercase.add(fold(m[0]).replace(/'s$/, ''));
  }
  const lists: WordLists = { stopWords, lowercase };
  const groups: Group[] = [];
  const wordsByText = new Map<string, Word[]>();
  for (const { id, text } of texts) {
    const words = wordsOf(text, [...(covered.get(id) ?? []), ...phrasesIn(text)], lists);
    wordsByText.set(id, words);
    for (let i = 0; i < words.length; i++) {
      const found = groupAt(text, words, i);
      if (found.length === 0) continue;
      i += found.length - 1;
      const start = found[0]!.start;
      const before = extendOverInitials(text, start);
      const titled = before < start || hasTitleBefore(text, before);
      if (!titled && isSentenceStart(text, start)) groups.push({ textId: id, ...trimSentenceStart(found) });
      else groups.push({ textId: id, words: found, atSentenceStart: false });
    }
  }

  const textById = new Map(texts.map((t) => [t.id, t.text]));
  const accepted: Group[] = [];
  const deferred: Group[] = [];
  for (const group of groups) {
    const names = nameWordsOf(group.words);
    const lead = names[0]!;
    if (!group.atSentenceStart) {
      accepted.push(group);
    } else if (names.length > 1 && (lead.type === 'name' || lead.type === 'head' || lead.firstName)) {
      accepted.push(group);
    } else if (names.length === 1 && lead.firstName && lead.type === 'name' && !FIRST_ALSO_WORDS.has(lead.base)) {
      accepted.push(group);
    } else if (names.length === 1) {
      deferred.push(group);
    }
  }
  const seenNames = new Set(accepted.flatMap((g) => nameWordsOf(g.words).map((w) => w.base)));
  // "Klaassen zei het" at a sentence start, "Klaassens agenda" elsewhere: one name.
  const seen = (base: string): boolean => seenNames.has(base) || seenNames.has(`${base}s`);
  // Not a first name that is also a word and written as one here: "Ben je er?" after "met Ben".
  const ambiguous = (word: Word): boolean => word.type === 'weak' && FIRST_ALSO_WORDS.has(word.base);
  const chosen = [
    ...accepted,
    ...deferred.filter((g) => {
      const word = g.words[g.words.length - 1]!;
      return seen(word.base) && !ambiguous(word);
    }),
  ];
  for (const g of chosen) for (const w of nameWordsOf(g.words)) seenNames.add(w.base);

  return chosen.map((group) => {
    const text = textById.get(group.textId)!;
    return suggestion(text, group, judge(text, wordsByText.get(group.textId)!, group), seenNames);
  });
}

const PHRASES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...NON_NAME_PHRASES]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Where the names that identify nobody stand ("Albert Heijn"), so none of their words is suggested. */
function phrasesIn(text: string): SpanLike[] {
  const folded = foldText(text);
  return [...folded.folded.matchAll(PHRASES)].map((m) => {
    const [start, end] = originalSpan(folded, m.index, m.index + m[0].length);
    return { start, end };
  });
}

function suggestion(text: string, group: Group, judged: Judged, seenNames: ReadonlySet<string>): NameSuggestion {
  const first = group.words[0]!;
  const last = group.words[group.words.length - 1]!;
  const raw = text.slice(last.start, last.end);
  let possessive: string | undefined = POSSESSIVE.exec(raw)?.[0];
  // "Klaassens agenda": the name with an s, when the name without it is suggested too.
  if (!possessive && last.base.endsWith('s') && seenNames.has(last.base.slice(0, -1))) possessive = 's';
  const end = last.end;
  const nameEnd = possessive ? end - possessive.length : end;
  const key = fold(text.slice(first.start, nameEnd));
  return {
    textId: group.textId,
    start: extendOverInitials(text, first.start),
    end,
    key,
    ...judged,
    ...(possessive ? { possessive } : {}),
  };
}
