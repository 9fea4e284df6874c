/**
 * Which words count as fillers ("uh", "ehm", "hmm"): the default Dutch list, a schema
 * for lists the researcher edits, and the matcher built from a list. Only whole words
 * are ever compared here; finding them in a text is `filler-text.ts`.
 */
import { z } from 'zod';

/** Default for Dutch. Longer forms ("uhhh", "ehhhm", "hmmm") match by letter repetition. */
export const DUTCH_FILLER_WORDS: readonly string[] = ['uh', 'uhm', 'uhh', 'eh', 'ehm', 'ehh', 'hm', 'hmm'];

const LETTERS_ONLY = /^\p{L}+$/u;

export const fillerWordSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(LETTERS_ONLY, 'een stopwoord is één woord van alleen letters');
export const fillerWordsSchema = z.array(fillerWordSchema);

/** True when `word` (a whole word, no punctuation) is a filler. */
export type FillerMatcher = (word: string) => boolean;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Each listed word matches itself with any of its letters repeated: "uh" matches "uhhh"
 * and "uuh", "ehm" matches "ehhhmm". Speech is transcribed with as many letters as the
 * sound lasted, and listing every length is impossible. A letter is only ever repeated,
 * never added: "euh" is not "eh", and "hehe", "hem" or "humor" never match.
 * Matching ignores case. Throws a RangeError for an entry that is not one word of letters,
 * since such an entry could never match and is a mistake in the list.
 */
export function fillerMatcher(words: readonly string[]): FillerMatcher {
  const patterns = new Set<string>();
  for (const raw of words) {
    const word = raw.trim().toLowerCase();
    if (!LETTERS_ONLY.test(word)) {
      throw new RangeError(`Filler word "${raw}" must be a single word of letters`);
    }
    // Squeeze runs first ("uhh" → "uh"), so "uh" and "uhh" give the same pattern.
    const letters = [...word].filter((letter, i, all) => letter !== all[i - 1]);
    patterns.add(letters.map((letter) => `${escapeRegExp(letter)}+`).join(''));
  }
  if (patterns.size === 0) return () => false;
  const regex = new RegExp(`^(?:${[...patterns].join('|')})$`, 'iu');
  return (word) => regex.test(word);
}
