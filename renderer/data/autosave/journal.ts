/**
 * A synchronous journal of what has not reached IndexedDB yet. IndexedDB writes are
 * asynchronous and a reload, crash or full disk can cut one off; localStorage takes each
 * change at once. Storage is injected (by default ./storage.ts: localStorage, encrypted when
 * encryption at rest is on) so tests and other
 * hosts can hand in their own. Every entry is read defensively: an unreadable one (or
 * one that reads "null") is treated as absent, never as a reason to stall.
 */
import { journalStorage } from './storage';

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface Journal<T> {
  read(): T | undefined;
  /** False when the storage refused (full or unavailable): the screen still holds the change. */
  write(value: T): boolean;
  clear(): void;
}

/** How an entry is kept as a string: JSON, or as it is (plain text, as memo drafts always were). */
export interface JournalFormat {
  encode(value: unknown): string;
  decode(raw: string): unknown;
}
export const JSON_FORMAT: JournalFormat = { encode: (v) => JSON.stringify(v), decode: (raw) => JSON.parse(raw) };
export const TEXT_FORMAT: JournalFormat = { encode: (v) => String(v), decode: (raw) => raw };

/** One journal entry under `key`; `parse` returns undefined for anything not a T. */
export function journal<T>(
  key: string,
  parse: (raw: unknown) => T | undefined,
  storage: JournalStorage = journalStorage(),
  format: JournalFormat = JSON_FORMAT,
): Journal<T> {
  return {
    read() {
      try {
        const raw = storage.getItem(key);
        return raw === null ? undefined : parse(format.decode(raw));
      } catch {
        return undefined;
      }
    },
    write(value) {
      try {
        storage.setItem(key, format.encode(value));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage.removeItem(key);
      } catch {
        // Storage unavailable: there is nothing in it to bring back either.
      }
    },
  };
}

/** The keys present in storage that `matches` accepts. */
export function journalKeys(matches: (key: string) => boolean, storage: JournalStorage = journalStorage()): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && matches(key)) keys.push(key);
    }
  } catch {
    return keys;
  }
  return keys;
}

export function forgetKeys(matches: (key: string) => boolean, storage: JournalStorage = journalStorage()): void {
  for (const key of journalKeys(matches, storage)) {
    try {
      storage.removeItem(key);
    } catch {
      // As above.
    }
  }
}
