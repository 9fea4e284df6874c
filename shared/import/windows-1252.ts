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

/** The UTF-16 code unit of every byte (each is one BMP character). */
const CODE_UNITS: Uint16Array = (() => {
  const units = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) {
    units[byte] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]!.charCodeAt(0) : byte;
  }
  return units;
})();

/** The part of TextDecoder used here (see decode.ts for why it is looked up this way). */
type Utf16Decoder = new (label: 'utf-16le') => { decode(input: Uint8Array): string };

/** Every byte is a character, so this never fails; all other bytes are Latin-1. */
export function decodeWindows1252(bytes: Uint8Array): string {
  // Byte → UTF-16LE through the table, then one native decode: building the string in
  // JavaScript took 12–24 s for a 50 MB export. Every unit is a BMP character, so the
  // UTF-16 decoder changes nothing.
  const utf16 = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const unit = CODE_UNITS[bytes[i]!]!;
    utf16[2 * i] = unit & 0xff;
    utf16[2 * i + 1] = unit >> 8;
  }
  const Decoder = (globalThis as unknown as { TextDecoder: Utf16Decoder }).TextDecoder;
  return new Decoder('utf-16le').decode(utf16);
}
