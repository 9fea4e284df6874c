/**
 * An interview's audio recording, as stored: one record per interview with its parts,
 * and the audio itself in chunks of about a second, one record each, so a crash loses at
 * most the chunk being recorded. A part is one uninterrupted run of the recorder: after a
 * crash or a reload the recording goes on as a new part. Each part keeps its own length,
 * so an offset in the whole recording (a turn's `startMs`) maps to a part and a moment in
 * it, and the parts play as one (see webm-join.ts).
 *
 * Chunk bytes are a Uint8Array, never a Blob: a Blob in IndexedDB cannot be encrypted
 * generically, and it is not plain data for a backup.
 */
import { z } from 'zod';

const epochMs = z.number().int().nonnegative();

export const recordingPartSchema = z.object({
  /** 0, 1, 2… in playing order. */
  part: z.number().int().nonnegative(),
  /** The container and codec as the recorder or the file said, e.g. "audio/webm;codecs=opus". */
  mimeType: z.string().min(1),
  /** When this part began (epoch ms). */
  startedAt: epochMs,
  /** Audio in this part (ms), pauses of the recorder excluded; grows with every chunk. */
  durationMs: z.number().nonnegative(),
  bytes: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
  /** The file's name, for a recording made elsewhere and attached. */
  fileName: z.string().optional(),
});
export type RecordingPart = z.infer<typeof recordingPartSchema>;

export const recordingSchema = z.object({
  id: z.string().min(1),
  interviewId: z.string().min(1),
  studyId: z.string().min(1),
  /** Recorded in Veldwerk, or made elsewhere (a phone) and attached. */
  origin: z.enum(['recorded', 'attached']),
  parts: z.array(recordingPartSchema),
  /**
   * The recorder was running when this was last written. Still true when the interview
   * opens again means it did not stop on purpose (a crash, a killed app): recording goes
   * on as a new part.
   */
  recorderOn: z.boolean().optional(),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type Recording = z.infer<typeof recordingSchema>;

/** One stored piece of audio: part `part`, piece `seq` (0, 1, 2… in order). */
export interface RecordingChunk {
  /** `${recordingId}:${part}:${seq}`, so a backup can key it like every other record. */
  id: string;
  recordingId: string;
  part: number;
  seq: number;
  bytes: Uint8Array;
  /** Length of the part (ms) once this chunk is played: what survives when the next chunk does not. */
  endMs: number;
}

export function chunkId(recordingId: string, part: number, seq: number): string {
  return `${recordingId}:${part}:${seq}`;
}

/** The whole recording's length: its parts one after the other. */
export function totalDurationMs(parts: readonly RecordingPart[]): number {
  return parts.reduce((sum, part) => sum + part.durationMs, 0);
}

export function totalBytes(parts: readonly RecordingPart[]): number {
  return parts.reduce((sum, part) => sum + part.bytes, 0);
}

/** Where each part starts in the whole recording (ms). */
export function partOffsets(parts: readonly RecordingPart[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const part of parts) {
    offsets.push(at);
    at += part.durationMs;
  }
  return offsets;
}

/** The part an offset in the whole recording falls in, and the moment in that part. */
export function locate(parts: readonly RecordingPart[], offsetMs: number): { part: number; atMs: number } | undefined {
  if (parts.length === 0) return undefined;
  const offsets = partOffsets(parts);
  for (let i = parts.length - 1; i >= 0; i--) {
    if (offsetMs >= offsets[i]!) return { part: parts[i]!.part, atMs: Math.min(offsetMs - offsets[i]!, parts[i]!.durationMs) };
  }
  return { part: parts[0]!.part, atMs: 0 };
}

export function isWebm(mimeType: string): boolean {
  return /^(audio|video)\/webm\b/i.test(mimeType);
}

export function isOgg(mimeType: string): boolean {
  return /^(audio|application)\/ogg\b/i.test(mimeType);
}
