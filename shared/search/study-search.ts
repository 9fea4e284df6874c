/**
 * Search across the interviews of a study: one document per turn, its words folded
 * (ideeën = ideeen, capitals ignored) and kept in MiniSearch's radix tree
 * (SearchableMap), which finds every word starting with what was typed. A query
 * returns every turn holding all its words, in reading order (interview by interview,
 * turn by turn, as a researcher goes through hits), filtered by respondent type,
 * municipality, speaker and code, each hit with the words around it.
 *
 * Why not MiniSearch's own search: it scores every matching turn (BM25) before
 * returning any, which over 60,000 turns and a common word (“samenwerking” in every
 * other answer) took longer than the 100 ms a search may take. Postings of turn
 * numbers, intersected in a bitmap, count and order the hits in a few milliseconds.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { Speaker } from '../interview/turn';
import { foldForSearch, foldWithSources } from './find';

export interface SearchDoc {
  /** The turn's id, unique in the study. */
  id: string;
  interviewId: string;
  respondentId: string;
  text: string;
  speaker: Speaker;
  respondentType: string;
  municipality: string;
  /** Researcher's and automatic codes on the turn (or a span of it). */
  codeIds: readonly string[];
  /** The turn's place in its interview's transcript, from 0. */
  position?: number;
}

export interface SearchFilters {
  respondentType?: string;
  municipality?: string;
  speaker?: Speaker;
  codeId?: string;
}

export interface StudyIndex {
  /** Folded word → numbers of the turns holding it, ascending. */
  words: SearchableMap<number[]>;
  /** Turn number → the turn; a turn changed or removed leaves its number empty. */
  slots: (SearchDoc | undefined)[];
  numberOf: Map<string, number>;
  /** The live turns by id. */
  docs: Map<string, SearchDoc>;
  /** Each interview's place in the study's order, for reading order. */
  interviewRank: Map<string, number>;
}

export interface Snippet {
  before: string;
  hit: string;
  after: string;
  /** Where the hit is in the turn's text (UTF-16 offsets), to select it when the turn opens. */
  start: number;
  end: number;
}

export interface SearchResult {
  doc: SearchDoc;
  snippet: Snippet;
}

/** Words shown on each side of a hit. */
const CONTEXT_WORDS = 8;

/** The distinct folded words of a text (letters and digits; everything else separates). */
export function wordsOf(text: string): string[] {
  return [...new Set(foldForSearch(text).split(/[^\p{L}\p{N}]+/u))].filter((word) => word !== '');
}

function addSlot(index: StudyIndex, doc: SearchDoc): void {
  const number = index.slots.length;
  index.slots.push(doc);
  index.numberOf.set(doc.id, number);
  index.docs.set(doc.id, doc);
  for (const word of wordsOf(doc.text)) {
    const postings = index.words.get(word);
    if (postings) postings.push(number);
    else index.words.set(word, [number]);
  }
}

function rankInterviews(index: StudyIndex, docs: readonly SearchDoc[]): void {
  index.interviewRank.clear();
  for (const doc of docs)
    if (!index.interviewRank.has(doc.interviewId)) index.interviewRank.set(doc.interviewId, index.interviewRank.size);
}

/** The docs in the order given: interviews as the study lists them, turns in transcript order. */
export function buildStudyIndex(docs: readonly SearchDoc[]): StudyIndex {
  const index: StudyIndex = {
    words: new SearchableMap<number[]>(),
    slots: [],
    numberOf: new Map(),
    docs: new Map(),
    interviewRank: new Map(),
  };
  for (const doc of docs) addSlot(index, doc);
  rankInterviews(index, docs);
  return index;
}

const sameDoc = (a: SearchDoc, b: SearchDoc) =>
  a.text === b.text &&
  a.speaker === b.speaker &&
  a.interviewId === b.interviewId &&
  a.position === b.position &&
  a.respondentType === b.respondentType &&
  a.municipality === b.municipality &&
  a.codeIds.length === b.codeIds.length &&
  a.codeIds.every((id, i) => b.codeIds[i] === id);

/**
 * Brings the index up to date with the study as it is now: turns that went are removed,
 * new ones added, changed ones replaced. Typing in one turn re-indexes that turn only,
 * not the 60,000 others; once a quarter of the numbers are empty the index is rebuilt.
 * Returns how many turns changed.
 */
export function updateStudyIndex(index: StudyIndex, docs: readonly SearchDoc[]): number {
  let changed = 0;
  const now = new Set<string>();
  const fresh: SearchDoc[] = [];
  for (const doc of docs) {
    now.add(doc.id);
    const old = index.docs.get(doc.id);
    if (old && sameDoc(old, doc)) continue;
    if (old) index.slots[index.numberOf.get(doc.id)!] = undefined;
    fresh.push(doc);
    changed++;
  }
  for (const id of [...index.docs.keys()]) {
    if (now.has(id)) continue;
    index.slots[index.numberOf.get(id)!] = undefined;
    index.numberOf.delete(id);
    index.docs.delete(id);
    changed++;
  }
  const empty = index.slots.length + fresh.length - docs.length;
  if (empty > 1000 && empty > index.slots.length / 4) {
    Object.assign(index, buildStudyIndex(docs));
    return changed;
  }
  for (const doc of fresh) addSlot(index, doc);
  rankInterviews(index, docs);
  return changed;
}

function passes(doc: SearchDoc, filters: SearchFilters): boolean {
  return (
    (!filters.respondentType || doc.respondentType === filters.respondentType) &&
    (!filters.municipality || doc.municipality === filters.municipality) &&
    (!filters.speaker || doc.speaker === filters.speaker) &&
    (!filters.codeId || doc.codeIds.includes(filters.codeId))
  );
}

/** The first word of the text that starts with one of the (folded) query terms, with the words around it. */
export function snippetOf(text: string, terms: readonly string[]): Snippet {
  const { folded, sources } = foldWithSources(text);
  let best: { start: number; end: number } | undefined;
  for (const term of terms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\p{L}\\p{N}]*`, 'u');
    const match = pattern.exec(folded);
    if (match && (!best || match.index < best.start)) best = { start: match.index, end: match.index + match[0].length };
  }
  if (!best) return { before: '', hit: '', after: clip(text.split(/\s+/), CONTEXT_WORDS * 2, 'end'), start: 0, end: 0 };
  const start = sources[best.start]!;
  const end = sources[best.end]!;
  return {
    before: clip(text.slice(0, start).split(/\s+/), CONTEXT_WORDS + 1, 'start'),
    hit: text.slice(start, end),
    after: clip(text.slice(end).split(/\s+/), CONTEXT_WORDS + 1, 'end'),
    start,
    end,
  };
}

/** Keeps `count` words at the hit's side, marking what was cut with an ellipsis. */
function clip(words: string[], count: number, cut: 'start' | 'end'): string {
  if (words.length <= count) return words.join(' ');
  return cut === 'start' ? `… ${words.slice(-count).join(' ')}` : `${words.slice(0, count).join(' ')} …`;
}

/** Marks every turn holding a word that starts with `term`. */
function turnsWithWordStarting(index: StudyIndex, term: string): Uint8Array {
  const marked = new Uint8Array(index.slots.length);
  for (const postings of index.words.atPrefix(term).values()) for (const number of postings) marked[number] = 1;
  return marked;
}

/** The first `limit` hits in reading order; every query word must occur (as a word or the start of one). */
export function searchStudy(
  index: StudyIndex,
  query: string,
  filters: SearchFilters = {},
  limit = 100,
): SearchResult[] {
  return searchStudyPage(index, query, filters, limit).results;
}

/** The first `limit` results, each with its context, and how many turns match in all. */
export function searchStudyPage(
  index: StudyIndex,
  query: string,
  filters: SearchFilters = {},
  limit = 100,
): { total: number; results: SearchResult[] } {
  const terms = wordsOf(query);
  if (terms.length === 0) return { total: 0, results: [] };
  const [first, ...rest] = terms.map((term) => turnsWithWordStarting(index, term));
  const all = first!;
  for (const marked of rest) for (let i = 0; i < all.length; i++) all[i]! &= marked[i]!;
  const hits: SearchDoc[] = [];
  for (let i = 0; i < all.length; i++) {
    if (!all[i]) continue;
    const doc = index.slots[i];
    if (doc && passes(doc, filters)) hits.push(doc);
  }
  const rank = (doc: SearchDoc) => (index.interviewRank.get(doc.interviewId) ?? 0) * 1e6 + (doc.position ?? 0);
  // Only the first page is put in order; the rest are counted.
  const page = firstInOrder(hits, limit, rank);
  return {
    total: hits.length,
    results: page.map((doc) => ({ doc, snippet: snippetOf(doc.text, terms) })),
  };
}

/** The `limit` smallest by `key`, in order. */
function firstInOrder<T>(items: readonly T[], limit: number, key: (item: T) => number): T[] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  if (keyed.length <= limit) return keyed.sort((a, b) => a.key - b.key).map((k) => k.item);
  const threshold = Float64Array.from(keyed, (k) => k.key).sort()[limit - 1]!;
  return keyed
    .filter((k) => k.key <= threshold)
    .sort((a, b) => a.key - b.key)
    .slice(0, limit)
    .map((k) => k.item);
}
