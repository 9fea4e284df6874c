/**
 * Unlocking through the OS keychain (desktop app only), when the researcher chose it: main
 * keeps the data key sealed by the keychain (electron/keychain.ts); the envelope records the
 * choice as a check value (a constant sealed with the data key), so a key the keychain hands
 * back is used only when it is this database's key. Anything wrong on the way (no keychain,
 * another computer account, a key from an earlier set-up) means: ask for the passphrase.
 *
 * A lock (idle time or "Nu vergrendelen") asks for the passphrase in that window even with
 * the keychain chosen: otherwise the lock would open by itself. A new start uses the keychain.
 */
import type { OsKeychain } from '../../platform';
import { DecryptionError, fromBase64, open, seal, toBase64, utf8 } from './cipher';
import type { KeyEnvelope } from './key-envelope';
import { readEnvelope, writeEnvelope } from './key-store';

const CHECK_CONTEXT = utf8('veldwerk:keychain-check');
const CHECK_TEXT = utf8('veldwerk-keychain');
const LOCKED_IN_THIS_WINDOW = 'veldwerk:locked';

export function keychainCheck(dataKey: Uint8Array): string {
  return toBase64(seal(dataKey, CHECK_TEXT, CHECK_CONTEXT));
}

function fitsEnvelope(envelope: KeyEnvelope, candidate: Uint8Array): boolean {
  if (!envelope.keychain) return false;
  try {
    open(candidate, fromBase64(envelope.keychain), CHECK_CONTEXT);
    return true;
  } catch (error) {
    if (error instanceof DecryptionError) return false;
    throw error;
  }
}

/** Whether this machine can offer the choice at all (false in the browser build). */
export async function keychainAvailable(keychain: OsKeychain | null): Promise<boolean> {
  if (!keychain) return false;
  try {
    return await keychain.available();
  } catch {
    return false;
  }
}

export async function keychainChosen(): Promise<boolean> {
  return !!(await readEnvelope())?.keychain;
}

/** Keeps the data key in the keychain and records the choice; false when the keychain refused. */
export async function chooseKeychain(keychain: OsKeychain, dataKey: Uint8Array): Promise<boolean> {
  const envelope = await readEnvelope();
  if (!envelope || !(await keychain.store(dataKey))) return false;
  await writeEnvelope({ ...envelope, keychain: keychainCheck(dataKey) });
  return true;
}

/** Removes the key from the keychain first, so a failure there leaves the choice visibly on. */
export async function forgetKeychain(keychain: OsKeychain): Promise<void> {
  await keychain.forget();
  const envelope = await readEnvelope();
  if (envelope?.keychain) {
    const { keychain: _dropped, ...rest } = envelope;
    await writeEnvelope(rest);
  }
}

export type KeychainUnlock =
  | { status: 'unlocked'; dataKey: Uint8Array }
  /** Not chosen, or no keychain here (the browser build). */
  | { status: 'not-chosen' }
  /** Chosen, but this window was locked: the passphrase opens it. */
  | { status: 'locked' }
  /** Chosen, but the keychain gave no key that fits (another account, a reset keychain, main not answering). */
  | { status: 'failed' };

/** The data key from the keychain when it can and may be used; otherwise why not. Changes nothing. */
export async function unlockWithKeychain(
  envelope: KeyEnvelope,
  keychain: OsKeychain | null,
  session: Pick<Storage, 'getItem'> = sessionStorage,
): Promise<KeychainUnlock> {
  if (!envelope.keychain || !keychain) return { status: 'not-chosen' };
  if (session.getItem(LOCKED_IN_THIS_WINDOW) !== null) return { status: 'locked' };
  let candidate: Uint8Array | null;
  try {
    candidate = await keychain.load();
  } catch {
    return { status: 'failed' };
  }
  return candidate && fitsEnvelope(envelope, candidate) ? { status: 'unlocked', dataKey: candidate } : { status: 'failed' };
}

/** The researcher (or the idle timer) locked this window: the keychain does not open it again. */
export function markLocked(session: Pick<Storage, 'setItem'> = sessionStorage): void {
  session.setItem(LOCKED_IN_THIS_WINDOW, '1');
}

/** Unlocked with the passphrase: a later reload (not a lock) may use the keychain again. */
export function clearLocked(session: Pick<Storage, 'removeItem'> = sessionStorage): void {
  session.removeItem(LOCKED_IN_THIS_WINDOW);
}
