/**
 * AES-256-GCM, synchronous, through @noble/ciphers (audited, pure JavaScript). Synchronous
 * on purpose: the keystroke journal is written inside a key handler, and the database
 * middleware encrypts inside an IndexedDB transaction, which commits by itself as soon as
 * the code waits for anything that is not an IndexedDB request (a WebCrypto promise, say).
 * Every sealed value gets a fresh random 96-bit nonce, stored in front of the ciphertext.
 */
import { gcm } from '@noble/ciphers/aes.js';

export const KEY_BYTES = 32;
const NONCE_BYTES = 12;

/** A wrong key, a changed byte or a value sealed for another place: GCM's tag does not match. */
export class DecryptionError extends Error {
  constructor() {
    super('decryption failed');
    this.name = 'DecryptionError';
  }
}

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** `associated` binds the ciphertext to where it belongs (a table, a journal key): moved elsewhere it does not open. */
export function seal(key: Uint8Array, plaintext: Uint8Array, associated?: Uint8Array): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = gcm(key, nonce, associated).encrypt(plaintext);
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce);
  out.set(sealed, NONCE_BYTES);
  return out;
}

export function open(key: Uint8Array, box: Uint8Array, associated?: Uint8Array): Uint8Array {
  if (box.length < NONCE_BYTES + 16) throw new DecryptionError();
  try {
    return gcm(key, box.subarray(0, NONCE_BYTES), associated).decrypt(box.subarray(NONCE_BYTES));
  } catch {
    throw new DecryptionError();
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes);

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
