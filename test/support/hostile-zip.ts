/**
 * Zip files built byte by byte, so a test can make one lie about its sizes or hold a
 * bomb without first allocating what the bomb unpacks to.
 */
import { constants, deflateRawSync } from 'node:zlib';

export interface RawZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate */
  method: 0 | 8;
  data: Uint8Array;
  /** What the directory claims the entry unpacks to. */
  declaredSize: number;
}

function u16(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff];
}
function u32(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
}

export function rawZip(entries: RawZipEntry[]): Uint8Array {
  const local: number[] = [];
  const directory: number[] = [];
  for (const entry of entries) {
    const name = [...new TextEncoder().encode(entry.name)];
    const offset = local.length;
    const common = [...u16(20), ...u16(0), ...u16(entry.method), ...u16(0), ...u16(0), ...u32(0)];
    const sizes = [...u32(entry.data.length), ...u32(entry.declaredSize), ...u16(name.length), ...u16(0)];
    local.push(...u32(0x04034b50), ...common, ...sizes, ...name);
    for (const byte of entry.data) local.push(byte);
    directory.push(
      ...u32(0x02014b50),
      ...u16(20),
      ...common,
      ...sizes,
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...name,
    );
  }
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(directory.length),
    ...u32(local.length),
    ...u16(0),
  ];
  return Uint8Array.from([...local, ...directory, ...end]);
}

/**
 * A deflate stream of `megabytes` MB of one repeated CSV line, compressed piece by piece
 * so the test never holds the unpacked text: 400 MB comes out near 400 KB.
 */
export function deflateBomb(megabytes: number): Uint8Array {
  const line = 'a;b;c;d\n';
  const megabyte = Buffer.from(line.repeat((1024 * 1024) / line.length));
  // Each full-flushed megabyte compresses the same; the last one closes the stream.
  const middle = deflateRawSync(megabyte, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(megabyte, { level: 9 });
  const out = new Uint8Array(middle.length * (megabytes - 1) + last.length);
  for (let i = 0; i < megabytes - 1; i++) out.set(middle, i * middle.length);
  out.set(last, (megabytes - 1) * middle.length);
  return out;
}
