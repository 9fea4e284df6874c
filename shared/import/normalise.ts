/**
 * Text folding for comparing what a spreadsheet says with what the questionnaire says.
 * Exports pass through forms, Excel and hand edits, which change case, quotes (’ vs '),
 * spaces and accents, but not the words. Two strengths: `fold` keeps punctuation,
 * `looseKey` keeps only the words, for a second, more forgiving attempt.
 */

const CHARACTER_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2026': '...',
};
/** Invisible characters that copy-paste leaves behind; they separate nothing. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const MAPPED = new RegExp(`[${Object.keys(CHARACTER_MAP).join('')}]`, 'g');

/** Case-, accent-, quote- and whitespace-insensitive form of `text`, punctuation kept. */
export function fold(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(MAPPED, (c) => CHARACTER_MAP[c] ?? c)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Only the words of `text`, folded and separated by single spaces. */
export function looseKey(text: string): string {
  return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** The words of `text` as `looseKey` sees them. */
export function looseWords(text: string): string[] {
  const key = looseKey(text);
  return key === '' ? [] : key.split(' ');
}

export interface NumberedTitle {
  /** The number from a "Vraag 3:", "V3." or "3)" prefix. */
  number?: number;
  /** The title without that prefix, trimmed. */
  rest: string;
}

/**
 * Splits a "Vraag 3: …" / "Vraag 3. …" / "V3: …" / "Question 3 - …" / "3) …" prefix off a
 * column title or question text. A bare "Vraag 3" or "V3" is a prefix with no rest.
 */
export function splitQuestionNumber(title: string): NumberedTitle {
  const trimmed = title.replace(INVISIBLE, '').trim();
  const named =
    /^(?:vraag|question)\s*(\d+)(?:\s*[:.)\-\u2013]|\s|$)\s*/i.exec(trimmed) ??
    /^[vq]\s?(\d+)(?:\s*[:.)\-\u2013]|$)\s*/i.exec(trimmed);
  const bare = named ? null : /^(\d+)\s*(?:[.):]\s+|[.):]?$)/.exec(trimmed);
  const match = named ?? bare;
  if (!match) return { rest: trimmed };
  return { number: Number(match[1]), rest: trimmed.slice(match[0].length).trim() };
}
