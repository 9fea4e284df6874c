/**
 * Encryption at rest as the app sees it: setting it up (how this start goes is
 * start-mode.ts, re-exported here), unlocking, and the settings that go with it.
 * The data key lives only in this window's memory after unlocking; locking reloads the
 * window, which drops it.
 */
import {
  createDatabase,
  DATABASE_NAME,
  ENCRYPTED_DATABASE_NAME,
  installedVersion,
  openDatabase,
  type VeldwerkDatabase,
} from '../database';
import { setJournalStorage } from '../autosave';
import { encryptedJournalStorage, sealPlainJournals } from './journal-storage';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../schema-versions';
import { createEnvelope, rewrap, unwrapWithPassphrase, unwrapWithRecoveryKey, type KeyEnvelope } from './key-envelope';
import { readEnvelope, writeEnvelope } from './key-store';
import { chooseKeychain } from './keychain';
import type { OsKeychain } from '../../platform';
import { localMigrationMemory, migrateToEncrypted, type MigrationProgress } from './migrate';
import { encryptionMiddleware } from './middleware';
import { forgetDeclined } from './start-mode';

export { declineEncryption, offerEncryptionAgain, startMode, type StartMode } from './start-mode';

const isJournal = (key: string) => key.startsWith('veldwerk:unsaved-') || key.startsWith('veldwerk:memo-draft:');

/** The envelope as last read or written in this window (the idle timer asks every few seconds). */
let known: KeyEnvelope | undefined;

async function save(envelope: KeyEnvelope): Promise<void> {
  await writeEnvelope(envelope);
  known = envelope;
}

let unlocked = false;
/**
 * The data key this window opened the database with (already in the middleware's hands),
 * kept for sealing backups with it (backup-keys.ts) and for the keychain; set on unlocking.
 */
let openKey: Uint8Array | undefined;
/** Whether this window runs on the encrypted database (so backups must be encrypted too). */
export const isEncryptedAtRest = () => unlocked;
export const currentDataKey = (): Uint8Array | undefined => openKey;
/** The envelope the data key is wrapped in now (after a passphrase change, the new one). */
export const currentEnvelope = (): KeyEnvelope | undefined => known;

/**
 * Writes the key envelope and returns the data key. From here on the app starts at the
 * unlock screen; a plaintext database, if any, is marked to be migrated.
 */
export async function setUpEncryption(passphrase: string, recoveryKey: string): Promise<Uint8Array> {
  const { envelope, dataKey } = await createEnvelope(passphrase, recoveryKey);
  const hasPlainData = (await installedVersion(DATABASE_NAME)) !== undefined;
  await save({ ...envelope, migrating: hasPlainData || undefined });
  forgetDeclined();
  return dataKey;
}

/** The same schema, every record sealed with `dataKey` below Dexie (middleware.ts). */
export function createEncryptedDatabase(
  dataKey: Uint8Array,
  name = ENCRYPTED_DATABASE_NAME,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): VeldwerkDatabase {
  const db = createDatabase(name, versions);
  db.use(encryptionMiddleware(dataKey));
  return db;
}

/** The data key, or undefined when the passphrase (or recovery key) is wrong. Changes nothing. */
export function unlock(
  envelope: KeyEnvelope,
  secret: string,
  kind: 'passphrase' | 'recovery',
): Promise<Uint8Array | undefined> {
  return kind === 'passphrase' ? unwrapWithPassphrase(envelope, secret) : unwrapWithRecoveryKey(envelope, secret);
}

/**
 * Opens the encrypted database with the data key: finishes a migration first (with
 * progress), seals journals still in plain text, and from then on every journal write
 * is sealed.
 */
export async function openEncrypted(
  dataKey: Uint8Array,
  onProgress: (progress: MigrationProgress) => void,
): Promise<VeldwerkDatabase> {
  const journals = encryptedJournalStorage(dataKey);
  sealPlainJournals(journals, localStorage, isJournal);
  setJournalStorage(journals);
  const db = await openDatabase(createEncryptedDatabase(dataKey));
  const envelope = await readEnvelope();
  if (envelope?.migrating) {
    if ((await installedVersion(DATABASE_NAME)) !== undefined) {
      const plain = await openDatabase(createDatabase(DATABASE_NAME));
      await migrateToEncrypted(plain, db, localMigrationMemory(), onProgress);
    }
    await save({ ...envelope, migrating: undefined });
  } else known = envelope;
  unlocked = true;
  openKey = dataKey;
  return db;
}

/** Keeps this window's data key in the OS keychain, as the researcher chose on Gegevens. */
export async function keepInKeychain(keychain: OsKeychain): Promise<boolean> {
  return openKey ? chooseKeychain(keychain, openKey) : false;
}

export const encryptedDatabaseName = ENCRYPTED_DATABASE_NAME;

/** Re-wraps the data key under a new passphrase; false when the current one is wrong. */
export async function changePassphrase(current: string, next: string): Promise<boolean> {
  const envelope = await readEnvelope();
  if (!envelope) return false;
  const dataKey = await unwrapWithPassphrase(envelope, current);
  if (!dataKey) return false;
  await save(await rewrap(envelope, dataKey, next));
  return true;
}

export function idleMinutes(): number | undefined {
  return known?.idleMinutes;
}

export async function saveIdleMinutes(minutes: number): Promise<void> {
  const envelope = await readEnvelope();
  if (envelope) await save({ ...envelope, idleMinutes: minutes });
}
