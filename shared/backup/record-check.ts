/**
 * A record read back from the database, checked against its schema (the same ones a
 * backup is checked with) before a screen relies on it. A record that fails is named with
 * its problems; where every missing field has a safe default (an empty text or list, what
 * a new record starts with) a repair is offered. A missing identity, speaker or name has
 * no safe default: such a record can only be exported or removed.
 */
import { checkInterviewRecord } from '../interview/record-check';
import { BACKUP_TABLES, type BackupTableName } from './tables';

/** The tables checked on load, in the order they are listed to the researcher. */
export const CHECKED_TABLES = ['studies', 'respondents', 'interviews', 'turns', 'memos', 'reflections'] as const;
export type CheckedTable = (typeof CHECKED_TABLES)[number];

/** Per table, the fields whose absence loses nothing, with the value a new record has. */
const SAFE_DEFAULTS: Partial<Record<BackupTableName, Record<string, unknown>>> = {
  respondents: { organisation: '', function: '', email: '', phone: '', notes: '', createdAt: 0, updatedAt: 0 },
  turns: { text: '', startedAt: 0 },
  memos: { text: '', at: 0 },
  reflections: { moreAttention: [], notes: '', questionKindOverrides: {}, updatedAt: 0 },
};

const MAX_PROBLEMS = 20;

export type RecordCheck = { ok: true } | { ok: false; problems: string[]; repaired?: unknown };

export function checkStoredRecord(table: CheckedTable, raw: unknown): RecordCheck {
  if (table === 'interviews') {
    const check = checkInterviewRecord(raw);
    return check.ok
      ? { ok: true }
      : { ok: false, problems: check.problems, ...(check.repaired ? { repaired: check.repaired } : {}) };
  }
  const schema = BACKUP_TABLES[table].schema;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true };
  const problems = parsed.error.issues
    .slice(0, MAX_PROBLEMS)
    .map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`.slice(0, 200));
  const defaults = SAFE_DEFAULTS[table];
  if (!defaults || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problems };
  const record = raw as Record<string, unknown>;
  const filled: Record<string, unknown> = { ...record };
  for (const [field, empty] of Object.entries(defaults)) {
    if (record[field] === undefined || record[field] === null)
      filled[field] = Array.isArray(empty) ? [] : typeof empty === 'object' ? {} : empty;
  }
  // The record as it was plus the defaults (not zod's copy): fields the schema does not name survive.
  return schema.safeParse(filled).success ? { ok: false, problems, repaired: filled } : { ok: false, problems };
}

/** Whether a record passes its schema: the lists on screen leave a damaged one out (it is named elsewhere). */
export function isSound(table: CheckedTable, raw: unknown): boolean {
  return checkStoredRecord(table, raw).ok;
}

/** The record's id (its primary key), as far as it can be read. */
export function idOfRecord(table: CheckedTable, raw: unknown): string {
  const value = (raw as Record<string, unknown> | null)?.[BACKUP_TABLES[table].key];
  return typeof value === 'string' ? value : String(value ?? '');
}
