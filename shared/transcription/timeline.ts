/**
 * A recording in parts (a crash or a pause starts a new part) played as one timeline:
 * positions are in ms from the start of the first part; each part starts where the
 * previous one ended. The player plays one part at a time and moves on at its end.
 */

export interface TimelinePart {
  /** Length of the part in ms, as the media element reports it once loaded. */
  durationMs: number;
}

/** The ms at which each part starts on the timeline, and the end of the last one. */
export function partStarts(parts: readonly TimelinePart[]): { starts: number[]; totalMs: number } {
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    starts.push(at);
    at += Math.max(0, Number.isFinite(part.durationMs) ? part.durationMs : 0);
  }
  return { starts, totalMs: at };
}

/**
 * The part that plays at `ms` and the position inside it. A time past the end is the end
 * of the last part; a time on a boundary is the start of the later part.
 */
export function locate(parts: readonly TimelinePart[], ms: number): { part: number; offsetMs: number } {
  if (parts.length === 0) return { part: 0, offsetMs: 0 };
  const { starts, totalMs } = partStarts(parts);
  const at = Math.max(0, Math.min(Number.isFinite(ms) ? ms : 0, totalMs));
  let part = 0;
  // The last part that has started by `at`: on a boundary the later part, and an empty part is passed over.
  starts.forEach((start, index) => {
    if (start <= at) part = index;
  });
  return { part, offsetMs: at - starts[part]! };
}

/** The timeline position of `offsetMs` inside part `part`. */
export function timelinePosition(parts: readonly TimelinePart[], part: number, offsetMs: number): number {
  const { starts } = partStarts(parts);
  return (starts[part] ?? 0) + Math.max(0, offsetMs);
}
