/**
 * Backups while the data is encrypted at rest: made without a passphrase (as automatic
 * backups and the safety copy before a replace are), they hold no typed word, open on
 * this computer without asking, and on another one with the passphrase or the recovery
 * key; a wrong one, a changed byte or a cut-off file is refused.
 */
import 'fake-indexeddb/auto';
import { webcrypto } from 'node:crypto';
import { gunzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, openDatabase, type VeldwerkDatabase } from '../../renderer/data/database';
import { makeBackup, makeCountedBackup, openBackup, readAllTables, replaceWith } from '../../renderer/data/backup';
import {
  changePassphrase,
  isEncryptedAtRest,
  openEncrypted,
  setUpEncryption,
} from '../../renderer/data/encryption/at-rest';
import { unwrapBackupKey } from '../../renderer/data/encryption/backup-keys';
import { newRecoveryKey } from '../../renderer/data/encryption/key-envelope';
import {
  BACKUP_FORMAT_VERSION,
  BackupError,
  readBackup,
  sealedWithDataKey,
  type BackupCrypto,
  type DataKeyAccess,
  writeBackup,
} from '../../shared/backup/file';
import { copyStudy } from '../../shared/design/new-study';
import { exampleStudy } from '../../shared/example/study';
import { MemoryStorage } from './support/memory-storage';

const crypto = webcrypto as unknown as BackupCrypto;
const PASSPHRASE = 'lange zin voor de laptop';
const RECOVERY = newRecoveryKey();
// What the researcher typed; none of it may be readable in a backup file.
const TYPED = ['Zwijndrechtse-kwispelstaart', 'Anneke Wolters', 'Studie Boerenlandschap', 'Gemeente Aalten'];
/** Another computer: no data key of its own, only what the researcher types. */
const elsewhere: DataKeyAccess = { unwrap: unwrapBackupKey };

async function seed(db: VeldwerkDatabase): Promise<void> {
  await db.studies.put(copyStudy(exampleStudy, 's1', TYPED[2]!));
  await db.respondents.put({
    id: 'r1',
    studyId: 's1',
    name: TYPED[1]!,
    typeId: 'beleidsmedewerker',
    organisation: TYPED[3]!,
    function: '',
    email: '',
    phone: '',
    notes: `Zei iets over ${TYPED[0]}`,
    createdAt: 1,
    updatedAt: 1,
  });
  await db.interviews.put({
    id: 'i1',
    studyId: 's1',
    respondentId: 'r1',
    guide: { topicListId: 'tl', topicListTitle: 'T', sections: [] },
    status: 'ended',
    startedAt: 1_700_000_000_000,
    pauses: [],
    askedByHand: [],
    notAskedByHand: [],
    turnOrder: ['t1'],
    createdAt: 1,
    updatedAt: 1,
  });
  await db.turns.put({
    id: 't1',
    interviewId: 'i1',
    speaker: 'respondent',
    text: `Het ${TYPED[0]} beleid`,
    startedAt: 1,
  });
}

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (error: unknown) => (error instanceof BackupError ? error.problem.code : String(error)),
  );
}

let db: VeldwerkDatabase;

beforeAll(async () => {
  globalThis.localStorage = new MemoryStorage() as unknown as Storage;
  const dataKey = await setUpEncryption(PASSPHRASE, RECOVERY);
  db = await openEncrypted(dataKey, () => {});
  await seed(db);
});

describe('a backup while encrypted at rest', () => {
  it('is made without a passphrase, sealed with the data key, and holds none of the typed words', async () => {
    expect(isEncryptedAtRest()).toBe(true);
    const { bytes, contents } = await makeCountedBackup(db, { crypto });
    expect(sealedWithDataKey(bytes)).toBe(true);
    expect(bytes[8]).toBe(BACKUP_FORMAT_VERSION);
    // What goes into the note beside an automatic backup: counts only.
    expect(contents).toEqual({ studies: 1, respondents: 1, interviews: 1 });

    const asText = new TextDecoder('latin1').decode(bytes);
    for (const word of TYPED) expect(asText).not.toContain(word);
    // Not merely compressed: no gzip stream follows the header, as it does in a plain backup.
    const envelopeLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(10);
    expect(() => gunzipSync(bytes.subarray(26 + envelopeLength))).toThrow();
    // The check can fail: the same tables written plain do show the words once decompressed.
    const tables = await readAllTables(db);
    const plain = await writeBackup({ formatVersion: 1, createdAt: 1, scope: { kind: 'all' }, tables }, crypto);
    expect(strFromU8(gunzipSync(plain.subarray(42)))).toContain(TYPED[0]);
    // The header holds the wrapped keys, readable, and nothing else.
    const envelope = JSON.parse(strFromU8(bytes.subarray(14, 14 + envelopeLength))) as Record<string, unknown>;
    expect(Object.keys(envelope).sort()).toEqual(['format', 'passphrase', 'recovery']);
  });

  it('opens on this computer without asking anything', async () => {
    const bytes = await makeBackup(db, { crypto });
    const { summary } = await openBackup(bytes, undefined, crypto);
    expect(summary.studies.map((s) => s.name)).toEqual([TYPED[2]]);
  });

  it('opens on another computer with the passphrase or the recovery key, and restores everything', async () => {
    const bytes = await makeBackup(db, { crypto });
    const before = await readAllTables(db);
    expect(await refusal(readBackup(bytes, crypto, undefined, elsewhere))).toBe('key-needed');

    const withPassphrase = await readBackup(bytes, crypto, PASSPHRASE, elsewhere);
    expect(withPassphrase.document.tables).toEqual(before);
    // Typed back from paper: lower case, without dashes.
    const withRecovery = await readBackup(bytes, crypto, RECOVERY.toLowerCase().replace(/-/g, ' '), elsewhere);
    expect(withRecovery.document.tables).toEqual(before);

    const other = await openDatabase(createDatabase(`veldwerk-other-computer-${Date.now()}`));
    await replaceWith(other, withRecovery.document.tables, null);
    expect(await other.respondents.get('r1')).toEqual(await db.respondents.get('r1'));
    expect((await other.turns.get('t1'))?.text).toBe(`Het ${TYPED[0]} beleid`);
  });

  it('refuses a wrong passphrase or recovery key, a changed byte and a cut-off file', async () => {
    const bytes = await makeBackup(db, { crypto });
    expect(await refusal(readBackup(bytes, crypto, 'niet het goede wachtwoord', elsewhere))).toBe('wrong-key');
    expect(await refusal(readBackup(bytes, crypto, newRecoveryKey(), elsewhere))).toBe('wrong-key');

    const flipped = bytes.slice();
    flipped[bytes.length - 40]! ^= 0x04;
    // Here the own key no longer fits, so it asks; with the right passphrase it says the file changed.
    expect(await refusal(openBackup(flipped, undefined, crypto))).toBe('key-needed');
    expect(await refusal(openBackup(flipped, PASSPHRASE, crypto))).toBe('damaged');

    const envelopeLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(10);
    const headerFlipped = bytes.slice();
    headerFlipped[14 + envelopeLength + 3]! ^= 0x01; // the iv, part of the authenticated header
    expect(await refusal(openBackup(headerFlipped, PASSPHRASE, crypto))).toBe('damaged');

    const newer = bytes.slice();
    newer[8] = BACKUP_FORMAT_VERSION + 1;
    expect(await refusal(openBackup(newer, PASSPHRASE, crypto))).toBe('newer-version');
    const mislabelled = bytes.slice();
    mislabelled[8] = 1;
    expect(await refusal(openBackup(mislabelled, PASSPHRASE, crypto))).toBe('damaged');

    for (const length of [bytes.length - 1, bytes.length - 20, 26 + envelopeLength, 20, 11])
      expect(await refusal(openBackup(bytes.slice(0, length), PASSPHRASE, crypto))).toMatch(/^(damaged|not-a-backup)$/);
    const longLength = bytes.slice();
    new DataView(longLength.buffer).setUint32(10, 0xffffffff);
    expect(await refusal(openBackup(longLength, PASSPHRASE, crypto))).toBe('damaged');
  });

  it('a hand-made backup under a passphrase keeps the passphrase format', async () => {
    const bytes = await makeBackup(db, { crypto, passphrase: 'apart wachtwoord' });
    expect(sealedWithDataKey(bytes)).toBe(false);
    expect(bytes[8]).toBe(1);
    expect(await refusal(openBackup(bytes, undefined, crypto))).toBe('passphrase-needed');
    expect((await openBackup(bytes, 'apart wachtwoord', crypto)).summary.respondents).toBe(1);
  });

  it('after a passphrase change, older backups open with the old passphrase or the recovery key, newer with the new', async () => {
    const older = await makeBackup(db, { crypto });
    expect(await changePassphrase(PASSPHRASE, 'een nieuwe lange zin')).toBe(true);
    const newer = await makeBackup(db, { crypto });
    expect(await refusal(readBackup(older, crypto, PASSPHRASE, elsewhere))).toBeUndefined();
    expect(await refusal(readBackup(older, crypto, RECOVERY, elsewhere))).toBeUndefined();
    expect(await refusal(readBackup(newer, crypto, 'een nieuwe lange zin', elsewhere))).toBeUndefined();
    expect(await refusal(readBackup(newer, crypto, PASSPHRASE, elsewhere))).toBe('wrong-key');
    // Both still open here without asking: the data key itself did not change.
    expect(await refusal(openBackup(older, undefined, crypto))).toBeUndefined();
  });
});
