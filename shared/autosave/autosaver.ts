/**
 * Save-as-you-type: a throttle with a trailing write, one write at a time, and retries
 * with backoff. A throttle, not a debounce: while someone keeps typing a write still goes
 * out every `delayMs`, so no more than that is ever waiting. Only keys are queued; the
 * writer reads whatever is current at write time, so a retry always writes the newest
 * state. A failed write keeps its keys and is tried again by itself, later each time
 * (a full disk frees up on its own schedule); the state changes once, not per attempt.
 */
import { saveStateOf, type SaveState } from './save-state';

export interface Autosaver<K> {
  /** Something under `key` changed: it is written within `delayMs` (or at the next retry). */
  schedule(key: K): void;
  /** Writes everything queued now and waits; never throws (a failure stays queued for retry). */
  flush(): Promise<void>;
  /** Stops timers; queued keys are left alone (their journal still holds them). */
  dispose(): void;
  readonly pending: number;
  readonly state: SaveState;
}

export interface AutosaverOptions<K> {
  delayMs: number;
  write: (keys: K[]) => Promise<void>;
  /** Called when the state changes, with the error that caused a failure. */
  onStateChange?: (state: SaveState, error?: unknown) => void;
  /** First retry after a failure; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** A failure that a retry cannot cure (invalid content): waits for the next change instead. */
  isPermanent?: (error: unknown) => boolean;
}

export function createAutosaver<K>(options: AutosaverOptions<K>): Autosaver<K> {
  const firstRetry = options.retryMs ?? 1000;
  const maxRetry = options.maxRetryMs ?? 30_000;
  const queued = new Set<K>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let state: SaveState = 'saved';
  let retryDelay = 0;
  let disposed = false;

  const setState = (next: SaveState, error?: unknown) => {
    if (next === state) return;
    state = next;
    options.onStateChange?.(next, error);
  };
  const failing = () => state === 'failed' || state === 'full';

  const arm = (ms: number) => {
    if (disposed || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void enqueue();
    }, ms);
  };

  const run = async () => {
    if (queued.size === 0) return;
    const keys = [...queued];
    queued.clear();
    if (!failing()) setState('saving');
    try {
      await options.write(keys);
      retryDelay = 0;
      if (queued.size === 0) setState('saved');
      // Typed while this write was out: the trailing write.
      else arm(options.delayMs);
    } catch (error) {
      keys.forEach((key) => queued.add(key));
      setState(saveStateOf(error), error);
      if (options.isPermanent?.(error)) return;
      retryDelay = retryDelay === 0 ? firstRetry : Math.min(maxRetry, retryDelay * 2);
      arm(retryDelay);
    }
  };

  const enqueue = () => {
    writing = writing.then(run);
    return writing;
  };

  return {
    schedule(key) {
      queued.add(key);
      if (!failing()) setState('saving');
      // While retrying, the retry timer is already armed: no hammering a full disk per keystroke.
      arm(options.delayMs);
    },
    flush() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      return enqueue();
    },
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    get pending() {
      return queued.size;
    },
    get state() {
      return state;
    },
  };
}
