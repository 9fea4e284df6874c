/**
 * Live queries over a long recording: every second a chunk is written under a new key,
 * while the screen's live queries (studies, settings, the interview) read other tables.
 * Dexie 4.4.7 kept every such unrelated write in each live query until that query ran
 * again, so memory grew for as long as the recorder ran (about 100 kB a minute in the app);
 * patches/dexie+4.4.7.patch drops them. These tests hold the patch to that and check that
 * live queries still see every change that concerns them.
 */
import 'fake-indexeddb/auto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Dexie, { liveQuery, type Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface Row {
  id: string;
  value: number;
}

class Bench extends Dexie {
  settings!: Table<Row, string>;
  chunks!: Table<Row, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ settings: 'id', chunks: 'id, value' });
  }
}

let n = 0;
const open: Bench[] = [];
function freshDatabase(): Bench {
  const db = new Bench(`live-query-memory-${++n}-${Date.now()}`);
  open.push(db);
  return db;
}
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** Subscribes to the setting's value and resolves each answer in turn. */
function watchSetting(db: Bench) {
  const answers: (number | undefined)[] = [];
  let wake: (() => void) | undefined;
  const subscription = liveQuery(() => db.settings.get('s').then((row) => row?.value)).subscribe((value) => {
    answers.push(value);
    wake?.();
  });
  const answer = async (count: number) => {
    while (answers.length < count) await new Promise<void>((resolve) => (wake = resolve));
    return answers[count - 1];
  };
  return { answer, answers, unsubscribe: () => subscription.unsubscribe() };
}

const usedHeap = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

describe('live queries while chunks are written elsewhere', () => {
  it('keep no memory for writes they did not read', async () => {
    /** How much the heap grows while 2,000 chunks are written, with `watching` live queries on the settings. */
    const growthWhileWriting = async (watching: number) => {
      const db = freshDatabase();
      await db.settings.put({ id: 's', value: 0 });
      const watchers = Array.from({ length: watching }, () => watchSetting(db));
      await Promise.all(watchers.map((w) => w.answer(1)));
      // Warm-up, so the database's own first allocations do not count.
      for (let seq = 0; seq < 200; seq++) await db.chunks.put({ id: `warm-${seq}`, value: seq });
      const before = usedHeap();
      for (let seq = 0; seq < 2000; seq++)
        await db.chunks.put({ id: `chunk-${String(seq).padStart(6, '0')}`, value: seq });
      const grown = usedHeap() - before;
      watchers.forEach((w) => w.unsubscribe());
      return grown;
    };
    const stored = await growthWhileWriting(0);
    const watched = await growthWhileWriting(50);
    // Unpatched, the 50 live queries kept every chunk's key ranges: about 30 MB more.
    expect(watched - stored).toBeLessThan(1024 * 1024);
  });

  it('still see a change to what they read after many unrelated writes', async () => {
    const db = freshDatabase();
    await db.settings.put({ id: 's', value: 1 });
    const watcher = watchSetting(db);
    expect(await watcher.answer(1)).toBe(1);
    for (let seq = 0; seq < 100; seq++) await db.chunks.put({ id: `c${seq}`, value: seq });
    await db.settings.put({ id: 's', value: 2 });
    expect(await watcher.answer(2)).toBe(2);
    expect(watcher.answers).toEqual([1, 2]);
    watcher.unsubscribe();
  });
});
