/** The numbers behind the transcription keys: timestamps, skipping, speed, a turn's time. */
import { describe, expect, it } from 'vitest';
import {
  describeRate,
  positionAfterPause,
  skip,
  stepRate,
  MAX_RATE,
  MIN_RATE,
} from '../../shared/transcription/playback';
import { formatTimestamp, insertTimestamp } from '../../shared/transcription/time';
import { turnTimeMs } from '../../shared/transcription/turn-time';

describe('timestamps', () => {
  it('write hours, minutes and seconds, rounded down', () => {
    expect(formatTimestamp(754_999)).toBe('00:12:34');
    expect(formatTimestamp(3 * 3600_000 + 5_000)).toBe('03:00:05');
    expect(formatTimestamp(-20)).toBe('00:00:00');
    expect(formatTimestamp(Number.NaN)).toBe('00:00:00');
  });

  it('land at the caret as a word of their own, with the caret after them', () => {
    expect(insertTimestamp('ja dat', 2, 2, 61_000)).toEqual({ text: 'ja [00:01:01] dat', caret: 14 });
    expect(insertTimestamp('', 0, 0, 0)).toEqual({ text: '[00:00:00] ', caret: 11 });
    expect(insertTimestamp('klaar', 5, 5, 1000)).toEqual({ text: 'klaar [00:00:01] ', caret: 17 });
    // A selection is replaced.
    expect(insertTimestamp('a xx b', 2, 4, 0).text).toBe('a [00:00:00] b');
  });
});

describe('playback steps', () => {
  it('skip inside the recording', () => {
    expect(skip(1000, -3000, 60_000)).toBe(0);
    expect(skip(59_000, 3000, 60_000)).toBe(60_000);
    expect(skip(10_000, 3000, Number.NaN)).toBe(13_000);
  });

  it('rewind a little on pause, never before the start', () => {
    expect(positionAfterPause(5000)).toBe(4000);
    expect(positionAfterPause(300)).toBe(0);
  });

  it('change speed in quarter steps between half and double', () => {
    expect(stepRate(1, -1)).toBe(0.75);
    expect(stepRate(1, 1)).toBe(1.25);
    expect(stepRate(MIN_RATE, -1)).toBe(MIN_RATE);
    expect(stepRate(MAX_RATE, 1)).toBe(MAX_RATE);
    expect(stepRate(1.1, 1)).toBe(1.25);
    expect(describeRate(0.75, 'nl')).toBe('0,75×');
    expect(describeRate(1.5, 'en')).toBe('1.5×');
  });
});

describe("a turn's time in the recording", () => {
  const interview = { startedAt: 1_000_000, endedAt: 1_100_000, pauses: [{ start: 1_010_000, end: 1_020_000 }] };

  it('is its own start in the recording when it has one', () => {
    expect(turnTimeMs(interview, { startedAt: 5, startMs: 42_000 })).toBe(42_000);
  });

  it('is the interview clock otherwise, with pauses taken out', () => {
    expect(turnTimeMs(interview, { startedAt: 1_030_000 })).toBe(20_000);
  });

  it('is unknown for a turn typed outside the interview', () => {
    expect(turnTimeMs(interview, { startedAt: 1_200_000 })).toBeUndefined();
    expect(turnTimeMs({ pauses: [] }, { startedAt: 1 })).toBeUndefined();
  });
});
