/**
 * The interview's structural edits go through the autosaver: journalled at once, a write
 * that fails (the database is gone) is reported once and retried until it lands, and
 * after a crash the journal newer than the database comes back at open.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VeldwerkDatabase } from '../../renderer/data/database';
import { MemoryStorage } from './support/memory-storage';

type Modules = Awaited<ReturnType<typeof load>>;

/** The renderer's modules as a freshly started window has them. */
async function load() {
  vi.resetModules();
  const database = await import('../../renderer/data/database');
  const instance = await import('../../renderer/data/instance');
  const actions = await import('../../renderer/features/interview/interview-actions');
  const store = await import('../../renderer/features/interview/interview-store');
  const notices = await import('../../renderer/ui/notices/notices');
  const journal = await import('../../renderer/data/interview-journal');
  return { database, instance, actions, store, notices, journal };
}

async function start(m: Modules, name: string): Promise<VeldwerkDatabase> {
  const db = await m.database.openDatabase(m.database.createDatabase(name));
  m.instance.setDatabase(db);
  return db;
}

const errors = (m: Modules) => m.notices.useNotices.getState().notices.filter((n) => n.tone === 'error');
const shown = (m: Modules) => {
  const { turns, order } = m.store.useInterview.getState();
  return order.map((id) => `${turns[id]!.speaker}: ${turns[id]!.text}`);
};

let storage: MemoryStorage;
let name: string;
let n = 0;

beforeEach(async () => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
  name = `veldwerk-autosave-${++n}-${Date.now()}`;
  const m = await load();
  const db = await start(m, name);
  await db.interviews.put({
    id: 'i',
    studyId: 's',
    respondentId: 'r',
    guide: { topicListId: 'tl', topicListTitle: 'T', sections: [] },
    status: 'running',
    pauses: [],
    askedByHand: [],
    notAskedByHand: [],
    turnOrder: ['a', 'b'],
    createdAt: 1,
    updatedAt: 1,
  });
  await db.turns.bulkPut([
    { id: 'a', interviewId: 'i', speaker: 'interviewer', text: 'Hoe gaat het?', startedAt: 1 },
    { id: 'b', interviewId: 'i', speaker: 'respondent', text: 'Goed. En met u?', startedAt: 2 },
  ]);
  db.close();
});

afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('structural edits in the interview', () => {
  it('a split whose write fails is reported once, kept while typing goes on, and saved when the database is back', async () => {
    const m = await load();
    const db = await start(m, name);
    expect(await m.actions.openInterview('i')).toEqual({ kind: 'found' });
    db.close();
    await m.actions.splitAt('b', 'Goed.'.length);
    const [, , added] = m.store.useInterview.getState().order;
    m.actions.typeText(added!, ' En met u?');
    m.actions.typeText(added!, ' En met u, hoe gaat het?');
    await m.actions.flushPendingText();
    expect(m.store.useInterview.getState().saveState).toBe('failed');
    expect(errors(m)).toHaveLength(1);
    expect(shown(m)).toEqual(['interviewer: Hoe gaat het?', 'respondent: Goed.', 'respondent:  En met u, hoe gaat het?']);

    await db.open();
    await vi.waitFor(() => expect(m.store.useInterview.getState().saveState).toBe('saved'), { timeout: 10_000 });
    const stored = await db.interviews.get('i');
    const turns = await db.turns.bulkGet(stored!.turnOrder);
    expect(turns.map((t) => t?.text)).toEqual(['Hoe gaat het?', 'Goed.', ' En met u, hoe gaat het?']);
    // The error notice gives way to one saying saving works again; the journals are empty.
    expect(errors(m)).toHaveLength(0);
    expect(storage.keys()).toEqual([]);
    db.close();
  });

  it('after a crash before the write, the journal newer than the database brings each kind of edit back', async () => {
    const before = await load();
    const db = await start(before, name);
    await before.actions.openInterview('i');
    db.close();
    await before.actions.splitAt('b', 'Goed.'.length);
    const added = before.store.useInterview.getState().order[2]!;
    await before.actions.switchSpeaker(added);
    await before.actions.moveBy(added, -1);
    await before.actions.mergeNext(added);
    before.actions.typeText(added, 'En met u? Goed.');
    const expected = shown(before);
    expect(expected).toEqual(['interviewer: Hoe gaat het?', 'interviewer: En met u? Goed.']);

    // A new window on the same database and journal: nothing of the above reached the database.
    const after = await load();
    const again = await start(after, name);
    expect((await again.interviews.get('i'))!.turnOrder).toEqual(['a', 'b']);
    await after.actions.openInterview('i');
    expect(shown(after)).toEqual(expected);
    await vi.waitFor(() => expect(after.store.useInterview.getState().saveState).toBe('saved'), { timeout: 10_000 });
    const stored = await again.interviews.get('i');
    const turns = await again.turns.where('interviewId').equals('i').toArray();
    expect(stored!.turnOrder).toEqual(['a', added]);
    expect(turns.map((t) => t.id).sort()).toEqual(['a', added].sort());
    expect(storage.keys()).toEqual([]);
    again.close();
  });

  it('typed text reaches the journal after its frame, and at once when the page is hidden or left', async () => {
    const m = await load();
    const db = await start(m, name);
    await m.actions.openInterview('i');
    db.close();
    m.actions.typeText('b', 'Goed. En met u?');
    m.actions.typeText('b', 'Goed. En met u, hoe gaat het?');
    await vi.waitFor(() => expect(m.journal.unsavedText('i')['b']?.text).toBe('Goed. En met u, hoe gaat het?'));

    // Hiding or leaving the page flushes: the journal has the text before that call returns.
    m.actions.typeText('a', 'Hoe gaat het met u?');
    const flushed = m.actions.flushPendingText();
    expect(m.journal.unsavedText('i')['a']?.text).toBe('Hoe gaat het met u?');
    await flushed;

    // A structural edit right after typing journals the text first, so reopening keeps both.
    m.actions.typeText('a', 'Hoe gaat het met u vandaag?');
    await m.actions.switchSpeaker('b');
    const after = await load();
    await start(after, name);
    await after.actions.openInterview('i');
    expect(shown(after)).toEqual(['interviewer: Hoe gaat het met u vandaag?', 'interviewer: Goed. En met u, hoe gaat het?']);
  });
});
