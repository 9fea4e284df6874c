/**
 * Windows-1252 decoding with our own table. TextDecoder('windows-1252') is not used on
 * purpose: Node (ICU) and Chromium disagree on the bytes 0x80–0x9F, and the app and its
 * tests must read the same file the same way.
 */

/**
 * Bytes 0x80–0x9F. The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
 * 0x9D) map to the C1 control U+0080+byte, as the WHATWG Encoding Standard does.
 */
export const WINDOWS_1252_HIGH: readonly string[] = [
  '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', // 80–87 € · ‚ ƒ „ … † ‡
  '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F', // 88–8F ˆ ‰ Š ‹ Œ · Ž ·
  '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', // 90–97 · ‘ ’ “ ” • – —
  '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178', // 98–9F ˜ ™ š › œ · ž Ÿ
];

/** Every byte is a character, so this never fails; all other bytes are Latin-1. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Build in chunks: one string concatenation per byte is slow on large exports.
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    let chunk = '';
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      chunk += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    }
    parts.push(chunk);
  }
  return parts.join('');
}
