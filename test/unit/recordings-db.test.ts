/** Recordings in IndexedDB: parts and chunks, the whole recording as one file, attached files, deletion. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase, type VeldwerkDatabase } from '../../renderer/data/database';
import { deleteStudy } from '../../renderer/data/delete-study';
import {
  appendChunk,
  attachRecording,
  beginPart,
  listParts,
  markRecorderStopped,
  recordingBlob,
  RecordingExistsError,
  summariseRecording,
  recordingOfInterview,
} from '../../renderer/data/recordings';
import { SCHEMA_VERSIONS } from '../../renderer/data/schema-versions';
import { locate } from '../../shared/recording/recording';
import { MemoryStorage } from './support/memory-storage';
import { fakeWebm, readWebm } from './support/webm';

let n = 0;
const freshName = () => `veldwerk-recordings-${++n}-${Date.now()}`;
const interview = (id: string) => ({
  id,
  studyId: 's',
  respondentId: 'r',
  guide: { topicListId: 'tl', topicListTitle: 'T', sections: [] },
  status: 'running' as const,
  pauses: [],
  askedByHand: [],
  notAskedByHand: [],
  turnOrder: [],
  createdAt: 1,
  updatedAt: 1,
});
const WEBM = 'audio/webm;codecs=opus';

async function withInterview(): Promise<VeldwerkDatabase> {
  const db = await openDatabase(createDatabase(freshName()));
  await db.interviews.add(interview('i1'));
  return db;
}

/** Stores `bytes` as a part in chunks of `size` bytes, the part's length growing to `durationMs`. */
async function recordPart(db: VeldwerkDatabase, bytes: Uint8Array, durationMs: number, size = 50) {
  const { recordingId, part } = await beginPart(db, 'i1', WEBM);
  const count = Math.ceil(bytes.length / size);
  for (let seq = 0; seq < count; seq++) {
    await appendChunk(db, { recordingId, part, seq, bytes: bytes.slice(seq * size, (seq + 1) * size), endMs: Math.round(((seq + 1) / count) * durationMs) });
  }
  return part;
}

describe('recordings in the database', () => {
  it('upgrades a version-7 database with its interviews intact and adds the recording stores', async () => {
    const name = freshName();
    const v7 = createDatabase(name, SCHEMA_VERSIONS.filter((v) => v.version <= 7));
    await v7.open();
    await v7.interviews.add(interview('i1'));
    v7.close();
    const db = await openDatabase(createDatabase(name));
    expect((await db.interviews.get('i1'))?.status).toBe('running');
    await recordPart(db, fakeWebm([[0, 20]]), 40);
    expect(await listParts(db, 'i1')).toHaveLength(1);
    db.close();
  });

  it('keeps each part with its length, size and chunks as they arrive', async () => {
    const db = await withInterview();
    const first = fakeWebm([[0, 20, 40]]);
    await recordPart(db, first, 1000);
    const summary = summariseRecording(await recordingOfInterview(db, 'i1'));
    expect(summary).toMatchObject({ origin: 'recorded', recorderOn: true, durationMs: 1000, bytes: first.length, mimeType: WEBM });
    await markRecorderStopped(db, 'i1');
    expect(summariseRecording(await recordingOfInterview(db, 'i1')).recorderOn).toBe(false);
    expect(summary.parts[0]!.chunks).toBe(Math.ceil(first.length / 50));
    db.close();
  });

  it('writing the same chunk twice (a retry) counts it once', async () => {
    const db = await withInterview();
    const { recordingId, part } = await beginPart(db, 'i1', WEBM);
    const bytes = new Uint8Array([1, 2, 3]);
    await appendChunk(db, { recordingId, part, seq: 0, bytes, endMs: 900 });
    await appendChunk(db, { recordingId, part, seq: 0, bytes, endMs: 900 });
    expect((await listParts(db, 'i1'))[0]).toMatchObject({ bytes: 3, chunks: 1, durationMs: 900 });
    db.close();
  });

  it('plays the parts after a crash as one file: one header, the clock running on across parts', async () => {
    const db = await withInterview();
    // Part 0: 1.5 s recorded. Part 1, after a restart, has its own clock from zero (here from 5000, as a recorder may).
    await recordPart(db, fakeWebm([[0, 500], [1000, 1400]]), 1500);
    await recordPart(db, fakeWebm([[0, 300], [600]], 5000), 800);
    const blob = await recordingBlob(db, 'i1');
    const joined = readWebm(new Uint8Array(await blob!.arrayBuffer()));
    expect(joined.headers).toBe(1);
    expect(joined.blocks).toEqual([0, 500, 1000, 1400, 1500, 1800, 2100]);
    expect(joined.durationMs).toBe(2300);
    expect(blob!.type).toBe(WEBM);
    // A turn at 1.8 s into the whole recording lies 300 ms into the second part.
    expect(locate(await listParts(db, 'i1'), 1800)).toEqual({ part: 1, atMs: 300 });
    db.close();
  });

  it('drops a block cut off by a crash mid-chunk and keeps everything before it', async () => {
    const db = await withInterview();
    const whole = fakeWebm([[0, 20, 40]]);
    await recordPart(db, whole.slice(0, whole.length - 3), 60);
    const blob = await recordingBlob(db, 'i1');
    expect(readWebm(new Uint8Array(await blob!.arrayBuffer())).blocks).toEqual([0, 20]);
    db.close();
  });

  it('replaces a part that never got a chunk instead of keeping it empty', async () => {
    const db = await withInterview();
    await beginPart(db, 'i1', WEBM);
    await recordPart(db, fakeWebm([[0]]), 20);
    expect((await listParts(db, 'i1')).map((p) => p.part)).toEqual([0]);
    db.close();
  });

  it('attaches a file made elsewhere byte for byte, and never over an existing recording', async () => {
    const db = await withInterview();
    const bytes = new Uint8Array(2_500_000).map((_, i) => i % 251);
    const file = new File([bytes], 'interview.m4a', { type: 'audio/mp4' });
    const recording = await attachRecording(db, 'i1', file, 61_000);
    expect(recording.parts[0]).toMatchObject({ fileName: 'interview.m4a', durationMs: 61_000, bytes: bytes.length, chunks: 3 });
    const blob = await recordingBlob(db, 'i1');
    expect(blob!.type).toBe('audio/mp4');
    expect(Buffer.compare(new Uint8Array(await blob!.arrayBuffer()), bytes)).toBe(0);
    await expect(attachRecording(db, 'i1', file, 1)).rejects.toBeInstanceOf(RecordingExistsError);
    await expect(beginPart(db, 'i1', WEBM)).rejects.toBeInstanceOf(RecordingExistsError);
    db.close();
  });

  it('has no file when nothing was recorded', async () => {
    const db = await withInterview();
    expect(await recordingBlob(db, 'i1')).toBeUndefined();
    expect(summariseRecording(undefined)).toEqual({ recorderOn: false, parts: [], durationMs: 0, bytes: 0 });
    db.close();
  });

  it('goes with its study when the study is deleted', async () => {
    const db = await withInterview();
    await recordPart(db, fakeWebm([[0]]), 20);
    await deleteStudy(db, 's', new MemoryStorage());
    expect(await db.recordings.count()).toBe(0);
    expect(await db.recordingChunks.count()).toBe(0);
    db.close();
  });
});
