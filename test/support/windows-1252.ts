/**
 * Encodes text as Windows-1252 bytes, the way Dutch Excel saves a CSV, so unit and
 * browser end-to-end tests can build exact fixture files. Self-contained (no imports)
 * so both vitest and Playwright can load it.
 */

/** Characters of 0x80–0x9F; the five undefined bytes map to U+0080+byte as in decoding. */
const HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Throws a RangeError for a character Windows-1252 cannot hold, unless `replacement`
 * is given (Excel writes "?").
 */
export function encodeWindows1252(text: string, replacement?: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const high = HIGH.indexOf(char);
    if (high !== -1) bytes.push(0x80 + high);
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (replacement !== undefined) bytes.push(...encodeWindows1252(replacement));
    else throw new RangeError(`“${char}” (U+${code.toString(16).toUpperCase().padStart(4, '0')}) is not in Windows-1252`);
  }
  return Uint8Array.from(bytes);
}
