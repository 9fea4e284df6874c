/**
 * Find in a transcript: every occurrence of a query in every turn, case-insensitive and
 * with diacritics folded (ideeën = ideeen), reported at positions in the original text so
 * the UI can select exactly what was typed there.
 */

export interface FoldedText {
  /** Lower-case text without diacritics. */
  folded: string;
  /** For each code unit of `folded`, the index in the original text it came from. */
  sources: number[];
}

/** Folds per original character, so every folded position maps back into the original. */
export function foldWithSources(text: string): FoldedText {
  let folded = '';
  const sources: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = char
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase('nl');
    for (let i = 0; i < piece.length; i++) sources.push(index);
    folded += piece;
    index += char.length;
  }
  sources.push(index);
  return { folded, sources };
}

/** The folded form used for comparing (no position map). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

export interface FindHit {
  turnId: string;
  /** Character range in the turn's original text. */
  start: number;
  end: number;
}

/** All hits, in transcript order then position; an empty or blank query finds nothing. */
export function findInTurns(turns: readonly { id: string; text: string }[], query: string): FindHit[] {
  const needle = foldForSearch(query.trim());
  if (!needle) return [];
  const hits: FindHit[] = [];
  for (const turn of turns) {
    const { folded, sources } = foldWithSources(turn.text);
    let from = folded.indexOf(needle);
    while (from >= 0) {
      hits.push({ turnId: turn.id, start: sources[from]!, end: sources[from + needle.length]! });
      from = folded.indexOf(needle, from + needle.length);
    }
  }
  return hits;
}
