/**
 * What stands before a name. Initials belong to the identifier and are replaced with it
 * ("P.J. Jansen" → "[Persoon 1]"); titles, forms of address and functions do not: they
 * stay in the text before the replacement ("mevrouw [BA]", "wethouder [Persoon 2]"), so
 * the transcript still reads as speech. Found by looking back from where the name
 * starts. Titles match in any case, on the same line; initials only as capitals with a
 * dot ("P.J.", "Th."), so "o.a. Jansen" keeps its "o.a.".
 */
import { PERSON_CONTEXT_WORDS } from './lists/name-context';
import { INITIAL_DIGRAPHS, NAME_TITLE_ABBREVIATIONS, NAME_TITLE_WORDS } from './rules';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

const alternatives = (words: readonly string[]): string =>
  longestFirst(words)
    .map((word) => word.split(' ').map(escape).join('[^\\S\\n]+'))
    .join('|');

/** Spaces and tabs, not a line break: "de dokter.\nJansen" is two lines, not a title. */
const SPACE = '[^\\S\\n]';

const TITLE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alternatives([...NAME_TITLE_WORDS, ...PERSON_CONTEXT_WORDS])})${SPACE}+|(?:${alternatives(NAME_TITLE_ABBREVIATIONS)})(?:\\.${SPACE}*|${SPACE}+))$`,
  'iu',
);
const INITIAL_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${longestFirst(INITIAL_DIGRAPHS).map(escape).join('|')}|\\p{Lu})\\.\\s*$`,
  'u',
);

/** How far back to look: enough for "P.J.M. " and a long function word. */
const LOOK_BACK = 48;

/** Where the identifier starts when the name at `start` has initials before it. */
export function extendOverInitials(text: string, start: number): number {
  let at = start;
  for (;;) {
    const m = INITIAL_BEFORE.exec(text.slice(Math.max(0, at - LOOK_BACK), at));
    if (!m || m[0].length === 0) return at;
    at -= m[0].length;
  }
}

/** Whether a title, form of address or function stands right before `start`. */
export function hasTitleBefore(text: string, start: number): boolean {
  return TITLE_BEFORE.test(text.slice(Math.max(0, start - LOOK_BACK), start));
}
