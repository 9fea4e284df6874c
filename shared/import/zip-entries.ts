/**
 * Reads a zip's central directory and inflates one entry with a hard ceiling on what it
 * may unpack to. A zip can claim any size and hold a "bomb" (408 KB that inflates to
 * 400 MB), so the declared size is checked before inflating and the real output is
 * counted while inflating: nothing ever unpacks past the cap or past what it declared.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else cannot be read. */
  method: number;
  compressedSize: number;
  /** What the central directory says the entry unpacks to; not to be trusted. */
  declaredSize: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

/** The entry would unpack to more than the cap, by its own claim or while inflating. */
export class ZipEntryTooLargeError extends Error {
  override readonly name = 'ZipEntryTooLargeError';
  constructor(
    readonly entryName: string,
    readonly limit: number,
  ) {
    super(`${entryName} unpacks to more than ${limit} bytes.`);
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record sits within the last 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
/** Zip64 marks sizes and offsets it moved elsewhere with all ones. */
const ZIP64_MARK = 0xffffffff;

function u16(bytes: Uint8Array, at: number): number {
  if (at + 2 > bytes.length) throw new ZipFormatError('The zip is cut short.');
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) throw new ZipFormatError('The zip is cut short.');
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipFormatError('No zip directory found.');
}

/** Every entry the directory lists, in its order, without unpacking anything. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const end = findEndOfDirectory(bytes);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== DIRECTORY_ENTRY) throw new ZipFormatError('The zip directory is damaged.');
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > bytes.length) throw new ZipFormatError('The zip is cut short.');
    const entry: ZipEntry = {
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      declaredSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (
      entry.compressedSize === ZIP64_MARK ||
      entry.declaredSize === ZIP64_MARK ||
      entry.localHeaderOffset === ZIP64_MARK
    ) {
      // Zip64 is for files of 4 GB and more: far beyond any spreadsheet export.
      throw new ZipFormatError('Zip64 archives are not read.');
    }
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** Inflate in slices so an overrun stops the work within one slice (at most ~16 MB out). */
const SLICE = 16 * 1024;

/**
 * The entry's bytes, refusing (ZipEntryTooLargeError) as soon as it claims or turns out to
 * unpack to more than `limit`, and refusing (ZipFormatError) a stream longer or shorter
 * than it declared or damaged.
 */
export function unpackZipEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  if (entry.declaredSize > limit) throw new ZipEntryTooLargeError(entry.name, limit);
  const header = entry.localHeaderOffset;
  if (u32(bytes, header) !== LOCAL_HEADER) throw new ZipFormatError('A zip entry is damaged.');
  const start = header + 30 + u16(bytes, header + 26) + u16(bytes, header + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError('The zip is cut short.');
  const data = bytes.subarray(start, end);

  if (entry.method === 0) {
    if (entry.compressedSize !== entry.declaredSize) throw new ZipFormatError('A zip entry is damaged.');
    return data.slice();
  }
  if (entry.method !== 8) throw new ZipFormatError(`Compression method ${entry.method} is not supported.`);

  const out = new Uint8Array(entry.declaredSize);
  let written = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.declaredSize) {
      // More than it declared: a lying header, possibly a bomb. Stop here.
      throw written + chunk.length > limit
        ? new ZipEntryTooLargeError(entry.name, limit)
        : new ZipFormatError('A zip entry unpacks to more than it declares.');
    }
    out.set(chunk, written);
    written += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) {
      inflater.push(data.subarray(at, Math.min(at + SLICE, data.length)), at + SLICE >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipEntryTooLargeError || error instanceof ZipFormatError) throw error;
    throw new ZipFormatError('A zip entry cannot be inflated.');
  }
  if (!finished || written !== entry.declaredSize) throw new ZipFormatError('A zip entry is shorter than it declares.');
  return out;
}
