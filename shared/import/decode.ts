/**
 * Bytes → text. A spreadsheet export arrives as UTF-8 (Google, with or without a byte
 * order mark), as Windows-1252 (Dutch Excel "CSV (gescheiden door lijstscheidingsteken)")
 * or as UTF-16 with a byte order mark (Excel "Unicode-tekst"). UTF-8 is tried first with
 * a fatal decoder: real Windows-1252 text with accents is almost never valid UTF-8.
 */
import type { SpreadsheetEncoding } from './types';
import { decodeWindows1252 } from './windows-1252';

/**
 * The part of TextDecoder we use. Looked up on globalThis rather than declared as a
 * global type, because @types/papaparse already pulls Node's TextDecoder declaration
 * into this project and a second global declaration would clash with it.
 */
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
type Utf8DecoderConstructor = new (label: 'utf-8', options: { fatal: boolean }) => Utf8Decoder;

function utf8Decoder(fatal: boolean): Utf8Decoder {
  const Decoder = (globalThis as unknown as { TextDecoder: Utf8DecoderConstructor }).TextDecoder;
  return new Decoder('utf-8', { fatal });
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
  const parts: string[] = [];
  let chunk: number[] = [];
  // Start after the byte order mark; a dangling odd byte at the end is dropped.
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const unit = order === 'utf-16le' ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    chunk.push(unit);
    if (chunk.length === 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16), encoding: utf16 };

  const bom = hasUtf8Bom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8Decoder(true).decode(body), encoding: 'utf-8' };
  } catch {
    // A byte order mark is a promise of UTF-8: keep it and show damaged bytes as U+FFFD
    // rather than reading the whole file in another encoding.
    if (bom) return { text: utf8Decoder(false).decode(body), encoding: 'utf-8' };
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
