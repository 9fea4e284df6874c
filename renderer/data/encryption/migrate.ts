/**
 * A plaintext database into an encrypted one, as the issue asks: copy every table in
 * pages into the encrypted database (which seals each record on its way down), verify
 * every record against the original, and only then delete the plaintext database.
 * Nothing is overwritten in place: LevelDB keeps overwritten values in its log, whereas
 * deleting the database lets Chromium drop its files.
 *
 * Killed midway it is safe to run again: a page is written with bulkPut (the same
 * record under the same key), tables already verified are remembered in `progress`,
 * and the plaintext database stays whole until the copy is verified.
 */
import Dexie, { type IndexableType } from 'dexie';
import type { VeldwerkDatabase } from '../database';
import { fromUtf8 } from './cipher';
import { encodeValue } from './value-codec';

const PAGE = 500;

export interface MigrationProgress {
  /** Records copied and verified so far, of `total`. */
  done: number;
  total: number;
}

export interface MigrationMemory {
  tablesDone(): string[];
  markTableDone(table: string): void;
  clear(): void;
}

export class MigrationMismatchError extends Error {
  constructor(table: string) {
    super(`encrypted copy of ${table} differs from the original`);
    this.name = 'MigrationMismatchError';
  }
}

const primaryKeyOf = (db: VeldwerkDatabase, table: string) => {
  const keyPath = db.table(table).schema.primKey.keyPath as string | string[];
  return (row: unknown) => Dexie.getByKeyPath(row as object, keyPath as string) as IndexableType;
};

async function* pages(db: VeldwerkDatabase, table: string): AsyncGenerator<unknown[]> {
  const keyOf = primaryKeyOf(db, table);
  let after: IndexableType | undefined = undefined;
  for (;;) {
    const collection = after === undefined ? db.table(table).orderBy(':id') : db.table(table).where(':id').above(after);
    const rows: unknown[] = await collection.limit(PAGE).toArray();
    if (rows.length === 0) return;
    yield rows;
    after = keyOf(rows[rows.length - 1]);
    if (rows.length < PAGE) return;
  }
}

const same = (a: unknown, b: unknown) => fromUtf8(encodeValue(a)) === fromUtf8(encodeValue(b));

export async function migrateToEncrypted(
  plain: VeldwerkDatabase,
  encrypted: VeldwerkDatabase,
  memory: MigrationMemory,
  onProgress: (progress: MigrationProgress) => void,
): Promise<void> {
  const tables = plain.tables.map((t) => t.name);
  const counts = new Map<string, number>();
  for (const name of tables) counts.set(name, await plain.table(name).count());
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const finished = new Set(memory.tablesDone());
  let done = tables.filter((t) => finished.has(t)).reduce((sum, t) => sum + counts.get(t)!, 0);
  onProgress({ done, total });

  for (const name of tables) {
    if (finished.has(name)) continue;
    for await (const rows of pages(plain, name)) {
      await encrypted.table(name).bulkPut(rows);
      const copied = await encrypted.table(name).bulkGet(rows.map(primaryKeyOf(plain, name)));
      rows.forEach((row, i) => {
        if (!same(row, copied[i])) throw new MigrationMismatchError(name);
      });
      done += rows.length;
      onProgress({ done, total });
    }
    if ((await encrypted.table(name).count()) !== counts.get(name)) throw new MigrationMismatchError(name);
    memory.markTableDone(name);
  }

  plain.close();
  await Dexie.delete(plain.name);
  await pushOutDeletedValues();
  memory.clear();
}

/**
 * Deleting a database only marks its values deleted: Chromium's LevelDB keeps them in
 * its table files until a compaction rewrites those. Writing and deleting enough filler
 * (random bytes, so compression cannot shrink it; small values, so Chromium keeps them
 * inside LevelDB rather than as blob files) makes LevelDB flush and compact its first
 * level, which drops the deleted values. The e2e test searches the profile to prove it.
 */
export async function pushOutDeletedValues(megabytes = 24, rounds = 3): Promise<void> {
  for (let round = 0; round < rounds; round++) await fillAndDelete(megabytes);
}

async function fillAndDelete(megabytes: number): Promise<void> {
  const name = 'veldwerk-compaction-filler';
  const db = new Dexie(name);
  db.version(1).stores({ filler: 'id' });
  const VALUE = 48 * 1024;
  const perBatch = 20;
  const batches = Math.ceil((megabytes * 1024 * 1024) / (VALUE * perBatch));
  for (let b = 0; b < batches; b++) {
    const rows = Array.from({ length: perBatch }, (_, i) => {
      const bytes = new Uint8Array(VALUE);
      for (let at = 0; at < VALUE; at += 65_536)
        crypto.getRandomValues(bytes.subarray(at, Math.min(at + 65_536, VALUE)));
      return { id: b * perBatch + i, bytes };
    });
    await db.table('filler').bulkPut(rows);
  }
  await db.table('filler').clear();
  db.close();
  await Dexie.delete(name);
}

/** Progress kept in localStorage beside the key envelope (table names only). */
export function localMigrationMemory(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = localStorage,
): MigrationMemory {
  const KEY = 'veldwerk:encryption-migration';
  const read = (): string[] => {
    try {
      const value: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    tablesDone: read,
    markTableDone: (table) => storage.setItem(KEY, JSON.stringify([...read(), table])),
    clear: () => storage.removeItem(KEY),
  };
}
