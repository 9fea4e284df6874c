/**
 * The local database (IndexedDB through Dexie). Everything the researcher enters lives
 * here and nowhere else. A database written by a newer Veldwerk is refused with a
 * clear error instead of being opened and damaged.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  Coding,
  Interview,
  InterviewSummary,
  Memo,
  Preparation,
  QuestionnaireResponse,
  Recording,
  RecordingChunk,
  Respondent,
  Setting,
  StoredReflection,
  StoredReplacementBook,
  StoredTurn,
  StoredTurnFact,
  Study,
} from './records';
import { LATEST_SCHEMA_VERSION, loadUpgrades, SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';

export const DATABASE_NAME = 'veldwerk';
/**
 * With encryption at rest on, the data lives under another name: a plaintext database is
 * copied into it (encryption/migrate.ts; opened by encryption/at-rest.ts) and then deleted, so that no plaintext value
 * is ever overwritten in place (LevelDB would keep the old one in its log).
 */
export const ENCRYPTED_DATABASE_NAME = 'veldwerk-encrypted';

export type VeldwerkDatabase = Dexie & {
  studies: EntityTable<Study, 'id'>;
  respondents: EntityTable<Respondent, 'id'>;
  responses: EntityTable<QuestionnaireResponse, 'id'>;
  preparations: EntityTable<Preparation, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  interviews: EntityTable<Interview, 'id'>;
  turns: EntityTable<StoredTurn, 'id'>;
  memos: EntityTable<Memo, 'id'>;
  reflections: EntityTable<StoredReflection, 'interviewId'>;
  replacementBooks: EntityTable<StoredReplacementBook, 'studyId'>;
  codings: EntityTable<Coding, 'id'>;
  factsOfTurns: EntityTable<StoredTurnFact, 'id'>;
  interviewSummaries: EntityTable<InterviewSummary, 'interviewId'>;
  recordings: EntityTable<Recording, 'id'>;
  recordingChunks: EntityTable<RecordingChunk, 'id'>;
};

export class NewerDatabaseError extends Error {
  constructor() {
    super('Deze gegevens zijn gemaakt met een nieuwere versie van Veldwerk.');
    this.name = 'NewerDatabaseError';
  }
}

/** Opens the database with the given versions (all by default; tests pass fewer). */
export function createDatabase(
  name = DATABASE_NAME,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
  options?: ConstructorParameters<typeof Dexie>[1],
): VeldwerkDatabase {
  // Strict durability: a committed write survives a power cut, not only a crash of the
  // app. Interview notes are irreplaceable; the cost is one flush per (batched) write.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', ...options }) as VeldwerkDatabase;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}

/** Dexie stores version n as IndexedDB version n × 10 (plus small bumps of its own). */
const DEXIE_VERSION_FACTOR = 10;

/** The IndexedDB version on disk, or undefined when there is no database yet. Creates nothing. */
export function installedVersion(name: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let fresh = false;
    request.onupgradeneeded = () => {
      fresh = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
    request.onerror = () => (fresh ? resolve(undefined) : reject(request.error));
    request.onblocked = () => resolve(undefined);
  });
}

export async function openDatabase(db: VeldwerkDatabase): Promise<VeldwerkDatabase> {
  // Checked before Dexie opens: Dexie 4 would open a newer database and add its own
  // stores to it, changing data that a newer Veldwerk owns.
  const onDisk = await installedVersion(db.name);
  if (onDisk !== undefined && Math.floor(onDisk / DEXIE_VERSION_FACTOR) > LATEST_SCHEMA_VERSION) {
    throw new NewerDatabaseError();
  }
  // Only an older database runs upgrades (a new one is created at the latest version).
  if (onDisk !== undefined && Math.floor(onDisk / DEXIE_VERSION_FACTOR) < LATEST_SCHEMA_VERSION) await loadUpgrades();
  try {
    await db.open();
  } catch (error) {
    if (error instanceof Dexie.VersionError || (error as Error).name === 'VersionError') throw new NewerDatabaseError();
    throw error;
  }
  return db;
}

/**
 * Another window (a second tab, or a newer Veldwerk) wants to upgrade or delete the
 * database. This window lets go for good: closed without auto-reopen, so no write of its
 * old schema can land in the newer database; `onClosed` asks the researcher to reload.
 */
export function closeOnVersionChange(db: VeldwerkDatabase, onClosed: () => void): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    onClosed();
    // Dexie's own handler would close with auto-reopen: stop it from running.
    return false;
  });
}
