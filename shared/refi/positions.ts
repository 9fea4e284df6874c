/**
 * Character positions. Veldwerk keeps offsets in UTF-16 code units (as the browser
 * counts a selection); REFI-QDA counts Unicode code points from 0 (specification 1.5,
 * §10.2 "Text selections"), so an emoji is one character there and two here. Selections
 * are written [start, end): end is the position just after the last character, which
 * is what NVivo, ATLAS.ti and QualCoder write and read.
 */

/** For every UTF-16 offset 0…length, the code point position it stands at. */
export function codePointPositions(text: string): Uint32Array {
  const positions = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    positions[i] = points;
    const code = text.charCodeAt(i);
    const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    // The low half of a pair is not a character of its own; an offset inside a pair rounds up.
    if (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      positions[i + 1] = points + 1;
      i++;
    }
    points++;
  }
  positions[text.length] = points;
  return positions;
}

/** The text between two code point positions (the way a REFI-QDA reader cuts a selection). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** From code point positions back to UTF-16 offsets (for import). */
export function utf16Offsets(text: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const char of text) {
    offsets.push(at);
    at += char.length;
  }
  offsets.push(at);
  return offsets;
}

export interface Replacement {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Where each offset of a text lands once `replacements` (sorted, not overlapping) are
 * written into it. An offset inside a replaced name lands at its replacement's start
 * when it opens a span and at its end when it closes one, so a coding that cut into
 * a name covers the whole replacement, never half of "[Persoon 1]".
 */
export function offsetAfterReplacements(
  replacements: readonly Replacement[],
  offset: number,
  side: 'start' | 'end',
): number {
  let shift = 0;
  for (const r of replacements) {
    if (offset <= r.start) break;
    if (offset < r.end) return r.start + shift + (side === 'start' ? 0 : r.replacement.length);
    shift += r.replacement.length - (r.end - r.start);
  }
  return offset + shift;
}
