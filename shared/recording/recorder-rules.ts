/**
 * The recorder's rules as data and small pure functions: which formats it asks for, how
 * often chunks are written, how its clock counts (pauses excluded, like the interview
 * clock), when storage counts as low, and what a microphone error means to the user.
 */

/** Opus in WebM first (Chromium, Electron), Opus in Ogg where only that is offered. */
export const RECORDING_MIME_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus'] as const;

/** Speech in Opus at 32 kbit/s is clear for transcription: about 19 MB per hour with its container (npm run bench). */
export const AUDIO_BITS_PER_SECOND = 32_000;

/** The recorder hands over a chunk this often; each is in IndexedDB right after. */
export const CHUNK_MS = 1000;

/** What an hour of recording takes in storage, rounded up from `npm run bench` (Opus plus WebM). */
export const STORED_BYTES_PER_HOUR = 20 * 1024 * 1024;

/** Below this much free storage the interview screen warns. */
export const LOW_STORAGE_BYTES = 200 * 1024 * 1024;

export function pickMimeType(isSupported: (type: string) => boolean): string | undefined {
  return RECORDING_MIME_TYPES.find((type) => isSupported(type));
}

/** Free storage, how many hours of recording fit in it, and whether to warn. */
export function storageState(estimate: { usage?: number; quota?: number }): { free: number; hoursLeft: number; low: boolean } | undefined {
  if (estimate.quota === undefined || estimate.usage === undefined) return undefined;
  const free = Math.max(0, estimate.quota - estimate.usage);
  return { free, hoursLeft: free / STORED_BYTES_PER_HOUR, low: free < LOW_STORAGE_BYTES };
}

/**
 * Recorded time of one part: runs while recording, stands still while paused. Times are
 * passed in (performance.now() in the page), so nothing here reads a clock.
 */
export class RecordedClock {
  private accumulated = 0;
  private since: number | undefined;

  start(now: number): void {
    this.since ??= now;
  }

  pause(now: number): void {
    if (this.since === undefined) return;
    this.accumulated += Math.max(0, now - this.since);
    this.since = undefined;
  }

  get running(): boolean {
    return this.since !== undefined;
  }

  elapsed(now: number): number {
    return this.accumulated + (this.since === undefined ? 0 : Math.max(0, now - this.since));
  }
}

export type MicrophoneProblem = 'denied' | 'not-found' | 'busy' | 'unsupported' | 'other';

/** What a getUserMedia or MediaRecorder error means, by its DOMException name. */
export function microphoneProblem(errorName: string | undefined): MicrophoneProblem {
  switch (errorName) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'not-found';
    case 'NotReadableError':
    case 'AbortError':
      return 'busy';
    case 'NotSupportedError':
      return 'unsupported';
    default:
      return 'other';
  }
}

/** "2,4 MB" / "2.4 MB": a size as the interface shows it. */
export function formatBytes(bytes: number, language: 'nl' | 'en'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${units[unit]}`;
}
