/**
 * Interview timing: talking time with pauses taken out, for the on-screen clock while
 * interviewing and for "Tijdsduur interview" in the transcript header (Bijlage 6).
 * All times are epoch ms passed in by the caller; nothing here reads the clock.
 *
 * Decisions:
 * - Stored times are checked strictly: pauses in order, not overlapping (touching is
 *   fine), inside [start, end], only the last one open. Bad data throws
 *   InvalidPausesError listing every problem, so a broken record is noticed.
 * - `elapsedMs` is fed a live `now`, and a wall clock can step back (a time sync):
 *   times later than `now` are clipped to `now` instead of throwing, and the result
 *   is never negative, so the on-screen clock cannot crash the interview screen.
 * - An interview that ended while paused: the open pause lasts until the end.
 */
import type { Pause } from './pause-schema';

export type { Pause } from './pause-schema';

export type PauseProblem = {
  /** Index of the offending pause in the list. */
  index: number;
  kind:
    | 'not-a-time'
    | 'ends-before-start'
    | 'before-interview'
    | 'after-interview'
    | 'out-of-order'
    | 'overlaps-previous'
    | 'open-not-last';
};

export class InvalidPausesError extends Error {
  override readonly name = 'InvalidPausesError';

  constructor(readonly problems: readonly PauseProblem[]) {
    super(`Invalid pauses: ${problems.map((p) => `#${p.index} ${p.kind}`).join(', ')}`);
  }
}

/**
 * Everything wrong with `pauses` for an interview that started at `startedAt` and, when
 * given, ended at `endedAt`. Empty when the pauses are fine.
 */
export function pauseProblems(
  startedAt: number,
  pauses: readonly Pause[],
  endedAt?: number,
): PauseProblem[] {
  const problems: PauseProblem[] = [];
  pauses.forEach((pause, index) => {
    const add = (kind: PauseProblem['kind']): void => {
      problems.push({ index, kind });
    };
    if (!Number.isFinite(pause.start) || (pause.end !== undefined && !Number.isFinite(pause.end))) {
      add('not-a-time');
      return;
    }
    if (pause.end === undefined && index < pauses.length - 1) add('open-not-last');
    if (pause.end !== undefined && pause.end < pause.start) add('ends-before-start');
    if (pause.start < startedAt) add('before-interview');
    if (endedAt !== undefined && (pause.end ?? pause.start) > endedAt) add('after-interview');
    const previous = pauses[index - 1];
    if (previous !== undefined) {
      if (pause.start < previous.start) add('out-of-order');
      else if (previous.end !== undefined && pause.start < previous.end) add('overlaps-previous');
    }
  });
  return problems;
}

function assertPauses(startedAt: number, pauses: readonly Pause[], endedAt?: number): void {
  const problems = pauseProblems(startedAt, pauses, endedAt);
  if (problems.length > 0) throw new InvalidPausesError(problems);
}

function assertTime(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} is not a time: ${value}`);
}

function talkingTime(startedAt: number, pauses: readonly Pause[], until: number): number {
  if (until <= startedAt) return 0;
  let paused = 0;
  for (const pause of pauses) {
    const start = Math.min(pause.start, until);
    const end = Math.min(pause.end ?? until, until);
    paused += Math.max(0, end - start);
  }
  return Math.max(0, until - startedAt - paused);
}

/** Talking time so far: from `startedAt` to `now` minus the pauses (an open one counts up to `now`). */
export function elapsedMs(startedAt: number, pauses: readonly Pause[], now: number): number {
  assertTime(startedAt, 'startedAt');
  assertTime(now, 'now');
  assertPauses(startedAt, pauses);
  return talkingTime(startedAt, pauses, now);
}

/** Talking time of a finished interview. Throws when it ends before it starts or a pause lies outside it. */
export function durationMs(startedAt: number, endedAt: number, pauses: readonly Pause[]): number {
  assertTime(startedAt, 'startedAt');
  assertTime(endedAt, 'endedAt');
  if (endedAt < startedAt) {
    throw new RangeError(`The interview ends (${endedAt}) before it starts (${startedAt})`);
  }
  assertPauses(startedAt, pauses, endedAt);
  return talkingTime(startedAt, pauses, endedAt);
}

export function isPaused(pauses: readonly Pause[]): boolean {
  const last = pauses[pauses.length - 1];
  return last !== undefined && last.end === undefined;
}

/** Starts a pause at `at`; a no-op (same array) when already paused. */
export function startPause(pauses: readonly Pause[], at: number): readonly Pause[] {
  return isPaused(pauses) ? pauses : [...pauses, { start: at }];
}

/** Ends the open pause at `at`; a no-op (same array) when not paused. */
export function endPause(pauses: readonly Pause[], at: number): readonly Pause[] {
  if (!isPaused(pauses)) return pauses;
  const last = pauses[pauses.length - 1]!;
  return [...pauses.slice(0, -1), { start: last.start, end: Math.max(at, last.start) }];
}

export type DurationLanguage = 'nl' | 'en';

/**
 * "Tijdsduur interview" as a researcher writes it: '52 minuten', '1 uur en 5 minuten',
 * '2 uur', '1 minuut'; in English '52 minutes', '1 hour 5 minutes', '2 hours'.
 * Rounded to whole minutes, half a minute up, before splitting into hours, so 59:30
 * reads '1 uur'. Under half a minute gives '0 minuten': honest, and the header never
 * has to say something vague. Throws a RangeError for negative or non-finite input.
 */
export function formatDuration(ms: number, language: DurationLanguage): string {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Not a duration: ${ms}`);
  const totalMinutes = Math.floor((ms + 30_000) / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;

  if (language === 'nl') {
    // Dutch counts hours as "uur" in the plural too: "2 uur".
    const minutePart = `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`;
    if (hours === 0) return minutePart;
    return minutes === 0 ? `${hours} uur` : `${hours} uur en ${minutePart}`;
  }
  const minutePart = `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  if (hours === 0) return minutePart;
  const hourPart = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return minutes === 0 ? hourPart : `${hourPart} ${minutePart}`;
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/**
 * The on-screen clock: 'mm:ss' under an hour, 'h:mm:ss' from an hour on. Shows whole
 * seconds passed (rounded down, like any clock). Negative values show as 00:00, so a
 * clock that stepped back never shows nonsense; non-finite input throws a RangeError.
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Not a duration: ${ms}`);
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return hours > 0
    ? `${hours}:${twoDigits(minutes)}:${twoDigits(seconds)}`
    : `${twoDigits(minutes)}:${twoDigits(seconds)}`;
}
