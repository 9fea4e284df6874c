/**
 * How the transcription keys move and pace playback, as numbers: the player applies
 * them to the media element. oTranscribe's steps, where they serve a transcriber: a
 * jump of a few seconds, speed in steps of a quarter between half and double speed, and
 * a short rewind on every pause so the last words are heard again on resuming.
 */

/** Back and forward by this much. */
export const SKIP_MS = 3000;
/** On pause, playback goes back this much, so the last words come again. */
export const REWIND_ON_PAUSE_MS = 1000;
export const MIN_RATE = 0.5;
export const MAX_RATE = 2;
export const RATE_STEP = 0.25;

/** A position moved by `deltaMs`, kept inside the recording. */
export function skip(positionMs: number, deltaMs: number, durationMs: number): number {
  const end = Number.isFinite(durationMs) && durationMs > 0 ? durationMs : Number.POSITIVE_INFINITY;
  return Math.min(end, Math.max(0, positionMs + deltaMs));
}

/** Where playback stands after pausing at `positionMs`. */
export function positionAfterPause(positionMs: number, rewindMs = REWIND_ON_PAUSE_MS): number {
  return Math.max(0, positionMs - rewindMs);
}

/** The next speed in `direction`, on the quarter steps, between half and double. */
export function stepRate(rate: number, direction: 1 | -1): number {
  const snapped = Math.round((Number.isFinite(rate) ? rate : 1) / RATE_STEP) * RATE_STEP;
  return Math.min(MAX_RATE, Math.max(MIN_RATE, snapped + direction * RATE_STEP));
}

/** "0.75×" as a person reads it, in the interface language's decimal mark. */
export function describeRate(rate: number, language: string): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(rate)}×`;
}
