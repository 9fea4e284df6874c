/**
 * The journals, encrypted: a view of localStorage that seals every value it is given
 * (AES-256-GCM, synchronous, so a keystroke is in the journal before the key handler
 * returns) and opens what it reads. Keys stay readable: they hold only ids (autosave/keys.ts).
 * Each value is bound to its key, so an entry copied under another key does not open.
 * A value written before encryption was turned on (no prefix) is read as it is, so a
 * journal from the last session before set-up is still brought back, then re-sealed.
 */
import type { JournalStorage } from '../autosave';
import { fromBase64, fromUtf8, open, seal, toBase64, utf8 } from './cipher';

const PREFIX = 'vw1:';

export function isSealedJournalValue(raw: string): boolean {
  return raw.startsWith(PREFIX);
}

export function encryptedJournalStorage(key: Uint8Array, inner: JournalStorage = localStorage): JournalStorage {
  // What each name last held as sealed here and in the clear: a keystroke reads the journal
  // it wrote at the key before, so that read is answered without opening it again. Only
  // while storage still holds exactly that sealed value (another window may have written).
  const lastSealed = new Map<string, { sealed: string; value: string }>();
  return {
    getItem(name) {
      const raw = inner.getItem(name);
      if (raw === null || !isSealedJournalValue(raw)) return raw;
      const known = lastSealed.get(name);
      if (known?.sealed === raw) return known.value;
      return fromUtf8(open(key, fromBase64(raw.slice(PREFIX.length)), utf8(name)));
    },
    setItem(name, value) {
      const sealed = PREFIX + toBase64(seal(key, utf8(value), utf8(name)));
      lastSealed.delete(name);
      inner.setItem(name, sealed);
      lastSealed.set(name, { sealed, value });
    },
    removeItem: (name) => {
      lastSealed.delete(name);
      inner.removeItem(name);
    },
    key: (index) => inner.key(index),
    get length() {
      return inner.length;
    },
  };
}

/** Seals every journal entry still in plain text (those written before set-up). Returns how many. */
export function sealPlainJournals(
  storage: JournalStorage,
  inner: JournalStorage,
  isJournal: (name: string) => boolean,
): number {
  let sealed = 0;
  const names: string[] = [];
  for (let i = 0; i < inner.length; i++) {
    const name = inner.key(i);
    if (name !== null && isJournal(name)) names.push(name);
  }
  for (const name of names) {
    const raw = inner.getItem(name);
    if (raw === null || isSealedJournalValue(raw)) continue;
    storage.setItem(name, raw);
    sealed++;
  }
  return sealed;
}
