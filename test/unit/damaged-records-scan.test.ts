/**
 * The damaged-record scan reads its tables a page at a time (so a study of 60,000 turns
 * does not hold the window for seconds after every start): every damaged record is still
 * found once, at either edge of a page and on the last one, and nothing sound is named.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase } from '../../renderer/data/database';
import { findDamagedRecords, SCAN_PAGE } from '../../renderer/data/damaged-records';

let n = 0;
const freshName = () => `veldwerk-damaged-scan-${++n}-${Date.now()}`;

describe('the damaged-record scan', () => {
  it('finds each damaged turn once, wherever its page boundary falls', async () => {
    const db = await openDatabase(createDatabase(freshName()));
    const count = SCAN_PAGE * 2 + 3;
    const turns: Record<string, unknown>[] = Array.from({ length: count }, (_, i) => ({
      id: `t${String(i).padStart(5, '0')}`,
      interviewId: 'i1',
      speaker: i % 2 === 0 ? 'interviewer' : 'respondent',
      text: `Beurt ${i}.`,
      startedAt: i * 1000,
    }));
    const damaged = [0, SCAN_PAGE - 1, SCAN_PAGE, count - 1];
    for (const at of damaged) delete turns[at]!.text;
    await db.table('turns').bulkPut(turns);

    const found = await findDamagedRecords(db);
    expect(found.map((record) => `${record.table}:${record.id}`)).toEqual(
      damaged.map((at) => `turns:${turns[at]!.id as string}`),
    );
    db.close();
  });

  it('a table of exactly one page is read to its end and not again', async () => {
    const db = await openDatabase(createDatabase(freshName()));
    const turns: Record<string, unknown>[] = Array.from({ length: SCAN_PAGE }, (_, i) => ({
      id: `t${String(i).padStart(5, '0')}`,
      interviewId: 'i1',
      speaker: 'respondent',
      text: `Beurt ${i}.`,
      startedAt: i,
    }));
    delete turns[SCAN_PAGE - 1]!.text;
    await db.table('turns').bulkPut(turns);
    const found = await findDamagedRecords(db);
    expect(found.map((record) => record.id)).toEqual([turns[SCAN_PAGE - 1]!.id]);
    db.close();
  });
});
