import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidPausesError,
  durationMs,
  elapsedMs,
  endPause,
  formatClock,
  formatDuration,
  isPaused,
  pauseProblems,
  startPause,
  type Pause,
} from '../../shared/interview/clock';
import { pauseSchema } from '../../shared/interview/pause-schema';

const MIN = 60_000;
const T0 = Date.UTC(2019, 4, 14, 9, 30); // interview starts 14 May 2019, 11:30 in Aalten

describe('elapsedMs', () => {
  it('counts talking time without pauses', () => {
    expect(elapsedMs(T0, [], T0 + 12 * MIN)).toBe(12 * MIN);
  });

  it('leaves out closed pauses and counts an open pause up to now', () => {
    const pauses: Pause[] = [
      { start: T0 + 10 * MIN, end: T0 + 15 * MIN }, // the respondent takes a phone call
      { start: T0 + 40 * MIN }, // coffee, still going
    ];
    expect(elapsedMs(T0, pauses, T0 + 12 * MIN)).toBe(10 * MIN);
    expect(elapsedMs(T0, pauses, T0 + 30 * MIN)).toBe(25 * MIN);
    expect(elapsedMs(T0, pauses, T0 + 40 * MIN)).toBe(35 * MIN);
    expect(elapsedMs(T0, pauses, T0 + 55 * MIN)).toBe(35 * MIN);
  });

  it('never goes negative or throws when the wall clock steps back', () => {
    expect(elapsedMs(T0, [], T0 - 5_000)).toBe(0);
    expect(elapsedMs(T0, [{ start: T0 + MIN }], T0 + 30_000)).toBe(30_000);
  });

  it('refuses pauses that are out of order, overlapping or before the start', () => {
    expect(() => elapsedMs(T0, [{ start: T0 - 1, end: T0 + 5 }], T0 + MIN)).toThrow(InvalidPausesError);
    expect(() =>
      elapsedMs(T0, [{ start: T0 + 5 * MIN, end: T0 + 6 * MIN }, { start: T0 + MIN, end: T0 + 2 * MIN }], T0 + 10 * MIN),
    ).toThrow(InvalidPausesError);
  });
});

describe('durationMs', () => {
  it('gives the talking time of a finished interview', () => {
    expect(durationMs(T0, T0 + 58 * MIN, [{ start: T0 + 20 * MIN, end: T0 + 26 * MIN }])).toBe(52 * MIN);
    expect(durationMs(T0, T0, [])).toBe(0);
  });

  it('lets a pause that was still open at the end last until the end', () => {
    expect(durationMs(T0, T0 + 60 * MIN, [{ start: T0 + 50 * MIN }])).toBe(50 * MIN);
  });

  it('allows pauses that touch each other and the ends of the interview', () => {
    const pauses = [
      { start: T0, end: T0 + MIN },
      { start: T0 + MIN, end: T0 + 2 * MIN },
      { start: T0 + 9 * MIN, end: T0 + 10 * MIN },
    ];
    expect(durationMs(T0, T0 + 10 * MIN, pauses)).toBe(7 * MIN);
  });

  it('refuses an interview that ends before it starts, or a pause outside it', () => {
    expect(() => durationMs(T0, T0 - 1, [])).toThrow(RangeError);
    expect(() => durationMs(T0, T0 + MIN, [{ start: T0 + 30_000, end: T0 + 2 * MIN }])).toThrow(InvalidPausesError);
    expect(() => durationMs(Number.NaN, T0, [])).toThrow(RangeError);
  });

  it('is the sum of the talking stretches between pauses', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 * MIN }), { maxLength: 12 }), fc.nat(30 * MIN), (gaps, tail) => {
        // Alternate talking and pausing: gaps[0] talk, gaps[1] pause, gaps[2] talk, ...
        let t = T0;
        let talk = 0;
        const pauses: Pause[] = [];
        gaps.forEach((gap, i) => {
          if (i % 2 === 0) talk += gap;
          else pauses.push({ start: t, end: t + gap });
          t += gap;
        });
        talk += tail;
        const end = t + tail;
        expect(durationMs(T0, end, pauses)).toBe(talk);
        expect(elapsedMs(T0, pauses, end)).toBe(talk);
      }),
    );
  });
});

describe('pauseProblems', () => {
  it('names every problem with the index of the pause', () => {
    const pauses: Pause[] = [
      { start: T0 + 5 * MIN },
      { start: T0 + 10 * MIN, end: T0 + 9 * MIN },
      { start: T0 + 8 * MIN, end: T0 + 20 * MIN },
      { start: T0 + 19 * MIN, end: T0 + 21 * MIN },
      { start: T0 + 40 * MIN, end: T0 + 70 * MIN },
    ];
    expect(pauseProblems(T0 + 6 * MIN, pauses, T0 + 60 * MIN)).toEqual([
      { index: 0, kind: 'open-not-last' },
      { index: 0, kind: 'before-interview' },
      { index: 1, kind: 'ends-before-start' },
      { index: 2, kind: 'out-of-order' },
      { index: 3, kind: 'overlaps-previous' },
      { index: 4, kind: 'after-interview' },
    ]);
    expect(pauseProblems(T0, [{ start: Number.NaN }])).toEqual([{ index: 0, kind: 'not-a-time' }]);
    expect(pauseProblems(T0, [])).toEqual([]);
  });

  it('carries the problems on the error', () => {
    try {
      elapsedMs(T0, [{ start: T0 - MIN, end: T0 }], T0 + MIN);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidPausesError);
      expect((error as InvalidPausesError).problems).toEqual([{ index: 0, kind: 'before-interview' }]);
    }
  });
});

describe('pausing and resuming', () => {
  it('opens and closes a pause, ignoring a second press', () => {
    const started = startPause([], T0 + MIN);
    expect(started).toEqual([{ start: T0 + MIN }]);
    expect(isPaused(started)).toBe(true);
    expect(startPause(started, T0 + 2 * MIN)).toBe(started);
    const resumed = endPause(started, T0 + 3 * MIN);
    expect(resumed).toEqual([{ start: T0 + MIN, end: T0 + 3 * MIN }]);
    expect(isPaused(resumed)).toBe(false);
    expect(endPause(resumed, T0 + 4 * MIN)).toBe(resumed);
    expect(elapsedMs(T0, resumed, T0 + 10 * MIN)).toBe(8 * MIN);
  });

  it('validates stored pauses with the schema', () => {
    expect(pauseSchema.parse({ start: T0 })).toEqual({ start: T0 });
    expect(pauseSchema.safeParse({ start: 'gisteren' }).success).toBe(false);
  });
});

describe('formatDuration for "Tijdsduur interview"', () => {
  it.each([
    [52 * MIN, '52 minuten', '52 minutes'],
    [65 * MIN, '1 uur en 5 minuten', '1 hour 5 minutes'],
    [120 * MIN, '2 uur', '2 hours'],
    [60 * MIN, '1 uur', '1 hour'],
    [MIN, '1 minuut', '1 minute'],
    [121 * MIN, '2 uur en 1 minuut', '2 hours 1 minute'],
    [61 * MIN, '1 uur en 1 minuut', '1 hour 1 minute'],
    [0, '0 minuten', '0 minutes'],
    [29_999, '0 minuten', '0 minutes'],
    [30_000, '1 minuut', '1 minute'], // half a minute rounds up
    [52 * MIN + 29_999, '52 minuten', '52 minutes'],
    [52 * MIN + 30_000, '53 minuten', '53 minutes'],
    [59 * MIN + 30_000, '1 uur', '1 hour'], // rounding carries into the hour
  ])('%i ms → %s / %s', (ms, nl, en) => {
    expect(formatDuration(ms, 'nl')).toBe(nl);
    expect(formatDuration(ms, 'en')).toBe(en);
  });

  it('refuses negative and non-finite durations', () => {
    expect(() => formatDuration(-1, 'nl')).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY, 'en')).toThrow(RangeError);
    expect(() => formatDuration(Number.NaN, 'nl')).toThrow(RangeError);
  });
});

describe('formatClock for the on-screen clock', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [1_000, '00:01'],
    [5 * MIN + 3_000, '05:03'],
    [60 * MIN - 1, '59:59'],
    [60 * MIN, '1:00:00'],
    [83 * MIN + 7_500, '1:23:07'],
    [100 * 60 * MIN, '100:00:00'],
    [-5_000, '00:00'],
  ])('%i ms → %s', (ms, shown) => {
    expect(formatClock(ms)).toBe(shown);
  });

  it('refuses non-finite input', () => {
    expect(() => formatClock(Number.NaN)).toThrow(RangeError);
  });
});
