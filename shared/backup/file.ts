/**
 * The backup file: a small binary header, then the tables as gzipped JSON, either with a
 * SHA-256 of the body (so a truncated or bit-flipped file is refused, not half-read) or
 * encrypted with AES-GCM under a key derived from a passphrase (PBKDF2-SHA-256, 600,000
 * iterations), whose tag does the same job. The header is authenticated data of the
 * encryption, so it cannot be changed either. A newer format version is refused.
 *
 *   0  "VWBACKUP"         magic, 8 bytes
 *   8  format version     1 byte (1 for modes 0 and 1, 2 for mode 2)
 *   9  mode               1 byte: 0 plain, 1 passphrase, 2 data key
 *   plain:      10 SHA-256 of the body (32), 42 body
 *   passphrase: 10 iterations (u32 BE), 14 salt (16), 30 iv (12), 42 ciphertext
 *   data key:   10 envelope length L (u32 BE), 14 envelope (L bytes of JSON), 14+L iv (12), 26+L ciphertext
 *
 * Mode 2 is for a database encrypted at rest: the body is sealed with the database's own
 * data key, so automatic backups need nothing typed, and the header carries the data key
 * wrapped as the database keeps it (by the passphrase and by the recovery key; see
 * renderer/data/encryption/key-envelope.ts), so the file opens on another machine with
 * either. Modes 0 and 1 still write format version 1, which older versions of the app read;
 * mode 2 writes version 2, which they refuse as newer instead of calling it damaged.
 *
 * The crypto is injected (WebCrypto in the renderer, node:crypto's webcrypto in tests).
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { summarise, validateTables, type BackupSummary, type BackupTables, type InvalidRecord } from './tables';

export const BACKUP_FORMAT_VERSION = 2;
/** The format version of files in modes 0 and 1 (and of the document inside every file). */
const PLAIN_OR_PASSPHRASE_VERSION = 1;
export const BACKUP_EXTENSION = 'vwbackup';
export const PBKDF2_ITERATIONS = 600_000;
const MAGIC = strToU8('VWBACKUP');
const HEADER_LENGTH = 42;
/** A wrapped-key envelope is a few hundred bytes; a longer length field means a damaged file. */
const MAX_ENVELOPE_LENGTH = 16 * 1024;
const DATA_KEY_MODE = 2;
/** The format version that brought mode 2; a file claiming mode 2 under an older version is damaged. */
const DATA_KEY_SINCE_VERSION = 2;

/** The part of WebCrypto used here; shared/ has no DOM types, so it is declared. */
export interface BackupCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T;
  subtle: {
    digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
    importKey(format: 'raw', key: Uint8Array, algorithm: string, extractable: boolean, usages: string[]): Promise<unknown>;
    deriveKey(
      algorithm: { name: 'PBKDF2'; salt: Uint8Array; iterations: number; hash: 'SHA-256' },
      baseKey: unknown,
      derived: { name: 'AES-GCM'; length: 256 },
      extractable: boolean,
      usages: string[],
    ): Promise<unknown>;
    encrypt(algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array }, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
    decrypt(algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData: Uint8Array }, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
  };
}

/** The document inside the file. `scope` says whether it is everything or one study. */
export interface BackupDocument {
  formatVersion: number;
  createdAt: number;
  scope: { kind: 'all' } | { kind: 'study'; studyId: string };
  tables: BackupTables;
}

export type BackupProblem =
  | { code: 'not-a-backup' }
  | { code: 'newer-version'; version: number }
  | { code: 'damaged' }
  | { code: 'passphrase-needed' }
  | { code: 'wrong-passphrase' }
  /** Sealed with a data key (mode 2) that is not this app's: the passphrase or recovery key it was made under is needed. */
  | { code: 'key-needed' }
  /** Neither the passphrase nor the recovery key typed unwraps the file's data key. */
  | { code: 'wrong-key' }
  | { code: 'invalid-records'; invalid: InvalidRecord[] };

/** Why a file cannot be restored; `problem` carries a code the interface words. */
export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`backup refused: ${problem.code}`);
    this.name = 'BackupError';
  }
}

async function deriveKey(crypto: BackupCrypto, passphrase: string, salt: Uint8Array, iterations: number) {
  const base = await crypto.subtle.importKey('raw', strToU8(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Sealing a backup with a database's data key (mode 2): the key and its wrapped-key envelope (JSON, nothing that identifies a person). */
export interface DataKeySealing {
  dataKey: Uint8Array;
  envelope: unknown;
}

/** How a mode-2 file is opened; the unwrapping itself lives with the key envelope (renderer/data/encryption). */
export interface DataKeyAccess {
  /** This app's own data key, tried first: a backup made here opens without asking anything. */
  current?: Uint8Array;
  /** The data key from the file's envelope and what the researcher typed (passphrase or recovery key), or undefined. */
  unwrap(envelope: unknown, secret: string): Promise<Uint8Array | undefined>;
}

function dataKeyOf(crypto: BackupCrypto, dataKey: Uint8Array, usage: 'encrypt' | 'decrypt') {
  return crypto.subtle.importKey('raw', dataKey, 'AES-GCM', false, [usage]);
}

async function sealWithDataKey(crypto: BackupCrypto, sealing: DataKeySealing, body: Uint8Array): Promise<Uint8Array> {
  const envelope = strToU8(JSON.stringify(sealing.envelope));
  const header = new Uint8Array(26 + envelope.length);
  header.set(MAGIC, 0);
  header[8] = DATA_KEY_SINCE_VERSION;
  header[9] = DATA_KEY_MODE;
  new DataView(header.buffer).setUint32(10, envelope.length);
  header.set(envelope, 14);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  header.set(iv, 14 + envelope.length);
  const key = await dataKeyOf(crypto, sealing.dataKey, 'encrypt');
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, body));
  const file = new Uint8Array(header.length + sealed.length);
  file.set(header, 0);
  file.set(sealed, header.length);
  return file;
}

async function tryDecrypt(
  crypto: BackupCrypto,
  dataKey: Uint8Array,
  iv: Uint8Array,
  header: Uint8Array,
  payload: Uint8Array,
): Promise<Uint8Array | undefined> {
  try {
    const key = await dataKeyOf(crypto, dataKey, 'decrypt');
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: header }, key, payload));
  } catch {
    return undefined;
  }
}

/** The body of a mode-2 file: with this app's own key, else with the key unwrapped from the file's envelope. */
async function openWithDataKey(
  bytes: Uint8Array,
  crypto: BackupCrypto,
  secret: string | undefined,
  access: DataKeyAccess | undefined,
): Promise<Uint8Array> {
  if (bytes[8]! < DATA_KEY_SINCE_VERSION) throw new BackupError({ code: 'damaged' });
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(10);
  if (length > MAX_ENVELOPE_LENGTH || bytes.length < 26 + length + 16) throw new BackupError({ code: 'damaged' });
  const header = bytes.slice(0, 26 + length);
  const iv = header.slice(14 + length);
  const payload = bytes.subarray(26 + length);
  if (access?.current) {
    const body = await tryDecrypt(crypto, access.current, iv, header, payload);
    if (body) return body;
  }
  if (!secret || !access) throw new BackupError({ code: 'key-needed' });
  let envelope: unknown;
  try {
    envelope = JSON.parse(strFromU8(header.subarray(14, 14 + length)));
  } catch {
    throw new BackupError({ code: 'damaged' });
  }
  const dataKey = await access.unwrap(envelope, secret);
  if (!dataKey) throw new BackupError({ code: 'wrong-key' });
  // The key came out of the file's own envelope, so a body that does not open is a changed file.
  const body = await tryDecrypt(crypto, dataKey, iv, header, payload);
  if (!body) throw new BackupError({ code: 'damaged' });
  return body;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** A backup file: plain with a checksum, under a passphrase (a string), or sealed with a data key. */
export async function writeBackup(
  document: BackupDocument,
  crypto: BackupCrypto,
  protection?: string | DataKeySealing,
  iterations = PBKDF2_ITERATIONS,
): Promise<Uint8Array> {
  // Level 1: the body is mostly repeated JSON keys; higher levels cost seconds for a few percent.
  const body = gzipSync(strToU8(JSON.stringify(document)), { level: 1 });
  if (typeof protection === 'object') return sealWithDataKey(crypto, protection, body);
  const passphrase = protection;
  const header = new Uint8Array(HEADER_LENGTH);
  header.set(MAGIC, 0);
  header[8] = PLAIN_OR_PASSPHRASE_VERSION;
  let payload: Uint8Array;
  if (passphrase) {
    header[9] = 1;
    new DataView(header.buffer).setUint32(10, iterations);
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    header.set(salt, 14);
    header.set(iv, 30);
    const key = await deriveKey(crypto, passphrase, salt, iterations);
    payload = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, body));
  } else {
    header[9] = 0;
    header.set(new Uint8Array(await crypto.subtle.digest('SHA-256', body)), 10);
    payload = body;
  }
  const file = new Uint8Array(HEADER_LENGTH + payload.length);
  file.set(header, 0);
  file.set(payload, HEADER_LENGTH);
  return file;
}

/** Whether the file asks for a passphrase (so the screen can ask before reading). */
export function needsPassphrase(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER_LENGTH && equalBytes(bytes.subarray(0, 8), MAGIC) && bytes[9] === 1;
}

/** Whether the file is sealed with a data key (mode 2): it opens here without asking, elsewhere with the passphrase or recovery key. */
export function sealedWithDataKey(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER_LENGTH && equalBytes(bytes.subarray(0, 8), MAGIC) && bytes[9] === DATA_KEY_MODE;
}

export interface ReadBackup {
  document: BackupDocument;
  summary: BackupSummary;
}

/**
 * Reads and checks a backup: the header, the checksum, the passphrase or the data key, the
 * JSON, and every record against its schema. Throws BackupError for anything that is not a
 * whole, valid backup of this or an older format; never returns part of a file. For a
 * mode-2 file `passphrase` may also be the recovery key.
 */
export async function readBackup(
  bytes: Uint8Array,
  crypto: BackupCrypto,
  passphrase?: string,
  dataKeys?: DataKeyAccess,
): Promise<ReadBackup> {
  if (bytes.length < HEADER_LENGTH || !equalBytes(bytes.subarray(0, 8), MAGIC))
    throw new BackupError({ code: 'not-a-backup' });
  const version = bytes[8]!;
  if (version > BACKUP_FORMAT_VERSION) throw new BackupError({ code: 'newer-version', version });
  if (version < 1) throw new BackupError({ code: 'damaged' });
  const header = bytes.slice(0, HEADER_LENGTH);
  const payload = bytes.subarray(HEADER_LENGTH);
  let body: Uint8Array;
  if (bytes[9] === DATA_KEY_MODE) {
    body = await openWithDataKey(bytes, crypto, passphrase, dataKeys);
  } else if (bytes[9] === 1) {
    if (!passphrase) throw new BackupError({ code: 'passphrase-needed' });
    const iterations = new DataView(header.buffer).getUint32(10);
    if (iterations < 1) throw new BackupError({ code: 'damaged' });
    const key = await deriveKey(crypto, passphrase, header.slice(14, 30), iterations);
    try {
      body = new Uint8Array(
        await crypto.subtle.decrypt({ name: 'AES-GCM', iv: header.slice(30, 42), additionalData: header }, key, payload),
      );
    } catch {
      // AES-GCM cannot tell a wrong key from a changed byte; the message says both.
      throw new BackupError({ code: 'wrong-passphrase' });
    }
  } else if (bytes[9] === 0) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', payload));
    if (!equalBytes(digest, header.subarray(10, 42))) throw new BackupError({ code: 'damaged' });
    body = payload;
  } else {
    throw new BackupError({ code: 'damaged' });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(gunzipSync(body)));
  } catch {
    throw new BackupError({ code: 'damaged' });
  }
  return withSummary(checkDocument(raw));
}

function withSummary(document: BackupDocument): ReadBackup {
  return { document, summary: summarise(document.tables) };
}

function checkDocument(raw: unknown): BackupDocument {
  const doc = raw as Partial<BackupDocument> | null;
  if (typeof doc !== 'object' || doc === null) throw new BackupError({ code: 'damaged' });
  if (typeof doc.formatVersion !== 'number') throw new BackupError({ code: 'damaged' });
  if (doc.formatVersion > BACKUP_FORMAT_VERSION)
    throw new BackupError({ code: 'newer-version', version: doc.formatVersion });
  const scope = doc.scope;
  const scopeOk =
    typeof scope === 'object' &&
    scope !== null &&
    (scope.kind === 'all' || (scope.kind === 'study' && typeof scope.studyId === 'string'));
  if (!scopeOk || typeof doc.createdAt !== 'number') throw new BackupError({ code: 'damaged' });
  const checked = validateTables(doc.tables);
  if (!checked.ok) throw new BackupError({ code: 'invalid-records', invalid: checked.invalid });
  return { formatVersion: doc.formatVersion, createdAt: doc.createdAt, scope: scope!, tables: checked.tables };
}
