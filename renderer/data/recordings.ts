/**
 * Interview recordings in IndexedDB (shape and reasons in shared/recording/recording.ts):
 * a part begun per run of the recorder, each chunk written with the part's new length in
 * one transaction as soon as the recorder hands it over, the whole recording read back as
 * one playable file, and a recording made elsewhere attached as a file.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  chunkId,
  isOgg,
  isWebm,
  partOffsets,
  recordingSchema,
  totalBytes,
  totalDurationMs,
  type Recording,
  type RecordingPart,
} from '../../shared/recording/recording';
import { joinWebm } from '../../shared/recording/webm-join';
import type { VeldwerkDatabase } from './database';
import { database } from './instance';

/** An attached file is stored in pieces of this size, like a recording's chunks. */
const ATTACH_CHUNK_BYTES = 1024 * 1024;

export class RecordingExistsError extends Error {
  constructor() {
    super('Dit interview heeft al een opname.');
    this.name = 'RecordingExistsError';
  }
}

export async function recordingOfInterview(db: VeldwerkDatabase, interviewId: string): Promise<Recording | undefined> {
  return db.recordings.where('interviewId').equals(interviewId).first();
}

export async function listParts(db: VeldwerkDatabase, interviewId: string): Promise<RecordingPart[]> {
  return (await recordingOfInterview(db, interviewId))?.parts ?? [];
}

/**
 * Starts a new part of the interview's recording (the recording itself when there is
 * none yet) and returns where its chunks go. Called each time the recorder starts: the
 * first time, and again after a crash or a reload.
 */
export async function beginPart(
  db: VeldwerkDatabase,
  interviewId: string,
  mimeType: string,
  now = Date.now(),
): Promise<{ recordingId: string; part: number }> {
  return db.transaction('rw', [db.recordings, db.interviews], async () => {
    const existing = await recordingOfInterview(db, interviewId);
    if (existing?.origin === 'attached') throw new RecordingExistsError();
    const interview = await db.interviews.get(interviewId);
    if (!interview) throw new Error(`no interview ${interviewId}`);
    const recording: Recording = existing ?? {
      id: interviewId,
      interviewId,
      studyId: interview.studyId,
      origin: 'recorded',
      parts: [],
      createdAt: now,
      updatedAt: now,
    };
    // A part that never got a chunk (the recorder died at once) is replaced, not kept empty.
    const parts = recording.parts.filter((p) => p.chunks > 0);
    const part = parts.length === 0 ? 0 : parts[parts.length - 1]!.part + 1;
    parts.push({ part, mimeType, startedAt: now, durationMs: 0, bytes: 0, chunks: 0 });
    await db.recordings.put(recordingSchema.parse({ ...recording, parts, recorderOn: true, updatedAt: now }));
    return { recordingId: recording.id, part };
  });
}

/** The recorder was stopped on purpose (or the interview ended): opening the interview again does not resume it. */
export async function markRecorderStopped(db: VeldwerkDatabase, interviewId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.recordings], async () => {
    const recording = await recordingOfInterview(db, interviewId);
    if (recording?.recorderOn) await db.recordings.put({ ...recording, recorderOn: false, updatedAt: now });
  });
}

/**
 * Stores one chunk of a part and the part's new length, together: after a crash the
 * stored length is exactly the audio that is stored. `seq` counts from 0 within the part;
 * writing the same chunk twice (a retry) changes nothing.
 */
export async function appendChunk(
  db: VeldwerkDatabase,
  chunk: { recordingId: string; part: number; seq: number; bytes: Uint8Array; endMs: number },
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', [db.recordings, db.recordingChunks], async () => {
    const recording = await db.recordings.get(chunk.recordingId);
    const index = recording?.parts.findIndex((p) => p.part === chunk.part) ?? -1;
    if (!recording || index < 0) throw new Error(`no part ${chunk.part} of recording ${chunk.recordingId}`);
    const id = chunkId(chunk.recordingId, chunk.part, chunk.seq);
    const before = await db.recordingChunks.get(id);
    await db.recordingChunks.put({ id, ...chunk });
    const part = recording.parts[index]!;
    const parts = [...recording.parts];
    parts[index] = {
      ...part,
      durationMs: Math.max(part.durationMs, chunk.endMs),
      bytes: part.bytes - (before?.bytes.length ?? 0) + chunk.bytes.length,
      chunks: Math.max(part.chunks, chunk.seq + 1),
    };
    await db.recordings.put({ ...recording, parts, updatedAt: now });
  });
}

/** The bytes of one part, its chunks in order. */
export async function partBytes(db: VeldwerkDatabase, recordingId: string, part: number): Promise<Uint8Array> {
  const chunks = await db.recordingChunks
    .where('[recordingId+part+seq]')
    .between([recordingId, part, -Infinity], [recordingId, part, Infinity])
    .toArray();
  return concat(chunks.map((c) => c.bytes));
}

function concat(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(pieces.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * The whole recording as one playable file, or undefined when there is none. WebM parts
 * are joined into one file (shared/recording/webm-join.ts) whose clock runs on across
 * parts, so a turn's startMs is a position in it; Ogg parts are chained streams, which
 * the Ogg format allows as one file.
 */
export async function recordingBlob(db: VeldwerkDatabase, interviewId: string): Promise<Blob | undefined> {
  const recording = await recordingOfInterview(db, interviewId);
  const parts = recording?.parts.filter((p) => p.chunks > 0) ?? [];
  if (!recording || parts.length === 0) return undefined;
  const bytes = await Promise.all(parts.map((p) => partBytes(db, recording.id, p.part)));
  const mimeType = parts[0]!.mimeType;
  if (isWebm(mimeType) && parts.every((p) => isWebm(p.mimeType))) {
    const offsets = partOffsets(parts);
    try {
      const joined = joinWebm(
        bytes.map((b, i) => ({ bytes: b, offsetMs: offsets[i]! })),
        totalDurationMs(parts),
      );
      return new Blob([joined as Uint8Array<ArrayBuffer>], { type: mimeType });
    } catch (error) {
      // A WebM this joiner cannot read (an attached file from another muxer): the file as
      // it is still plays when it is the only part.
      if (parts.length > 1) throw error;
    }
  } else if (parts.length > 1 && !parts.every((p) => isOgg(p.mimeType))) {
    throw new Error(`cannot join parts of ${parts.map((p) => p.mimeType).join(', ')}`);
  }
  return new Blob([concat(bytes)], { type: mimeType });
}

/**
 * Attaches a recording made elsewhere (a phone's m4a, an mp3, wav, webm or ogg) as the
 * interview's recording. The caller has checked that the platform plays it and measured
 * its length. Refused when the interview already has a recording: audio is never replaced
 * silently.
 */
export async function attachRecording(
  db: VeldwerkDatabase,
  interviewId: string,
  file: Blob & { name?: string },
  durationMs: number,
  now = Date.now(),
): Promise<Recording> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return db.transaction('rw', [db.recordings, db.recordingChunks, db.interviews], async () => {
    if (await recordingOfInterview(db, interviewId)) throw new RecordingExistsError();
    const interview = await db.interviews.get(interviewId);
    if (!interview) throw new Error(`no interview ${interviewId}`);
    const id = interviewId;
    let seq = 0;
    for (let at = 0; at < bytes.length || seq === 0; at += ATTACH_CHUNK_BYTES, seq++) {
      const piece = bytes.slice(at, at + ATTACH_CHUNK_BYTES);
      await db.recordingChunks.put({ id: chunkId(id, 0, seq), recordingId: id, part: 0, seq, bytes: piece, endMs: durationMs });
    }
    const recording = recordingSchema.parse({
      id,
      interviewId,
      studyId: interview.studyId,
      origin: 'attached',
      parts: [
        {
          part: 0,
          mimeType: file.type || 'application/octet-stream',
          startedAt: now,
          durationMs,
          bytes: bytes.length,
          chunks: seq,
          ...(file.name ? { fileName: file.name } : {}),
        },
      ],
      createdAt: now,
      updatedAt: now,
    });
    await db.recordings.put(recording);
    return recording;
  });
}

/** Removes the interview's recording and all its audio. */
export async function deleteRecording(db: VeldwerkDatabase, interviewId: string): Promise<void> {
  await db.transaction('rw', [db.recordings, db.recordingChunks], async () => {
    const ids = await db.recordings.where('interviewId').equals(interviewId).primaryKeys();
    await db.recordingChunks.where('recordingId').anyOf(ids).delete();
    await db.recordings.bulkDelete(ids);
  });
}

/** What the interview screen shows of a recording: no parts when there is none. */
export interface InterviewRecording {
  origin?: Recording['origin'];
  /** Left running by a recorder that did not stop on purpose (see Recording.recorderOn). */
  recorderOn: boolean;
  parts: RecordingPart[];
  durationMs: number;
  bytes: number;
  mimeType?: string;
}

export function summariseRecording(recording: Recording | undefined): InterviewRecording {
  const parts = recording?.parts ?? [];
  return {
    ...(recording ? { origin: recording.origin } : {}),
    recorderOn: recording?.recorderOn === true,
    parts,
    durationMs: totalDurationMs(parts),
    bytes: totalBytes(parts),
    ...(parts[0] ? { mimeType: parts[0].mimeType } : {}),
  };
}

/** The interview's recording, kept up to date while it grows; undefined while loading. */
export function useInterviewRecording(interviewId: string): InterviewRecording | undefined {
  return useLiveQuery(async () => summariseRecording(await recordingOfInterview(database(), interviewId)), [interviewId]);
}
