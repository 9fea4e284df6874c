/**
 * Locks the app after `minutes` without keyboard, mouse or touch. Locking sends what is
 * waiting to the database and reloads the window, which forgets the data key; anything
 * typed in the last moment is in the (encrypted) journal, put back after unlocking as
 * after a crash.
 */
import { markLocked } from '../../data/encryption/keychain';
import { flushPendingWrites } from '../../data/pending-writes';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export async function lockNow(): Promise<void> {
  // With the OS keychain chosen, the reloaded window still asks for the passphrase.
  markLocked();
  try {
    await flushPendingWrites();
  } finally {
    window.location.reload();
  }
}

export function startIdleLock(minutes: () => number | undefined): () => void {
  let last = Date.now();
  const seen = () => {
    last = Date.now();
  };
  for (const type of ACTIVITY) window.addEventListener(type, seen, { capture: true, passive: true });
  const timer = window.setInterval(() => {
    const limit = minutes();
    if (limit !== undefined && Date.now() - last >= limit * 60_000) void lockNow();
  }, 15_000);
  return () => {
    window.clearInterval(timer);
    for (const type of ACTIVITY) window.removeEventListener(type, seen, { capture: true });
  };
}
