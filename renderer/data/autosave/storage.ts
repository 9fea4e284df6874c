/**
 * Where the journals are kept: localStorage, or, once the data is unlocked with
 * encryption at rest on, an encrypting view of it (encryption/journal-storage.ts). Every
 * journal function defaults to this, so feature code never chooses.
 */
import type { JournalStorage } from './journal';

let current: JournalStorage | undefined;

export function journalStorage(): JournalStorage {
  return current ?? localStorage;
}

export function setJournalStorage(storage: JournalStorage | undefined): void {
  current = storage;
}
