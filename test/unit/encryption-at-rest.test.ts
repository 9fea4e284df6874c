/**
 * Encryption at rest: what reaches IndexedDB and localStorage holds no typed word, the
 * app reads everything back unchanged, and keys behave as the researcher is told.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase, type VeldwerkDatabase } from '../../renderer/data/database';
import { createEncryptedDatabase } from '../../renderer/data/encryption/at-rest';
import { randomBytes } from '../../renderer/data/encryption/cipher';
import { encryptedJournalStorage, sealPlainJournals } from '../../renderer/data/encryption/journal-storage';
import {
  createEnvelope,
  newRecoveryKey,
  rewrap,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
} from '../../renderer/data/encryption/key-envelope';
import { readEnvelope, writeEnvelope } from '../../renderer/data/encryption/key-store';
import Dexie from 'dexie';
import { migrateToEncrypted, type MigrationMemory } from '../../renderer/data/encryption/migrate';
import { SEALED_FIELD } from '../../renderer/data/encryption/middleware';
import { journalText, unsavedText } from '../../renderer/data/interview-journal';
import { MemoryStorage } from './support/memory-storage';

let n = 0;
const freshName = () => `veldwerk-enc-${++n}-${Date.now()}`;
const WORD = 'Zwijndrechtse-kwispelstaart';

const respondent = (id: string, name: string, organisation = 'gemeente a') =>
  ({ id, studyId: 'study-1', organisation, name, notes: `${name} zei ${WORD}` }) as never;

/** Every stored record as IndexedDB holds it, read without the middleware. */
async function rawRecords(name: string, table: string): Promise<Record<string, unknown>[]> {
  const raw = await openDatabase(createDatabase(name));
  const rows = await raw.table(table).toArray();
  raw.close();
  return rows;
}

describe('the encrypting middleware', () => {
  it('stores only ids and index fields in the clear, and reads every record back as written', async () => {
    const name = freshName();
    const key = randomBytes(32);
    const db = await openDatabase(createEncryptedDatabase(key, name));
    await db.respondents.bulkPut([
      respondent('r1', 'Anneke Wolters'),
      respondent('r2', 'Bert Scholten'),
      respondent('r3', 'Carla Wever', 'gemeente b'),
    ]);
    await db.turns.put({
      id: 't1',
      interviewId: 'i1',
      text: `Het ${WORD} beleid`,
      bytes: new Uint8Array([1, 2, 3]),
    } as never);

    expect(await db.respondents.get('r1')).toEqual(respondent('r1', 'Anneke Wolters'));
    // The compound index still finds the municipality's respondents.
    const found = await db.respondents.where('[studyId+organisation]').equals(['study-1', 'gemeente a']).toArray();
    expect(found.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(await db.respondents.where('studyId').equals('study-1').count()).toBe(3);
    expect((await db.respondents.get('r3'))!.organisation).toBe('gemeente b');
    const turn = (await db.turns.where('interviewId').equals('i1').first()) as unknown as {
      text: string;
      bytes: Uint8Array;
    };
    expect(turn.text).toBe(`Het ${WORD} beleid`);
    expect([...turn.bytes]).toEqual([1, 2, 3]);
    // Updates go through a cursor (modify) and are sealed again.
    await db.respondents
      .where('studyId')
      .equals('study-1')
      .modify((r) => void (r.notes = 'nieuwe notitie'));
    expect((await db.respondents.get('r2'))!.notes).toBe('nieuwe notitie');
    db.close();

    const stored = await rawRecords(name, 'respondents');
    expect(Object.keys(stored[0]!).sort()).toEqual([SEALED_FIELD, 'id', 'organisation', 'studyId'].sort());
    const turns = await rawRecords(name, 'turns');
    expect(Object.keys(turns[0]!).sort()).toEqual([SEALED_FIELD, 'id', 'interviewId'].sort());
    const bytes = JSON.stringify([...stored, ...turns], (_k, v) =>
      v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
    );
    expect(bytes).not.toContain('Anneke');
    // The municipality is indexed, but only as a keyed hash.
    expect(bytes).not.toContain('gemeente a');
    expect(stored[0]!.organisation).toBe(stored[1]!.organisation);
    expect(bytes).not.toContain('Zwijndrecht');
  });

  it('does not open with another key', async () => {
    const name = freshName();
    const db = await openDatabase(createEncryptedDatabase(randomBytes(32), name));
    await db.respondents.put(respondent('r1', 'Anneke Wolters'));
    db.close();
    const other = await openDatabase(createEncryptedDatabase(randomBytes(32), name));
    await expect(other.respondents.get('r1')).rejects.toThrow();
    other.close();
  });
});

describe('the encrypted journal', () => {
  it('keeps each keystroke synchronously, sealed, and reads it back', () => {
    const inner = new MemoryStorage() as unknown as Storage;
    const storage = encryptedJournalStorage(randomBytes(32), inner);
    journalText('i1', 't1', `Over de ${WORD}`, 1, storage);
    expect(unsavedText('i1', storage)).toEqual({ t1: { text: `Over de ${WORD}`, at: 1 } });
    const raw = inner.getItem(inner.key(0)!)!;
    expect(raw).not.toContain('Zwijndrecht');
    expect(raw.startsWith('vw1:')).toBe(true);
  });

  it('seals a plaintext journal from before set-up, keeping its contents', () => {
    const inner = new MemoryStorage() as unknown as Storage;
    journalText('i1', 't1', WORD, 1, inner);
    const storage = encryptedJournalStorage(randomBytes(32), inner);
    expect(sealPlainJournals(storage, inner, (k) => k.startsWith('veldwerk:unsaved'))).toBe(1);
    expect(inner.getItem(inner.key(0)!)).not.toContain('Zwijndrecht');
    expect(unsavedText('i1', storage).t1!.text).toBe(WORD);
  });

  it('reads what another window wrote since, not what this one wrote last', () => {
    const inner = new MemoryStorage() as unknown as Storage;
    const dataKey = randomBytes(32);
    const mine = encryptedJournalStorage(dataKey, inner);
    const theirs = encryptedJournalStorage(dataKey, inner);
    journalText('i1', 't1', 'Eerst dit', 1, mine);
    journalText('i1', 't2', 'Dan dat', 2, theirs);
    expect(unsavedText('i1', mine)).toEqual({ t1: { text: 'Eerst dit', at: 1 }, t2: { text: 'Dan dat', at: 2 } });
    inner.removeItem(inner.key(0)!);
    expect(unsavedText('i1', mine)).toEqual({});
  });

  it('an entry moved under another key does not open', () => {
    const inner = new MemoryStorage() as unknown as Storage;
    const storage = encryptedJournalStorage(randomBytes(32), inner);
    storage.setItem('veldwerk:unsaved-text:a', 'x');
    inner.setItem('veldwerk:unsaved-text:b', inner.getItem('veldwerk:unsaved-text:a')!);
    expect(() => storage.getItem('veldwerk:unsaved-text:b')).toThrow();
  });
});

describe('the key envelope', () => {
  it('opens with the passphrase or the recovery key, not with a wrong one; a new passphrase re-wraps only', async () => {
    const recovery = newRecoveryKey();
    expect(recovery).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const { envelope, dataKey } = await createEnvelope('correct horse battery', recovery);
    expect(envelope.passphrase.iterations).toBeGreaterThanOrEqual(600_000);
    expect(await unwrapWithPassphrase(envelope, 'correct horse battery')).toEqual(dataKey);
    expect(await unwrapWithPassphrase(envelope, 'wrong')).toBeUndefined();
    expect(await unwrapWithRecoveryKey(envelope, recovery.toLowerCase().replace(/-/g, ' '))).toEqual(dataKey);

    const changed = await rewrap(envelope, dataKey, 'nieuwe zin');
    expect(changed.recovery).toEqual(envelope.recovery);
    expect(await unwrapWithPassphrase(changed, 'nieuwe zin')).toEqual(dataKey);
    expect(await unwrapWithPassphrase(changed, 'correct horse battery')).toBeUndefined();

    const name = freshName();
    expect(await readEnvelope(name)).toBeUndefined();
    await writeEnvelope(changed, name);
    expect(await readEnvelope(name)).toEqual(changed);
    const raw = new Dexie(name);
    raw.version(1).stores({ envelopes: 'id' });
    await raw.table('envelopes').put({ id: 'data-key', envelope: { format: 1 } });
    raw.close();
    // A damaged envelope is an error, never "no encryption".
    await expect(readEnvelope(name)).rejects.toThrow();
  });
});

describe('migrating a plaintext database', () => {
  function memory(): MigrationMemory & { done: string[] } {
    const done: string[] = [];
    return {
      done,
      tablesDone: () => [...done],
      markTableDone: (t) => void done.push(t),
      clear: () => void done.splice(0),
    };
  }

  async function plainWithData(name: string): Promise<VeldwerkDatabase> {
    const plain = await openDatabase(createDatabase(name));
    await plain.respondents.bulkPut(
      Array.from({ length: 1200 }, (_, i) => respondent(`r${String(i).padStart(4, '0')}`, `Persoon ${i}`)),
    );
    await plain.turns.put({ id: 't1', interviewId: 'i1', text: WORD } as never);
    return plain;
  }

  it('copies, verifies, then deletes the plaintext database; a second run after a kill finishes the job', async () => {
    const plainName = freshName();
    const encryptedName = freshName();
    const key = randomBytes(32);
    const mem = memory();
    // A first run that is killed after the first table.
    const plain = await plainWithData(plainName);
    const encrypted = await openDatabase(createEncryptedDatabase(key, encryptedName));
    const killed = migrateToEncrypted(
      plain,
      encrypted,
      {
        ...mem,
        markTableDone: (t) => {
          mem.markTableDone(t);
          if (t === 'respondents') throw new Error('killed');
        },
      },
      () => {},
    );
    await expect(killed).rejects.toThrow('killed');
    expect(await plain.respondents.count()).toBe(1200);

    const progress: number[] = [];
    await migrateToEncrypted(plain, encrypted, mem, (p) => progress.push(p.done / p.total));
    expect(progress.at(-1)).toBe(1);
    expect(progress[0]).toBeGreaterThan(0); // resumed, not restarted
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(plainName);
    expect(await encrypted.respondents.count()).toBe(1200);
    expect((await encrypted.respondents.get('r0042'))!.name).toBe('Persoon 42');
    expect(((await encrypted.turns.get('t1')) as unknown as { text: string }).text).toBe(WORD);
    encrypted.close();
    expect(JSON.stringify((await rawRecords(encryptedName, 'turns'))[0])).not.toContain('Zwijndrecht');
  });
});
