/**
 * Saves typed text within a bounded delay. A throttle, not a debounce: while the
 * researcher keeps typing, a write still goes out every `delayMs`, so no more than that
 * much can be lost to a crash. Only ids are queued; the text written is whatever is
 * current at write time.
 */
export interface TurnSaver {
  schedule(turnId: string): void;
  /** Writes everything queued now (before a structural change, on page hide). */
  flush(): Promise<void>;
  readonly pending: number;
}

export function createTurnSaver(options: {
  delayMs: number;
  write: (turnIds: string[]) => Promise<void>;
  onStateChange?: (state: 'saving' | 'saved' | 'failed', error?: unknown) => void;
}): TurnSaver {
  const queued = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const run = async () => {
    timer = undefined;
    if (queued.size === 0) return;
    const ids = [...queued];
    queued.clear();
    options.onStateChange?.('saving');
    try {
      await options.write(ids);
      if (queued.size === 0) options.onStateChange?.('saved');
    } catch (error) {
      // Keep them queued: the next keystroke or flush tries again, nothing is dropped.
      ids.forEach((id) => queued.add(id));
      options.onStateChange?.('failed', error);
    }
  };

  return {
    schedule(turnId) {
      queued.add(turnId);
      options.onStateChange?.('saving');
      timer ??= setTimeout(() => {
        writing = writing.then(run);
      }, options.delayMs);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      writing = writing.then(run);
      await writing;
    },
    get pending() {
      return queued.size;
    },
  };
}
