/**
 * Bringing another copy of the same data in (another interviewer's file of the same
 * study, or a backup restored next to what is there): a union by id. A record only on
 * one side is kept; the same record on both sides, unchanged, once; a record that differs
 * on the two sides is kept twice — ours stays in its table, theirs is set aside as a
 * conflict for the researcher to choose. Interviews travel whole with their guide
 * snapshots, so nothing here rewrites them. Settings are this machine's and never merge.
 */
import { BACKUP_TABLE_NAMES, emptyTables, keyOf, type BackupTableName, type BackupTables } from './tables';

export interface MergeConflict {
  table: BackupTableName;
  id: string;
  ours: unknown;
  theirs: unknown;
}

export interface MergeResult {
  /** Records to add: only in the incoming file. */
  added: BackupTables;
  conflicts: MergeConflict[];
  /** Records present on both sides and equal. */
  unchanged: number;
}

/** Deep equality of JSON-like records, regardless of key order. */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => sameRecord(value, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => sameRecord(left[key], right[key]));
}

export const MERGED_TABLES: readonly BackupTableName[] = BACKUP_TABLE_NAMES.filter((name) => name !== 'settings');

export function mergeTables(ours: BackupTables, theirs: BackupTables): MergeResult {
  const added = emptyTables() as Record<BackupTableName, unknown[]>;
  const conflicts: MergeConflict[] = [];
  let unchanged = 0;
  for (const table of MERGED_TABLES) {
    const mine = new Map<string, unknown>(ours[table].map((record) => [keyOf(table, record), record]));
    for (const record of theirs[table]) {
      const id = keyOf(table, record);
      const existing = mine.get(id);
      if (existing === undefined) added[table].push(record);
      else if (sameRecord(existing, record)) unchanged++;
      else conflicts.push({ table, id, ours: existing, theirs: record });
    }
  }
  return { added: added as unknown as BackupTables, conflicts, unchanged };
}
