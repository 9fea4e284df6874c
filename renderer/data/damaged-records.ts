/**
 * Records in the database that fail their schema (shared/backup/record-check.ts): found
 * by a scan of the checked tables, each with what can be done: export it as it is, repair
 * it (when every missing part has a safe default), or remove it with what hangs on it.
 * The screens' own queries leave damaged records out, so the rest of the app keeps working.
 */
import { checkStoredRecord, CHECKED_TABLES, idOfRecord, type CheckedTable } from '../../shared/backup/record-check';
import type { IndexableType } from 'dexie';
import type { StoredTurn } from '../../shared/interview/interview';
import type { VeldwerkDatabase } from './database';
import { deleteStudy } from './delete-study';
import { keepSummary, summaryTables } from './interview-summaries';
import { removeInterview } from './interviews';
import { deleteRespondent } from './respondents';

export interface DamagedRecord {
  table: CheckedTable;
  id: string;
  /** A name a person recognises (a study's or respondent's name, a turn's interview), when readable. */
  label: string;
  problems: string[];
  /** The record with safe defaults filled in; absent when no safe repair exists. */
  repaired?: unknown;
  raw: unknown;
}

function labelOf(table: CheckedTable, raw: unknown, id: string): string {
  const record = raw as Record<string, unknown> | null;
  if ((table === 'studies' || table === 'respondents') && typeof record?.name === 'string' && record.name.trim())
    return record.name;
  if ((table === 'turns' || table === 'memos') && typeof record?.interviewId === 'string')
    return `${id} (interview ${record.interviewId})`;
  return id;
}

/**
 * Records per read of the scan. The scan runs after every start, on every record of the
 * checked tables (60,000 turns in a study of 200 interviews, each decrypted when encrypted
 * at rest): read whole it held the main thread for seconds (5.4 s measured at 60,000
 * encrypted turns) and the first screen opened meanwhile waited behind it. In pages,
 * each when the window is idle, a screen's own reads and a keystroke wait for one page
 * at most.
 */
export const SCAN_PAGE = 250;

/**
 * Waits until the window is idle (a screen's reads, input and paints go first), or a second
 * at most so the scan still ends on a busy window; a plain macrotask where there is no idle
 * callback (Node).
 */
const letOthersRun = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 1000 })
      : setTimeout(resolve, 0),
  );

/** A table's records in primary-key order, a page at a time. */
async function* pagesOf(db: VeldwerkDatabase, table: CheckedTable): AsyncGenerator<unknown[]> {
  let after: IndexableType | undefined;
  for (;;) {
    const from = after === undefined ? db.table(table).toCollection() : db.table(table).where(':id').above(after);
    const [records, keys] = await db.transaction('r', db.table(table), async () => {
      const page = from.limit(SCAN_PAGE);
      return Promise.all([page.toArray() as Promise<unknown[]>, page.primaryKeys()]);
    });
    if (records.length === 0) return;
    yield records;
    if (records.length < SCAN_PAGE) return;
    after = keys[keys.length - 1];
    await letOthersRun();
  }
}

/** Every damaged record of the checked tables; reads each record once, changes nothing. */
export async function findDamagedRecords(db: VeldwerkDatabase): Promise<DamagedRecord[]> {
  const found: DamagedRecord[] = [];
  for (const table of CHECKED_TABLES) {
    for await (const records of pagesOf(db, table)) {
      for (const raw of records) {
        const check = checkStoredRecord(table, raw);
        if (check.ok) continue;
        const id = idOfRecord(table, raw);
        found.push({
          table,
          id,
          label: labelOf(table, raw, id),
          problems: check.problems,
          repaired: check.repaired,
          raw,
        });
      }
    }
  }
  return found;
}

/** Writes the repaired record over the damaged one. */
export async function repairRecord(db: VeldwerkDatabase, damaged: DamagedRecord): Promise<void> {
  if (damaged.repaired === undefined) throw new Error('no safe repair for this record');
  await db.transaction('rw', [db.table(damaged.table), ...summaryTables(db)], async () => {
    await db.table(damaged.table).put(damaged.repaired);
    const interviewId = (damaged.repaired as { interviewId?: unknown }).interviewId;
    if (damaged.table === 'turns' && typeof interviewId === 'string')
      await keepSummary(db, interviewId, [damaged.repaired as StoredTurn]);
    if (damaged.table === 'interviews') await keepSummary(db, damaged.id);
  });
}

/** Removes the record and what belongs to it (a study's or respondent's interviews, a turn's place in its interview). */
export async function removeRecord(db: VeldwerkDatabase, damaged: DamagedRecord): Promise<void> {
  switch (damaged.table) {
    case 'studies':
      await deleteStudy(db, damaged.id);
      return;
    case 'respondents':
      await deleteRespondent(db, damaged.id);
      return;
    case 'interviews':
      await removeInterview(db, damaged.id);
      return;
    case 'turns': {
      const interviewId = (damaged.raw as { interviewId?: unknown } | null)?.interviewId;
      await db.transaction('rw', [...summaryTables(db), db.codings], async () => {
        await db.turns.delete(damaged.id);
        await db.codings
          .where('interviewId')
          .equals(String(interviewId))
          .filter((c) => c.turnId === damaged.id)
          .delete();
        if (typeof interviewId !== 'string') return;
        const interview = await db.interviews.get(interviewId);
        if (interview && Array.isArray(interview.turnOrder)) {
          await db.interviews.put({ ...interview, turnOrder: interview.turnOrder.filter((id) => id !== damaged.id) });
          await keepSummary(db, interviewId, [], [damaged.id]);
        }
      });
      return;
    }
    case 'memos':
    case 'reflections':
      await db.table(damaged.table).delete(damaged.id);
  }
}
