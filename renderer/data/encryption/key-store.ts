/**
 * Where the key envelope is kept: a small IndexedDB database of its own, written with
 * strict durability. Not localStorage: Chromium writes localStorage to disk lazily, and a
 * kill right after set-up would lose the envelope while the encrypted data stays, which
 * would make every record unreadable. Nothing in it identifies a person.
 */
import Dexie, { type EntityTable } from 'dexie';
import { DEFAULT_IDLE_MINUTES, isEnvelope, type KeyEnvelope } from './envelope';

export const KEY_DATABASE_NAME = 'veldwerk-keys';
const ID = 'data-key';

type KeyDatabase = Dexie & { envelopes: EntityTable<{ id: string; envelope: unknown }, 'id'> };

export class DamagedEnvelopeError extends Error {
  constructor() {
    super('key envelope unreadable');
    this.name = 'DamagedEnvelopeError';
  }
}

function keyDatabase(name: string): KeyDatabase {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as KeyDatabase;
  db.version(1).stores({ envelopes: 'id' });
  return db;
}

export async function readEnvelope(name = KEY_DATABASE_NAME): Promise<KeyEnvelope | undefined> {
  const db = keyDatabase(name);
  try {
    const row = await db.envelopes.get(ID);
    if (!row) return undefined;
    // A damaged envelope must not read as "no encryption": that would start an empty, plaintext app.
    if (!isEnvelope(row.envelope)) throw new DamagedEnvelopeError();
    const envelope = row.envelope;
    return {
      ...envelope,
      idleMinutes: typeof envelope.idleMinutes === 'number' ? envelope.idleMinutes : DEFAULT_IDLE_MINUTES,
    };
  } finally {
    db.close();
  }
}

export async function writeEnvelope(envelope: KeyEnvelope, name = KEY_DATABASE_NAME): Promise<void> {
  const db = keyDatabase(name);
  try {
    await db.envelopes.put({ id: ID, envelope });
  } finally {
    db.close();
  }
}
