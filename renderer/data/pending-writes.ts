/**
 * Writes that a screen has accepted but not yet sent to the database (typed text waiting
 * for its throttled save). Whoever reads stored data that may still be in flight (the
 * export, the reflection) flushes them first, without knowing which screen holds them.
 */
type Flush = () => Promise<void>;

const flushers = new Set<Flush>();

/** Registers a flush; returns the function that unregisters it. */
export function registerPendingWrites(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Sends every pending write now and waits for all of them. */
export async function flushPendingWrites(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}
