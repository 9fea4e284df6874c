/**
 * Backups and restores of the whole database, and one study's data for moving or
 * merging: every table read in one transaction, written back in one transaction, so a
 * restore is all or nothing. The file format and its checks live in shared/backup/.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  readBackup,
  writeBackup,
  type BackupCrypto,
  type BackupDocument,
  type DataKeyAccess,
  type DataKeySealing,
  type ReadBackup,
} from '../../shared/backup/file';
import { asCopy, type CopyOptions } from '../../shared/backup/copy';
import { mergeTables, type MergeConflict, type MergeResult } from '../../shared/backup/merge';
import { BACKUP_TABLE_NAMES, studyOnly, type BackupTableName, type BackupTables } from '../../shared/backup/tables';
import { chunkFromBackup, chunkToBackup, type BackupChunk } from '../../shared/recording/chunk-backup';
import type { JournalStorage } from './autosave';
import { forgetKeys } from './autosave/journal';
import { isJournalOfStudy } from './autosave/keys';
import type { VeldwerkDatabase } from './database';
import type { RecordingChunk } from './records';
import { database } from './instance';
import { keepSummary, summariseArrived } from './interview-summaries';
import type { StoredTurn } from '../../shared/interview/interview';
import { newId } from '../lib/ids';
import { isEncryptedAtRest } from './encryption/at-rest';
import { backupKeyAccess, backupSealing } from './encryption/backup-keys';

function tablesOf(db: VeldwerkDatabase) {
  return BACKUP_TABLE_NAMES.map((name) => db.table(name));
}

/** A record as a backup holds it: the same, except audio bytes, which a JSON file holds as base64. */
function toBackupForm(name: BackupTableName, record: unknown): unknown {
  return name === 'recordingChunks' ? chunkToBackup(record as RecordingChunk) : record;
}

/** A record from a backup as the database stores it. */
function toStoredForm(name: BackupTableName, record: unknown): unknown {
  return name === 'recordingChunks' ? chunkFromBackup(record as BackupChunk) : record;
}

/** The backed-up tables and the ones kept from them (interview summaries), for a transaction that writes both. */
function writeTablesOf(db: VeldwerkDatabase) {
  return [...tablesOf(db), db.factsOfTurns, db.interviewSummaries];
}

/**
 * Summaries are not in a backup (they follow from the turns): made again for what came in,
 * from the turns already in memory (not read back interview by interview), in bulk.
 */
function summarise(db: VeldwerkDatabase, tables: Pick<BackupTables, 'interviews' | 'turns'>): Promise<void> {
  return summariseArrived(db, tables.interviews, tables.turns);
}

export async function readAllTables(db: VeldwerkDatabase): Promise<BackupTables> {
  return db.transaction('r', tablesOf(db), async () => {
    const entries = await Promise.all(
      BACKUP_TABLE_NAMES.map(async (name) => [
        name,
        (await db.table(name).toArray()).map((r) => toBackupForm(name, r)),
      ]),
    );
    return Object.fromEntries(entries) as BackupTables;
  });
}

export function webCrypto(): BackupCrypto {
  return globalThis.crypto as unknown as BackupCrypto;
}

/** Encrypted at rest, but the data key is not at hand to seal a backup with: nothing is written. */
export class BackupPassphraseRequiredError extends Error {
  constructor() {
    super('backup passphrase required: the data is encrypted at rest');
    this.name = 'BackupPassphraseRequiredError';
  }
}

export interface BackupOptions {
  passphrase?: string;
  studyId?: string;
  now?: number;
  crypto?: BackupCrypto;
  /** Seal with this data key when no passphrase is given; by default this window's, when encrypted at rest. */
  sealing?: DataKeySealing;
}

/** The bytes of a backup of everything, or of one study with all its data. */
export async function makeBackup(db: VeldwerkDatabase, options: BackupOptions = {}): Promise<Uint8Array> {
  return (await makeCountedBackup(db, options)).bytes;
}

/**
 * A backup and what it holds (for the list of automatic backups, which does not open every file).
 * With encryption at rest on, no copy of the data leaves in plain text: a backup without a
 * passphrase (an automatic one, the safety copy before a replace) is sealed with the data key.
 */
export async function makeCountedBackup(
  db: VeldwerkDatabase,
  options: BackupOptions = {},
): Promise<{ bytes: Uint8Array; contents: { studies: number; respondents: number; interviews: number } }> {
  const sealing = options.passphrase ? undefined : (options.sealing ?? backupSealing());
  if (isEncryptedAtRest() && !options.passphrase && !sealing) throw new BackupPassphraseRequiredError();
  const all = await readAllTables(db);
  const tables = options.studyId ? studyOnly(all, options.studyId) : all;
  const document: BackupDocument = {
    formatVersion: 1,
    createdAt: options.now ?? Date.now(),
    scope: options.studyId ? { kind: 'study', studyId: options.studyId } : { kind: 'all' },
    tables,
  };
  // Every backup, by hand or automatic, is written by this one call (shared/backup/file.ts).
  const bytes = await writeBackup(document, options.crypto ?? webCrypto(), options.passphrase || sealing);
  return {
    bytes,
    contents: {
      studies: tables.studies.length,
      respondents: tables.respondents.length,
      interviews: tables.interviews.length,
    },
  };
}

/** Reads and checks a file; `passphrase` may be a recovery key for a backup sealed with a data key. */
export function openBackup(
  bytes: Uint8Array,
  passphrase?: string,
  crypto = webCrypto(),
  keys: DataKeyAccess = backupKeyAccess(),
): Promise<ReadBackup> {
  return readBackup(bytes, crypto, passphrase, keys);
}

/**
 * Everything in the database replaced by the backup's tables, in one transaction. Then the
 * typing journals of what was replaced are forgotten: a journal is newer than any database
 * write, so one left behind would put the replaced text back over the restored interview.
 */
export async function replaceWith(
  db: VeldwerkDatabase,
  tables: BackupTables,
  storage: JournalStorage | null = globalThis.localStorage ?? null,
): Promise<void> {
  const replaced = await db.transaction('rw', writeTablesOf(db), async () => {
    const before = {
      studies: (await db.studies.toCollection().primaryKeys()) as string[],
      interviews: (await db.interviews.toCollection().primaryKeys()) as string[],
    };
    for (const name of BACKUP_TABLE_NAMES) {
      await db.table(name).clear();
      await db.table(name).bulkAdd(tables[name].map((r) => toStoredForm(name, r)));
    }
    await db.factsOfTurns.clear();
    await db.interviewSummaries.clear();
    await summarise(db, tables);
    return before;
  });
  if (storage)
    for (const studyId of replaced.studies) forgetKeys(isJournalOfStudy(studyId, replaced.interviews), storage);
}

/**
 * The file's studies added as new studies (new ids throughout, names marked as a copy; see
 * shared/backup/copy.ts), so nothing already here changes. One transaction. Returns the new studies' ids.
 */
export async function addAsCopy(
  db: VeldwerkDatabase,
  tables: BackupTables,
  options: Pick<CopyOptions, 'renameStudy'> & Partial<Pick<CopyOptions, 'newId'>>,
): Promise<string[]> {
  const copy = asCopy(tables, { newId: options.newId ?? newId, renameStudy: options.renameStudy });
  await db.transaction('rw', writeTablesOf(db), async () => {
    for (const name of BACKUP_TABLE_NAMES) {
      if (name !== 'settings' && copy[name].length > 0)
        await db.table(name).bulkAdd(copy[name].map((r) => toStoredForm(name, r)));
    }
    await summarise(db, copy);
  });
  return copy.studies.map((s) => s.id);
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
  return db.transaction('rw', writeTablesOf(db), async () => {
    const result = mergeTables(await readAllTables(db), incoming);
    for (const name of BACKUP_TABLE_NAMES) {
      if (result.added[name].length > 0)
        await db.table(name).bulkAdd(result.added[name].map((r) => toStoredForm(name, r)));
    }
    // Turns added to an interview that was already here change its summary too.
    const touched = new Set([
      ...result.added.interviews.map((i) => i.id),
      ...result.added.turns.map((t) => t.interviewId),
    ]);
    for (const id of touched) {
      await keepSummary(
        db,
        id,
        result.added.turns.filter((t: StoredTurn) => t.interviewId === id),
      );
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
  await db.transaction('rw', writeTablesOf(db), async () => {
    const setting = await db.settings.get(key);
    if (!setting) return;
    const conflict = setting.value as Omit<StoredConflict, 'key'>;
    if (keep === 'theirs') {
      await db.table(conflict.table).put(toStoredForm(conflict.table, conflict.theirs));
      if (conflict.table === 'interviews') await keepSummary(db, conflict.id);
      if (conflict.table === 'turns') {
        const turn = conflict.theirs as StoredTurn;
        await keepSummary(db, turn.interviewId, [turn]);
      }
    }
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
