/**
 * Transcription mode's player: whether the mode is open, what the recording is doing,
 * and the actions the keys and buttons run on the one <audio> element the panel shows.
 * The numbers (how far a skip goes, the speed steps, the rewind on pause) are in
 * shared/transcription/playback.ts; this only applies them. The state mirrors the
 * element's own events, so what the screen says is what the element does.
 */
import { create } from 'zustand';
import {
  positionAfterPause,
  skip,
  SKIP_MS,
  stepRate,
} from '../../../../shared/transcription/playback';

export interface PlayerState {
  open: boolean;
  playing: boolean;
  positionMs: number;
  /** The element's length, or the stored recording's when the file does not say (a live WebM). */
  durationMs: number;
  rate: number;
}

const closed: PlayerState = { open: false, playing: false, positionMs: 0, durationMs: 0, rate: 1 };

export const usePlayer = create<PlayerState>(() => closed);

let element: HTMLAudioElement | null = null;
/** The recording's length as stored, for a file whose header has none. */
let knownDurationMs = 0;

export function openTranscription(): void {
  usePlayer.setState({ open: true });
}

export function closeTranscription(): void {
  element?.pause();
  usePlayer.setState(closed);
}

function durationOf(audio: HTMLAudioElement): number {
  return Number.isFinite(audio.duration) && audio.duration > 0 ? audio.duration * 1000 : knownDurationMs;
}

/** Binds the panel's element (null when it goes); returns what undoes the binding. */
export function bindElement(audio: HTMLAudioElement, storedDurationMs: number): () => void {
  element = audio;
  knownDurationMs = storedDurationMs;
  // Slower or faster speech at its own pitch, as a transcriber needs to hear it.
  audio.preservesPitch = true;
  const sync = () =>
    usePlayer.setState({
      playing: !audio.paused,
      positionMs: audio.currentTime * 1000,
      durationMs: durationOf(audio),
      rate: audio.playbackRate,
    });
  const events = ['play', 'pause', 'timeupdate', 'seeked', 'ratechange', 'durationchange', 'loadedmetadata', 'ended'];
  events.forEach((name) => audio.addEventListener(name, sync));
  sync();
  return () => {
    events.forEach((name) => audio.removeEventListener(name, sync));
    if (element === audio) element = null;
  };
}

/** Where playback stands now (ms), read from the element itself, not the last event. */
export function playbackMs(): number | undefined {
  return element && usePlayer.getState().open ? element.currentTime * 1000 : undefined;
}

export function seekTo(ms: number): void {
  if (!element) return;
  element.currentTime = skip(ms, 0, durationOf(element)) / 1000;
}

/** A turn's time: playback goes there and plays, to hear the turn. */
export function playFrom(ms: number): void {
  if (!element) return;
  seekTo(ms);
  void element.play().catch(() => undefined);
}

export function togglePlay(): void {
  if (!element) return;
  if (element.paused) {
    // A refused play (no audio device) leaves the element paused, which the screen shows.
    void element.play().catch(() => undefined);
    return;
  }
  element.pause();
  // A second back, so resuming repeats the last words instead of starting mid-word.
  element.currentTime = positionAfterPause(element.currentTime * 1000) / 1000;
}

export function skipBy(direction: 1 | -1): void {
  if (!element) return;
  element.currentTime = skip(element.currentTime * 1000, direction * SKIP_MS, durationOf(element)) / 1000;
}

export function stepSpeed(direction: 1 | -1): void {
  if (!element) return;
  element.playbackRate = stepRate(element.playbackRate, direction);
}
