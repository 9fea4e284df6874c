/**
 * Where saving stands, as every autosaving screen shows it. `full` is a failure the
 * researcher can do something about (free disk space); typing goes on into the journal
 * either way, and saving resumes by itself.
 */
export type SaveState = 'saved' | 'saving' | 'failed' | 'full';

/** Whether an IndexedDB (or localStorage) error means the disk or the quota is full. */
export function isQuotaError(error: unknown): boolean {
  const named = (e: unknown) => (e as { name?: string } | null)?.name === 'QuotaExceededError';
  // Dexie wraps the browser's error in `inner`.
  return named(error) || named((error as { inner?: unknown } | null)?.inner);
}

export function saveStateOf(error: unknown): 'failed' | 'full' {
  return isQuotaError(error) ? 'full' : 'failed';
}
