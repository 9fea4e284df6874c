/**
 * Titles and initials in front of a name belong to the identifier: "dhr. Jansen",
 * "mevrouw De Vries", "prof. dr. P.J. Jansen" are replaced whole. Found by looking
 * back from where the name starts. Titles match in any case; initials only as capitals
 * with a dot ("P.J.", "Th."), so "o.a. Jansen" keeps its "o.a.".
 */
import { INITIAL_DIGRAPHS, NAME_TITLE_ABBREVIATIONS, NAME_TITLE_WORDS } from './rules';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

const alternatives = (words: readonly string[]): string =>
  longestFirst(words)
    .map((word) => word.split(' ').map(escape).join('\\s+'))
    .join('|');

const TITLE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alternatives(NAME_TITLE_WORDS)})\\s+|(?:${alternatives(NAME_TITLE_ABBREVIATIONS)})(?:\\.\\s*|\\s+))$`,
  'iu',
);
const INITIAL_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${longestFirst(INITIAL_DIGRAPHS).map(escape).join('|')}|\\p{Lu})\\.\\s*$`,
  'u',
);

/** How far back to look: enough for "prof. dr. ir. P.J.M. " and then some. */
const LOOK_BACK = 48;

/** Where the identifier starts when the name at `start` has titles or initials before it. */
export function extendOverTitles(text: string, start: number): number {
  let at = start;
  for (;;) {
    const before = text.slice(Math.max(0, at - LOOK_BACK), at);
    const m = INITIAL_BEFORE.exec(before) ?? TITLE_BEFORE.exec(before);
    if (!m || m[0].length === 0) return at;
    at -= m[0].length;
  }
}
