/**
 * Backups and restores of the whole database, and one study's data for moving or
 * merging: every table read in one transaction, written back in one transaction, so a
 * restore is all or nothing. The file format and its checks live in shared/backup/.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { readBackup, writeBackup, type BackupCrypto, type BackupDocument, type ReadBackup } from '../../shared/backup/file';
import { mergeTables, type MergeConflict, type MergeResult } from '../../shared/backup/merge';
import { BACKUP_TABLE_NAMES, studyOnly, type BackupTableName, type BackupTables } from '../../shared/backup/tables';
import type { VeldwerkDatabase } from './database';
import { database } from './instance';
import { isEncryptedAtRest } from './encryption/at-rest';

function tablesOf(db: VeldwerkDatabase) {
  return BACKUP_TABLE_NAMES.map((name) => db.table(name));
}

export async function readAllTables(db: VeldwerkDatabase): Promise<BackupTables> {
  return db.transaction('r', tablesOf(db), async () => {
    const entries = await Promise.all(BACKUP_TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()]));
    return Object.fromEntries(entries) as BackupTables;
  });
}

export function webCrypto(): BackupCrypto {
  return globalThis.crypto as unknown as BackupCrypto;
}

/** The bytes of a backup of everything, or of one study with all its data. */
export class BackupPassphraseRequiredError extends Error {
  constructor() {
    super('backup passphrase required: the data is encrypted at rest');
    this.name = 'BackupPassphraseRequiredError';
  }
}

export async function makeBackup(
  db: VeldwerkDatabase,
  options: { passphrase?: string; studyId?: string; now?: number; crypto?: BackupCrypto } = {},
): Promise<Uint8Array> {
  // With encryption at rest on, no copy of the data may leave in plain text: every
  // backup (downloaded, a study file, the safety copy before a replace) has a passphrase.
  if (isEncryptedAtRest() && !options.passphrase) throw new BackupPassphraseRequiredError();
  const all = await readAllTables(db);
  const document: BackupDocument = {
    formatVersion: 1,
    createdAt: options.now ?? Date.now(),
    scope: options.studyId ? { kind: 'study', studyId: options.studyId } : { kind: 'all' },
    tables: options.studyId ? studyOnly(all, options.studyId) : all,
  };
  return writeBackup(document, options.crypto ?? webCrypto(), options.passphrase);
}

export function openBackup(bytes: Uint8Array, passphrase?: string, crypto = webCrypto()): Promise<ReadBackup> {
  return readBackup(bytes, crypto, passphrase);
}

/** Everything in the database replaced by the backup's tables, in one transaction. */
export async function replaceWith(db: VeldwerkDatabase, tables: BackupTables): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    for (const name of BACKUP_TABLE_NAMES) {
      await db.table(name).clear();
      await db.table(name).bulkAdd(tables[name]);
    }
  });
}

const CONFLICT_PREFIX = 'merge-conflict:';

/** A record kept twice by a merge: ours in its table, theirs parked in settings until chosen. */
export interface StoredConflict {
  key: string;
  table: BackupTableName;
  id: string;
  theirs: unknown;
}

/**
 * Adds what the incoming tables have and this database has not; a record that differs
 * is kept twice (see shared/backup/merge.ts). One transaction: all or nothing.
 */
export async function mergeInto(db: VeldwerkDatabase, incoming: BackupTables): Promise<MergeResult> {
  return db.transaction('rw', tablesOf(db), async () => {
    const result = mergeTables(await readAllTables(db), incoming);
    for (const name of BACKUP_TABLE_NAMES) {
      if (result.added[name].length > 0) await db.table(name).bulkAdd(result.added[name]);
    }
    await db.settings.bulkPut(
      result.conflicts.map((conflict: MergeConflict) => ({
        key: `${CONFLICT_PREFIX}${conflict.table}:${conflict.id}`,
        value: { table: conflict.table, id: conflict.id, theirs: conflict.theirs },
      })),
    );
    return result;
  });
}

export async function storedConflicts(db: VeldwerkDatabase): Promise<StoredConflict[]> {
  const settings = await db.settings.where('key').startsWith(CONFLICT_PREFIX).toArray();
  return settings.map((setting) => ({ key: setting.key, ...(setting.value as Omit<StoredConflict, 'key'>) }));
}

export function useMergeConflicts(): StoredConflict[] | undefined {
  return useLiveQuery(() => storedConflicts(database()), []);
}

/** The researcher's choice: keep ours (theirs is dropped) or take theirs (ours is replaced). */
export async function resolveConflict(db: VeldwerkDatabase, key: string, keep: 'ours' | 'theirs'): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    const setting = await db.settings.get(key);
    if (!setting) return;
    const conflict = setting.value as Omit<StoredConflict, 'key'>;
    if (keep === 'theirs') await db.table(conflict.table).put(conflict.theirs);
    await db.settings.delete(key);
  });
}

/** What this database holds now, for the Data page. */
export function useDatabaseCounts() {
  return useLiveQuery(async () => {
    const db = database();
    const [studies, respondents, interviews] = await Promise.all([
      db.studies.count(),
      db.respondents.count(),
      db.interviews.count(),
    ]);
    return { studies, respondents, interviews };
  }, []);
}
