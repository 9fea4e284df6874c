/**
 * The one autosave module: the throttled, retrying saver (shared/autosave), the
 * synchronous journal beside it, and the save state. An autosaver made here registers
 * its flush with pending-writes, so the export and the reflection read what was typed.
 */
import { createAutosaver, type Autosaver, type AutosaverOptions } from '../../../shared/autosave/autosaver';
import { registerPendingWrites } from '../pending-writes';

export type { Autosaver } from '../../../shared/autosave/autosaver';
export { isQuotaError, type SaveState } from '../../../shared/autosave/save-state';
export { journal, TEXT_FORMAT, type Journal, type JournalStorage } from './journal';
export { journalKey } from './keys';
export { journalStorage, setJournalStorage } from './storage';

export interface RegisteredAutosaver<K> extends Autosaver<K> {
  /** Flushes, stops the timers and unregisters. */
  close(): Promise<void>;
}

export function createRegisteredAutosaver<K>(options: AutosaverOptions<K>): RegisteredAutosaver<K> {
  const saver = createAutosaver(options);
  const unregister = registerPendingWrites(() => saver.flush());
  return {
    schedule: saver.schedule,
    flush: saver.flush,
    dispose: saver.dispose,
    get pending() {
      return saver.pending;
    },
    get state() {
      return saver.state;
    },
    async close() {
      await saver.flush();
      saver.dispose();
      unregister();
    },
  };
}
