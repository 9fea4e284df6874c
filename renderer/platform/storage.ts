/**
 * Asks the browser engine to keep this origin's IndexedDB even under disk pressure.
 * Used by both platforms; a missing or failing StorageManager simply means "not granted".
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
