/**
 * Joins the WebM parts of one recording into a single WebM file that plays, seeks and
 * decodes as one. Why a remux and not a concatenation: every WebM part starts with its own
 * header and its own clock at zero, so bytes glued together stop decoding at the second
 * header (or play the parts on top of each other). Playing parts in sequence in several
 * media elements would work too, but then seeking, the scrubber and decodeAudioData all
 * need to know about parts; one file keeps every consumer simple.
 *
 * How: the header of the first part (EBML header, Segment, Info, Tracks), then the
 * clusters of every part with their timecodes moved by where the part starts in the whole
 * recording. The Segment is written with unknown size, as MediaRecorder does; Info gets a
 * Duration so a media element knows the length; SeekHead and Cues are left out (their byte
 * positions would be wrong). An element cut off at the end of a part (the last chunk
 * before a crash) is dropped. The parts must carry the same codec: they come from one
 * recorder configuration.
 */

const ID = {
  ebml: 0x1a45dfa3,
  segment: 0x18538067,
  seekHead: 0x114d9b74,
  info: 0x1549a966,
  tracks: 0x1654ae6b,
  cluster: 0x1f43b675,
  cues: 0x1c53bb6b,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  timecode: 0xe7,
  position: 0xa7,
  prevSize: 0xab,
} as const;

/** Elements that may follow a cluster at Segment level: where an unknown-size cluster ends. */
const SEGMENT_LEVEL = new Set<number>([
  ID.seekHead,
  ID.info,
  ID.tracks,
  ID.cluster,
  ID.cues,
  0x1254c367, // Tags
  0x1043a770, // Chapters
  0x1941a469, // Attachments
]);

export class WebmJoinError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebmJoinError';
  }
}

interface Element {
  id: number;
  idBytes: Uint8Array;
  start: number;
  dataStart: number;
  /** Exclusive end of the data; for an unknown size, found by the caller. */
  end: number;
  unknownSize: boolean;
}

function vintLength(first: number): number {
  for (let length = 1; length <= 8; length++) if (first & (0x80 >> (length - 1))) return length;
  return 0;
}

/** The element header at `pos`, or undefined when it is cut off or not an element. */
function readHeader(buf: Uint8Array, pos: number, limit: number): Element | undefined {
  if (pos >= limit) return undefined;
  const idLength = vintLength(buf[pos]!);
  if (idLength === 0 || idLength > 4 || pos + idLength >= limit) return undefined;
  let id = 0;
  for (let i = 0; i < idLength; i++) id = id * 256 + buf[pos + i]!;
  const sizePos = pos + idLength;
  const sizeLength = vintLength(buf[sizePos]!);
  if (sizeLength === 0 || sizePos + sizeLength > limit) return undefined;
  let size = buf[sizePos]! & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i++) {
    const byte = buf[sizePos + i]!;
    size = size * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  const dataStart = sizePos + sizeLength;
  return {
    id,
    idBytes: buf.subarray(pos, pos + idLength),
    start: pos,
    dataStart,
    end: allOnes ? limit : dataStart + size,
    unknownSize: allOnes,
  };
}

function readUint(buf: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 256 + buf[i]!;
  return value;
}

function sizeBytes(size: number): Uint8Array {
  // Always 8 bytes: simple, and a size never needs more.
  const out = new Uint8Array(8);
  out[0] = 0x01;
  let rest = size;
  for (let i = 7; i >= 1; i--) {
    out[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return out;
}

const UNKNOWN_SIZE = new Uint8Array([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);

function idBytesOf(id: number): Uint8Array {
  const bytes: number[] = [];
  for (let rest = id; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return new Uint8Array(bytes);
}

function element(id: number, data: Uint8Array[]): Uint8Array[] {
  const size = data.reduce((sum, d) => sum + d.length, 0);
  return [idBytesOf(id), sizeBytes(size), ...data];
}

function uintBytes(value: number): Uint8Array {
  const out = new Uint8Array(8);
  let rest = Math.max(0, Math.round(value));
  for (let i = 7; i >= 0; i--) {
    out[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return out;
}

function floatBytes(value: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setFloat64(0, value);
  return out;
}

/** Children of [start, limit): complete elements only; an unknown-size cluster ends at the next Segment-level element. */
function children(buf: Uint8Array, start: number, limit: number, insideCluster = false): Element[] {
  const found: Element[] = [];
  let pos = start;
  while (pos < limit) {
    const header = readHeader(buf, pos, limit);
    if (!header) break;
    if (insideCluster && SEGMENT_LEVEL.has(header.id)) break;
    if (header.unknownSize && header.id === ID.cluster) {
      const inner = children(buf, header.dataStart, limit, true);
      header.end = inner.length > 0 ? inner[inner.length - 1]!.end : header.dataStart;
    } else if (header.end > limit) {
      break; // cut off: the rest of this part never reached the disk
    }
    found.push(header);
    pos = header.end;
  }
  return found;
}

interface ParsedPart {
  buf: Uint8Array;
  ebmlHeader: Element;
  segment: Element;
  info?: Element;
  tracks?: Element;
  clusters: Element[];
  timecodeScale: number;
}

function parse(buf: Uint8Array, index: number): ParsedPart {
  const top = children(buf, 0, buf.length);
  const ebmlHeader = top.find((e) => e.id === ID.ebml);
  const segment = top.find((e) => e.id === ID.segment);
  if (!ebmlHeader || !segment) throw new WebmJoinError(`part ${index} is not a WebM file`);
  const inSegment = children(buf, segment.dataStart, segment.end);
  const info = inSegment.find((e) => e.id === ID.info);
  let timecodeScale = 1_000_000;
  if (info) {
    const scale = children(buf, info.dataStart, info.end).find((e) => e.id === ID.timecodeScale);
    if (scale) timecodeScale = readUint(buf, scale.dataStart, scale.end);
  }
  return {
    buf,
    ebmlHeader,
    segment,
    info,
    tracks: inSegment.find((e) => e.id === ID.tracks),
    clusters: inSegment.filter((e) => e.id === ID.cluster),
    timecodeScale,
  };
}

function clusterTimecode(part: ParsedPart, cluster: Element): number {
  const timecode = children(part.buf, cluster.dataStart, cluster.end).find((e) => e.id === ID.timecode);
  return timecode ? readUint(part.buf, timecode.dataStart, timecode.end) : 0;
}

/**
 * One WebM file of the parts, each starting at its offset (ms) in the whole recording.
 * `totalMs` becomes the file's Duration.
 */
export function joinWebm(parts: readonly { bytes: Uint8Array; offsetMs: number }[], totalMs: number): Uint8Array {
  if (parts.length === 0) throw new WebmJoinError('no parts');
  const parsed = parts.map((p, i) => parse(p.bytes, i));
  const first = parsed[0]!;
  if (!first.tracks) throw new WebmJoinError('part 0 has no tracks');
  const out: Uint8Array[] = [];
  out.push(first.buf.subarray(first.ebmlHeader.start, first.ebmlHeader.end));
  out.push(idBytesOf(ID.segment), UNKNOWN_SIZE);

  const unitsPerMs = 1_000_000 / first.timecodeScale;
  const infoChildren = first.info
    ? children(first.buf, first.info.dataStart, first.info.end)
        .filter((e) => e.id !== ID.duration)
        .map((e) => first.buf.subarray(e.start, e.end))
    : [];
  out.push(...element(ID.info, [...infoChildren, idBytesOf(ID.duration), sizeBytes(8), floatBytes(totalMs * unitsPerMs)]));
  out.push(first.buf.subarray(first.tracks.start, first.tracks.end));

  parsed.forEach((part, index) => {
    if (part.timecodeScale !== first.timecodeScale) throw new WebmJoinError(`part ${index} has another timecode scale`);
    // Each part's clock is made to start at its offset, whatever its first timecode was.
    const base = part.clusters.length > 0 ? clusterTimecode(part, part.clusters[0]!) : 0;
    const shift = parts[index]!.offsetMs * unitsPerMs - base;
    for (const cluster of part.clusters) {
      const inner = children(part.buf, cluster.dataStart, cluster.end, true);
      const data: Uint8Array[] = [];
      for (const child of inner) {
        if (child.id === ID.timecode) {
          const moved = readUint(part.buf, child.dataStart, child.end) + shift;
          data.push(idBytesOf(ID.timecode), sizeBytes(8), uintBytes(moved));
        } else if (child.id !== ID.position && child.id !== ID.prevSize) {
          data.push(part.buf.subarray(child.start, child.end));
        }
      }
      out.push(...element(ID.cluster, data));
    }
  });

  const length = out.reduce((sum, b) => sum + b.length, 0);
  const joined = new Uint8Array(length);
  let at = 0;
  for (const bytes of out) {
    joined.set(bytes, at);
    at += bytes.length;
  }
  return joined;
}
