/**
 * The data key and how it is kept. A random 256-bit data key encrypts everything; it is
 * stored only wrapped (AES-256-GCM) under keys the researcher holds:
 * - their passphrase, through PBKDF2-SHA-256 with 600,000 iterations (OWASP 2023), and
 * - a printable recovery key (160 random bits, so one HKDF step is enough), shown once at set-up;
 * - in the desktop app, optionally the OS keychain (Electron safeStorage), chosen by the researcher.
 * Changing the passphrase re-wraps the data key only; no record is touched. Without the
 * passphrase and the recovery key the data cannot be read by anyone, us included.
 *
 * The envelope holds nothing that identifies a person; it is kept readable before
 * anything is unlocked (key-store.ts).
 */
import { DecryptionError, fromBase64, KEY_BYTES, open, randomBytes, seal, toBase64, utf8 } from './cipher';
import { DEFAULT_IDLE_MINUTES, type KeyEnvelope } from './envelope';

export const PBKDF2_ITERATIONS = 600_000;
const WRAP_CONTEXT = utf8('veldwerk:data-key');

export { DEFAULT_IDLE_MINUTES, isEnvelope, type KeyEnvelope } from './envelope';

async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    utf8(passphrase.normalize('NFC')) as BufferSource,
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    KEY_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/** Recovery keys are typed back from paper: case, spaces and dashes do not matter. */
export function normaliseRecoveryKey(text: string): string {
  return text.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

async function recoveryWrappingKey(recoveryKey: string, salt: Uint8Array): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    utf8(normaliseRecoveryKey(recoveryKey)) as BufferSource,
    'HKDF',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: salt as BufferSource, info: WRAP_CONTEXT as BufferSource },
    material,
    KEY_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/** Crockford's base32 without I, L, O and U: nothing to mistake when read from paper. */
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 160 random bits as 8 groups of 4 characters, e.g. "7K2M-…". */
export function newRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += RECOVERY_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

export async function createEnvelope(
  passphrase: string,
  recoveryKey: string,
  dataKey: Uint8Array = randomBytes(KEY_BYTES),
): Promise<{ envelope: KeyEnvelope; dataKey: Uint8Array }> {
  const salt = randomBytes(16);
  const recoverySalt = randomBytes(16);
  const envelope: KeyEnvelope = {
    format: 1,
    passphrase: {
      salt: toBase64(salt),
      iterations: PBKDF2_ITERATIONS,
      wrapped: toBase64(seal(await passphraseKey(passphrase, salt, PBKDF2_ITERATIONS), dataKey, WRAP_CONTEXT)),
    },
    recovery: {
      salt: toBase64(recoverySalt),
      wrapped: toBase64(seal(await recoveryWrappingKey(recoveryKey, recoverySalt), dataKey, WRAP_CONTEXT)),
    },
    idleMinutes: DEFAULT_IDLE_MINUTES,
  };
  return { envelope, dataKey };
}

/** The data key, or undefined for a wrong passphrase. */
export async function unwrapWithPassphrase(envelope: KeyEnvelope, passphrase: string): Promise<Uint8Array | undefined> {
  const { salt, iterations, wrapped } = envelope.passphrase;
  return tryOpen(await passphraseKey(passphrase, fromBase64(salt), iterations), wrapped);
}

export async function unwrapWithRecoveryKey(
  envelope: KeyEnvelope,
  recoveryKey: string,
): Promise<Uint8Array | undefined> {
  const { salt, wrapped } = envelope.recovery;
  return tryOpen(await recoveryWrappingKey(recoveryKey, fromBase64(salt)), wrapped);
}

function tryOpen(key: Uint8Array, wrapped: string): Uint8Array | undefined {
  try {
    return open(key, fromBase64(wrapped), WRAP_CONTEXT);
  } catch (error) {
    if (error instanceof DecryptionError) return undefined;
    throw error;
  }
}

/** A new passphrase for the same data key: only the passphrase wrap changes. */
export async function rewrap(envelope: KeyEnvelope, dataKey: Uint8Array, newPassphrase: string): Promise<KeyEnvelope> {
  const salt = randomBytes(16);
  return {
    ...envelope,
    passphrase: {
      salt: toBase64(salt),
      iterations: PBKDF2_ITERATIONS,
      wrapped: toBase64(seal(await passphraseKey(newPassphrase, salt, PBKDF2_ITERATIONS), dataKey, WRAP_CONTEXT)),
    },
  };
}
