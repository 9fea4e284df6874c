/**
 * Cutting an interviewer's words into the pieces the question classifier reasons
 * about: sentences (does it end with "?"), clauses (split at , ; : and dashes) and
 * coordinated parts of a clause ("… en hoe gaat dit in zijn werk"). Pure text work;
 * no decisions about open or closed are made here.
 */
import { LEADING_WORDS } from './question-rules';

export interface Sentence {
  /** Normalised text: lower case, typographic quotes folded, single spaces. */
  text: string;
  /** Ends with a question mark (possibly followed by closing quotes or a stray dot). */
  asks: boolean;
}

// Abbreviations are followed by a lower-case word ("o.a. innovatie", "etc. binnen"),
// so a sentence only ends where the next one starts with a capital, digit or quote.
const SENTENCE_END = /(?<=[.?!…]["')\]]*)\s+(?=["'(]?[\p{Lu}\d])/u;
const ASKS = /\?[\s.…"')\]]*$/;

/** Unicode and typography folded, interviewer notes in brackets removed. */
export function normalise(text: string): string {
  let out = text
    .normalize('NFC')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"');
  out = out.replace(/\.\.\./g, '…');
  // "(open/gesloten oid)", "(DOCUMENTNAAM)", "experiment(eel beleid)": notes and
  // optional word parts, never spoken as the question. Innermost first.
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  }
  return out
    .replace(/\s+/g, ' ')
    .replace(/\s+([.?!,;:…])/g, '$1')
    .trim();
}

export function sentences(text: string): Sentence[] {
  const normalised = normalise(text);
  if (normalised === '') return [];
  return normalised
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => ({ text: s.toLowerCase(), asks: ASKS.test(s) }));
}

/** Clauses of a sentence, without their punctuation; empty ones dropped. */
export function clauses(sentence: string): string[] {
  return sentence
    .split(/[,;:]|\s[–—-]\s/)
    .map(bare)
    .filter((c) => c !== '');
}

/** Words only: sentence punctuation and quotes removed, single spaces. */
export function bare(text: string): string {
  return (
    text
      .replace(/[?!.…"]+/g, ' ')
      // Quotes around words go, the apostrophe inside "zo'n" stays.
      .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const LEADING = new RegExp(
  `^(?:${LEADING_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\\s+|$)`,
);

/** "oké en hoe ging dat" → "hoe ging dat": discourse words in front do not change the question. */
export function stripLeadingWords(clause: string): string {
  let rest = clause;
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(LEADING, '');
  }
  return rest;
}

/**
 * A clause cut at "en", "of" and " / ", keeping only cuts where the next part can
 * start a question of its own (decided by `startsQuestion`). "hoe vaak zet u … op en
 * hoe gaat dit in zijn werk" gives two parts; "meningen en werkwijzen" stays whole.
 */
export function coordinatedParts(clause: string, startsQuestion: (part: string) => boolean): string[] {
  const pieces = clause.split(/\s+(?:en|of|\/)\s+/);
  const parts: string[] = [];
  let current = pieces[0] ?? '';
  let rest = clause.slice(current.length);
  for (const piece of pieces.slice(1)) {
    const joint = rest.slice(0, rest.indexOf(piece));
    rest = rest.slice(joint.length + piece.length);
    if (startsQuestion(piece)) {
      parts.push(current);
      current = piece;
    } else {
      current += joint + piece;
    }
  }
  parts.push(current);
  return parts;
}
