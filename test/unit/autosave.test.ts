/**
 * The one autosaver: a throttle with a trailing write, retries with backoff, and one
 * calm state change per failure, driven with fake timers and an injected writer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../shared/autosave/autosaver';
import type { SaveState } from '../../shared/autosave/save-state';

/** A "database" that stores what the writer reads at write time, and can be made to fail. */
function fakeStore() {
  const store = { typed: '', saved: '', writes: [] as { at: number; text: string }[], failWith: undefined as unknown };
  const write = async () => {
    if (store.failWith) throw store.failWith;
    store.saved = store.typed;
    store.writes.push({ at: Date.now(), text: store.typed });
  };
  return { store, write };
}

const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosaver', () => {
  it('continuous typing still saves every N ms, not only when typing stops', async () => {
    const { store, write } = fakeStore();
    const saver = createAutosaver<string>({ delayMs: 300, write });
    // A keystroke every 50 ms for 3 s: a debounce would not have written once.
    for (let i = 0; i < 60; i++) {
      store.typed += 'a';
      saver.schedule('turn');
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(store.writes.length).toBeGreaterThanOrEqual(9);
    const gaps = store.writes.slice(1).map((w, i) => w.at - store.writes[i]!.at);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(350);
    // Never more than one delay behind the typist.
    expect(store.typed.length - store.saved.length).toBeLessThanOrEqual(7);
  });

  it('writes the last keystroke after typing stops (the trailing write)', async () => {
    const { store, write } = fakeStore();
    const states: SaveState[] = [];
    const saver = createAutosaver<string>({ delayMs: 300, write, onStateChange: (s) => states.push(s) });
    store.typed = 'Hoe';
    saver.schedule('turn');
    await vi.advanceTimersByTimeAsync(200);
    store.typed = 'Hoe ziet';
    saver.schedule('turn');
    expect(store.saved).toBe('');
    await vi.advanceTimersByTimeAsync(300);
    expect(store.saved).toBe('Hoe ziet');
    expect(saver.state).toBe('saved');
    expect(states).toEqual(['saving', 'saved']);
  });

  it('a keystroke during a write is written by a trailing write after it', async () => {
    const { store } = fakeStore();
    let release: () => void = () => {};
    const written: string[] = [];
    const saver = createAutosaver<string>({
      delayMs: 100,
      write: async () => {
        const text = store.typed;
        await new Promise<void>((resolve) => (release = resolve));
        written.push(text);
      },
    });
    store.typed = 'een';
    saver.schedule('turn');
    await vi.advanceTimersByTimeAsync(100);
    store.typed = 'een twee';
    saver.schedule('turn');
    release();
    await vi.advanceTimersByTimeAsync(100);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual(['een', 'een twee']);
    expect(saver.state).toBe('saved');
  });

  it('retries a failed write by itself and writes the newest text', async () => {
    const { store, write } = fakeStore();
    const states: SaveState[] = [];
    const saver = createAutosaver<string>({
      delayMs: 300,
      retryMs: 1000,
      write,
      onStateChange: (s) => states.push(s),
    });
    store.failWith = new Error('transaction aborted');
    store.typed = 'eerste versie';
    saver.schedule('turn');
    await vi.advanceTimersByTimeAsync(300);
    expect(saver.state).toBe('failed');
    expect(saver.pending).toBe(1);
    store.failWith = undefined;
    store.typed = 'tweede versie';
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.saved).toBe('tweede versie');
    expect(states).toEqual(['saving', 'failed', 'saved']);
    expect(saver.pending).toBe(0);
  });

  it('a full disk is reported once, typing goes on, retries back off, and saving resumes when space returns', async () => {
    const { store, write } = fakeStore();
    let attempts = 0;
    const states: SaveState[] = [];
    const saver = createAutosaver<string>({
      delayMs: 300,
      retryMs: 1000,
      maxRetryMs: 8000,
      write: () => {
        attempts++;
        return write();
      },
      onStateChange: (s) => states.push(s),
    });
    store.failWith = quotaError();
    // Twenty seconds of typing into a full disk.
    for (let i = 0; i < 200; i++) {
      store.typed += 'x';
      saver.schedule('turn');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saver.state).toBe('full');
    expect(states).toEqual(['saving', 'full']);
    // Backoff 1, 2, 4, 8, 8 s…: a handful of attempts, not one per keystroke.
    expect(attempts).toBeGreaterThanOrEqual(4);
    expect(attempts).toBeLessThanOrEqual(6);
    expect(store.saved).toBe('');

    store.failWith = undefined;
    await vi.advanceTimersByTimeAsync(8000);
    expect(store.saved).toBe('x'.repeat(200));
    expect(states).toEqual(['saving', 'full', 'saved']);
  });

  it('flush writes at once and does not throw when the write fails', async () => {
    const { store, write } = fakeStore();
    const saver = createAutosaver<string>({ delayMs: 300, write });
    store.typed = 'nu';
    saver.schedule('turn');
    await saver.flush();
    expect(store.saved).toBe('nu');
    store.failWith = new Error('gone');
    store.typed = 'straks';
    saver.schedule('turn');
    await expect(saver.flush()).resolves.toBeUndefined();
    expect(saver.state).toBe('failed');
    saver.dispose();
  });

  it('a permanent failure waits for the next change instead of retrying', async () => {
    let attempts = 0;
    class Invalid extends Error {}
    const saver = createAutosaver<string>({
      delayMs: 300,
      write: async () => {
        attempts++;
        throw new Invalid();
      },
      isPermanent: (error) => error instanceof Invalid,
    });
    saver.schedule('list');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toBe(1);
    saver.schedule('list');
    await vi.advanceTimersByTimeAsync(300);
    expect(attempts).toBe(2);
  });
});
