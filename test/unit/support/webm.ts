/**
 * A minimal WebM writer and reader for tests: the element layout MediaRecorder produces
 * (EBML header, Segment and Clusters of unknown size, SimpleBlocks), and a reader that
 * lists each block's absolute time, so a joined file can be checked block by block.
 */
function vintSize(size: number): number[] {
  return [0x01, 0, 0, 0, Math.floor(size / 2 ** 24) % 256, Math.floor(size / 65536) % 256, Math.floor(size / 256) % 256, size % 256];
}
const UNKNOWN = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];

function idBytes(id: number): number[] {
  const out: number[] = [];
  for (let rest = id; rest > 0; rest = Math.floor(rest / 256)) out.unshift(rest % 256);
  return out;
}
function el(id: number, data: number[]): number[] {
  return [...idBytes(id), ...vintSize(data.length), ...data];
}
function uint(value: number, length = 4): number[] {
  const out: number[] = [];
  for (let i = length - 1; i >= 0; i--) out.push(Math.floor(value / 256 ** i) % 256);
  return out;
}

/** A WebM "recording": clusters of blocks at the given ms (relative to the part's clock, which starts at `clockStart`). */
export function fakeWebm(blockTimes: number[][], clockStart = 0, payload = 7): Uint8Array {
  const header = el(0x1a45dfa3, [...el(0x4282, [...'webm'].map((c) => c.charCodeAt(0)))]);
  const info = el(0x1549a966, el(0x2ad7b1, uint(1_000_000)));
  const tracks = el(0x1654ae6b, el(0xae, [...el(0xd7, [1]), ...el(0x86, [...'A_OPUS'].map((c) => c.charCodeAt(0)))]));
  const clusters: number[] = [];
  for (const times of blockTimes) {
    const clusterTime = clockStart + times[0]!;
    const blocks = times.flatMap((t) => el(0xa3, [0x81, ...uint(t + clockStart - clusterTime, 2), 0x80, ...Array(payload).fill(t % 256)]));
    clusters.push(...idBytes(0x1f43b675), ...UNKNOWN, ...el(0xe7, uint(clusterTime)), ...blocks);
  }
  return new Uint8Array([...header, ...idBytes(0x18538067), ...UNKNOWN, ...info, ...tracks, ...clusters]);
}

/** Absolute time (ms) of every SimpleBlock, and the Info Duration when there is one. */
export function readWebm(bytes: Uint8Array): { blocks: number[]; durationMs?: number; headers: number } {
  const blocks: number[] = [];
  let durationMs: number | undefined;
  let headers = 0;
  let clusterTime = 0;
  const walk = (start: number, end: number): void => {
    let pos = start;
    while (pos < end) {
      let idLength = 1;
      while (!(bytes[pos]! & (0x80 >> (idLength - 1)))) idLength++;
      let id = 0;
      for (let i = 0; i < idLength; i++) id = id * 256 + bytes[pos + i]!;
      const sizePos = pos + idLength;
      let sizeLength = 1;
      while (!(bytes[sizePos]! & (0x80 >> (sizeLength - 1)))) sizeLength++;
      let size = bytes[sizePos]! & (0xff >> sizeLength);
      let unknown = size === 0xff >> sizeLength;
      for (let i = 1; i < sizeLength; i++) {
        size = size * 256 + bytes[sizePos + i]!;
        unknown &&= bytes[sizePos + i] === 0xff;
      }
      const dataStart = sizePos + sizeLength;
      const dataEnd = unknown ? end : dataStart + size;
      if (id === 0x1a45dfa3) headers++;
      if (id === 0x18538067 || id === 0x1549a966) walk(dataStart, dataEnd);
      else if (id === 0x1f43b675) {
        if (unknown) {
          pos = dataStart; // children follow at this level
          continue;
        }
        walk(dataStart, dataEnd);
      } else if (id === 0xe7) {
        clusterTime = 0;
        for (let i = dataStart; i < dataEnd; i++) clusterTime = clusterTime * 256 + bytes[i]!;
      } else if (id === 0xa3) {
        const relative = new DataView(bytes.buffer, bytes.byteOffset + dataStart + 1, 2).getInt16(0);
        blocks.push(clusterTime + relative);
      } else if (id === 0x4489) {
        durationMs = new DataView(bytes.buffer, bytes.byteOffset + dataStart, 8).getFloat64(0);
      }
      pos = dataEnd;
    }
  };
  walk(0, bytes.length);
  return { blocks, ...(durationMs !== undefined ? { durationMs } : {}), headers };
}
