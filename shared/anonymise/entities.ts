/**
 * Which suggested names are one entity: "Kees de Boer", "Kees", "de Boer" and "Boer" in
 * one interview are most likely one person, who should be one row in the review and one
 * label in the transcript. A shorter name belongs to a longer one when its name words
 * (particles aside) are the longer one's first or last words; when they fit several
 * longer names ("Kees" in "Kees de Boer" and "Kees Bakker") it stays on its own, since
 * guessing would give two people one label. Only people are named by a part of their
 * name: "Achterhoek" is not "Humanitas Achterhoek", nor "Lochem" "Jan Lochem".
 */
import type { NameGuess } from './finding';
import { NAME_PARTICLES } from './rules';

const PARTICLES = new Set(NAME_PARTICLES);

function nameWords(key: string): string[] {
  return key.split(/[\s-]+/u).filter((word) => word !== '' && !PARTICLES.has(word));
}

const startsWith = (long: readonly string[], short: readonly string[]): boolean =>
  short.every((word, i) => long[i] === word);
const endsWith = (long: readonly string[], short: readonly string[]): boolean =>
  short.every((word, i) => long[long.length - short.length + i] === word);

const SHORTENED: ReadonlySet<NameGuess> = new Set(['person', 'name']);

/** Each key (folded name) → the key of the entity it belongs to (its longest form). */
export function entityRoots(names: Iterable<{ key: string; guess: NameGuess }>): Map<string, string> {
  const guesses = new Map<string, NameGuess>();
  for (const { key, guess } of names) if (!guesses.has(key) || guess === 'person') guesses.set(key, guess);
  const shortened = (key: string): boolean => SHORTENED.has(guesses.get(key)!);
  const distinct = [...guesses.keys()].map((key) => ({ key, words: nameWords(key) }));
  // Longest first, so a longer name is resolved before the shorter ones that join it.
  distinct.sort((a, b) => b.words.length - a.words.length || b.key.length - a.key.length);
  const roots = new Map<string, string>();
  for (const { key, words } of distinct) {
    const fits = new Set<string>();
    for (const other of distinct) {
      if (other.words.length <= words.length || words.length === 0) continue;
      if (!shortened(key) || !shortened(other.key)) continue;
      if (startsWith(other.words, words) || endsWith(other.words, words)) fits.add(roots.get(other.key) ?? other.key);
    }
    // Same name words, other particles ("de Boer", "Boer"): the longer spelling leads.
    const same = distinct.find(
      (other) => other.key !== key && other.words.join(' ') === words.join(' ') && roots.has(other.key),
    );
    if (fits.size === 1) roots.set(key, [...fits][0]!);
    else if (fits.size === 0 && same) roots.set(key, roots.get(same.key)!);
    else roots.set(key, key);
  }
  return roots;
}
