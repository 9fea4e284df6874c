/**
 * Case- and diacritic-insensitive matching with exact positions. A text is folded
 * (lowercase, accents removed, typographic apostrophes and dashes made plain) and every
 * folded character remembers the original characters it came from, so a match found
 * in the folded text is a precise span of the original: "José" and "Jose", "De Vries"
 * and "de vries" fold to the same thing, yet the replacement lands on what was typed.
 */

/**
 * Letters that Unicode does not decompose into a base letter plus accent, and
 * punctuation that people type in several shapes. Keys are lowercase.
 */
export const FOLD_EXTRA: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u2032': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
};

const MARKS = /\p{M}/gu;

/** The folded form of one code point; '' for a combining accent on its own. */
export function foldChar(char: string): string {
  const plain = char.toLowerCase().normalize('NFKD').replace(MARKS, '');
  let out = '';
  for (const c of plain) out += FOLD_EXTRA[c] ?? c;
  return out;
}

export interface FoldedText {
  folded: string;
  /** For each folded index, where its original character starts. */
  starts: number[];
  /** For each folded index, where its original character (with any accents after it) ends. */
  ends: number[];
}

export function foldText(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const next = index + char.length;
    const out = foldChar(char);
    if (out === '') {
      // A separate combining accent belongs to the letter before it: a match that
      // ends on that letter must take the accent along, or half a letter stays behind.
      if (ends.length > 0) ends[ends.length - 1] = next;
    } else {
      // One entry per UTF-16 unit of the folded text, which is what its indices count:
      // an emoji is two units, and one entry for it shifted every match after it.
      folded += out;
      for (let k = 0; k < out.length; k++) {
        starts.push(index);
        ends.push(next);
      }
    }
    index = next;
  }
  return { folded, starts, ends };
}

/** The folded form of a short string (an entry, a stop-word), spaces collapsed. */
export function fold(value: string): string {
  return foldText(value).folded.replace(/\s+/g, ' ').trim();
}

/** The original span [start, end) of the folded span [from, to), to > from. */
export function originalSpan(text: FoldedText, from: number, to: number): [number, number] {
  return [text.starts[from]!, text.ends[to - 1]!];
}
