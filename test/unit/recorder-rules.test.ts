/** The recorder's rules: its clock leaves pauses out, storage warnings, error meanings, sizes, the part an offset falls in. */
import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  LOW_STORAGE_BYTES,
  microphoneProblem,
  pickMimeType,
  RecordedClock,
  storageState,
  STORED_BYTES_PER_HOUR,
} from '../../shared/recording/recorder-rules';
import { fromBase64, toBase64 } from '../../shared/recording/chunk-backup';
import { locate, partOffsets, type RecordingPart } from '../../shared/recording/recording';

const part = (n: number, durationMs: number): RecordingPart => ({
  part: n,
  mimeType: 'audio/webm;codecs=opus',
  startedAt: 0,
  durationMs,
  bytes: 1,
  chunks: 1,
});

describe('the recorded clock', () => {
  it('counts recording time only, as often as it is paused and resumed', () => {
    const clock = new RecordedClock();
    clock.start(1000);
    expect(clock.elapsed(3000)).toBe(2000);
    clock.pause(3000);
    expect(clock.elapsed(60_000)).toBe(2000);
    clock.start(60_000);
    clock.start(61_000); // a second start while running changes nothing
    expect(clock.elapsed(62_500)).toBe(4500);
    clock.pause(62_500);
    clock.pause(70_000);
    expect(clock.elapsed(80_000)).toBe(4500);
  });
});

describe('where an offset lies', () => {
  it('maps a moment of the whole recording to its part and the moment in that part', () => {
    const parts = [part(0, 5000), part(1, 3000), part(2, 1000)];
    expect(partOffsets(parts)).toEqual([0, 5000, 8000]);
    expect(locate(parts, 0)).toEqual({ part: 0, atMs: 0 });
    expect(locate(parts, 4999)).toEqual({ part: 0, atMs: 4999 });
    expect(locate(parts, 5000)).toEqual({ part: 1, atMs: 0 });
    expect(locate(parts, 8500)).toEqual({ part: 2, atMs: 500 });
    expect(locate(parts, 99_999)).toEqual({ part: 2, atMs: 1000 });
    expect(locate([], 10)).toBeUndefined();
  });
});

describe('storage', () => {
  it('warns below the limit and says how many hours of recording still fit', () => {
    const plenty = storageState({ usage: 0, quota: 10 * LOW_STORAGE_BYTES })!;
    expect(plenty.low).toBe(false);
    expect(plenty.hoursLeft).toBeCloseTo((10 * LOW_STORAGE_BYTES) / STORED_BYTES_PER_HOUR);
    const low = storageState({ usage: 900, quota: 900 + LOW_STORAGE_BYTES - 1 })!;
    expect(low).toMatchObject({ low: true, free: LOW_STORAGE_BYTES - 1 });
    expect(storageState({})).toBeUndefined();
  });
});

describe('the recorder format', () => {
  it('prefers Opus in WebM, takes Opus in Ogg, and says when neither is there', () => {
    expect(pickMimeType(() => true)).toBe('audio/webm;codecs=opus');
    expect(pickMimeType((t) => t.includes('ogg'))).toBe('audio/ogg;codecs=opus');
    expect(pickMimeType(() => false)).toBeUndefined();
  });
});

describe('microphone errors', () => {
  it('names what the researcher can do something about', () => {
    expect(microphoneProblem('NotAllowedError')).toBe('denied');
    expect(microphoneProblem('NotFoundError')).toBe('not-found');
    expect(microphoneProblem('OverconstrainedError')).toBe('not-found');
    expect(microphoneProblem('NotReadableError')).toBe('busy');
    expect(microphoneProblem('NotSupportedError')).toBe('unsupported');
    expect(microphoneProblem(undefined)).toBe('other');
  });
});

describe('sizes', () => {
  it('reads as a person would say them, in each language', () => {
    expect(formatBytes(512, 'nl')).toBe('512 B');
    expect(formatBytes(2.5 * 1024 * 1024, 'nl')).toBe('2,5 MB');
    expect(formatBytes(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
    expect(formatBytes(150 * 1024, 'en')).toBe('150 KB');
  });
});

describe('audio in a backup', () => {
  it('travels as the same base64 as Node writes, and comes back byte for byte', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 89 + length * 13) % 256);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(Array.from(fromBase64(text))).toEqual(Array.from(bytes));
    }
    const long = new Uint8Array(100_003).map((_, i) => (i * 31) % 256);
    expect(Buffer.compare(fromBase64(toBase64(long)), long)).toBe(0);
  });
});
