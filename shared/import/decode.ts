/**
 * Bytes → text. A spreadsheet export arrives as UTF-8 (Google, with or without a byte
 * order mark), as Windows-1252 (Dutch Excel "CSV (gescheiden door lijstscheidingsteken)")
 * or as UTF-16 with a byte order mark (Excel "Unicode-tekst"). The encoding is sniffed
 * from the first 64 KB: UTF-8 is tried with a fatal decoder, and real Windows-1252 text
 * with accents is almost never valid UTF-8. A sample of plain ASCII tells nothing, so
 * then the whole file is tried (one native pass, not a JavaScript loop).
 */
import type { SpreadsheetEncoding } from './types';
import { IMPORT_LIMITS } from './limits';
import { decodeWindows1252 } from './windows-1252';

/**
 * The part of TextDecoder we use. Looked up on globalThis rather than declared as a
 * global type, because @types/papaparse already pulls Node's TextDecoder declaration
 * into this project and a second global declaration would clash with it.
 */
interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: 'utf-8' | 'utf-16le' | 'utf-16be', options: { fatal: boolean }) => Decoder;

function textDecoder(label: 'utf-8' | 'utf-16le' | 'utf-16be', fatal: boolean): Decoder {
  const Constructor = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;
  return new Constructor(label, { fatal });
}

function utf8Decoder(fatal: boolean): Decoder {
  return textDecoder('utf-8', fatal);
}

export interface DecodedText {
  /** The text without a byte order mark. */
  text: string;
  encoding: SpreadsheetEncoding;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The byte order of a UTF-16 byte order mark, if the file starts with one. */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string {
  // Start after the byte order mark; a dangling odd byte at the end is dropped.
  const end = 2 + Math.floor((bytes.length - 2) / 2) * 2;
  return textDecoder(order, false).decode(bytes.subarray(2, end));
}

/** The sample without a UTF-8 sequence that the cut split (at most 4 trailing bytes). */
function wholeCharacters(sample: Uint8Array): Uint8Array {
  for (let back = 1; back <= 4 && back <= sample.length; back++) {
    const byte = sample[sample.length - back]!;
    if (byte < 0x80) return sample; // ASCII: nothing split
    if (byte >= 0xc0) {
      // A lead byte: it announces 2, 3 or 4 bytes; keep it only if all are there.
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length === back ? sample : sample.subarray(0, sample.length - back);
    }
  }
  return sample;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Decoder(true).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** The encoding of `bytes` (without a byte order mark), judged from the first 64 KB. */
export function sniffEncoding(bytes: Uint8Array): 'utf-8' | 'windows-1252' {
  const truncated = bytes.length > IMPORT_LIMITS.sniffSample;
  const sample = truncated ? wholeCharacters(bytes.subarray(0, IMPORT_LIMITS.sniffSample)) : bytes;
  if (!isValidUtf8(sample)) return 'windows-1252';
  if (!truncated || !isAscii(sample)) return 'utf-8';
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16), encoding: utf16 };

  // A byte order mark is a promise of UTF-8: keep it and show damaged bytes as U+FFFD
  // rather than reading the whole file in another encoding. So does a sample that is
  // UTF-8 with accents in it.
  if (hasUtf8Bom(bytes)) return { text: utf8Decoder(false).decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (sniffEncoding(bytes) === 'utf-8') return { text: utf8Decoder(false).decode(bytes), encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}
