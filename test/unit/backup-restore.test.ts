/**
 * Backup → delete the database → restore gives the same database, table by table; a
 * damaged, truncated, newer or wrongly unlocked file is refused and changes nothing.
 */
import 'fake-indexeddb/auto';
import { webcrypto } from 'node:crypto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase, type VeldwerkDatabase } from '../../renderer/data/database';
import {
  addAsCopy,
  makeBackup,
  mergeInto,
  openBackup,
  readAllTables,
  replaceWith,
  resolveConflict,
  storedConflicts,
} from '../../renderer/data/backup';
import { journalKey } from '../../renderer/data/autosave/keys';
import { loadSummarisedInterview, summariesOfStudy } from '../../renderer/data/interview-summaries';
import { emptyReplacementBook } from '../../shared/anonymise/replacements';
import { appendChunk, beginPart, recordingBlob } from '../../renderer/data/recordings';
import { BACKUP_FORMAT_VERSION, BackupError, type BackupCrypto } from '../../shared/backup/file';
import { BACKUP_TABLE_NAMES } from '../../shared/backup/tables';
import { copyStudy } from '../../shared/design/new-study';
import { exampleStudy } from '../../shared/example/study';
import { emptyPreparation } from '../../shared/preparation/schema';
import { emptyReflection } from '../../shared/reflection/reflection';

const crypto = webcrypto as unknown as BackupCrypto;
let n = 0;

async function fresh(): Promise<VeldwerkDatabase> {
  return openDatabase(createDatabase(`veldwerk-backup-${++n}-${Date.now()}`));
}

async function seed(db: VeldwerkDatabase, studyId: string, interviewIds: string[]): Promise<void> {
  const study = studyId === exampleStudy.id ? exampleStudy : copyStudy(exampleStudy, studyId, `Studie ${studyId}`);
  await db.studies.put(study);
  for (const id of interviewIds) {
    const r = `${id}-r`;
    await db.respondents.put({
      id: r,
      studyId,
      name: `Respondent ${id}`,
      typeId: 'beleidsmedewerker',
      organisation: 'Aalten',
      function: '',
      email: '',
      phone: '',
      notes: 'ë — “quotes”',
      createdAt: 1,
      updatedAt: 1,
    });
    await db.responses.put({
      id: r,
      studyId,
      questionnaireId: 'q',
      source: 'manual',
      answers: {},
      unmatchedColumns: [],
      unknownAnswers: [],
      updatedAt: 1,
    });
    await db.preparations.put(emptyPreparation(r, studyId, 1));
    await db.interviews.put({
      id,
      studyId,
      respondentId: r,
      guide: { topicListId: 'tl', topicListTitle: 'T', sections: [] },
      status: 'ended',
      startedAt: 1_700_000_000_000,
      pauses: [],
      askedByHand: [],
      notAskedByHand: [],
      turnOrder: [`${id}-t1`, `${id}-t2`],
      createdAt: 1,
      updatedAt: 1,
    });
    await db.turns.bulkPut([
      { id: `${id}-t1`, interviewId: id, speaker: 'interviewer', text: 'Hoe gaat het?', startedAt: 1 },
      { id: `${id}-t2`, interviewId: id, speaker: 'respondent', text: 'Goed.', startedAt: 2 },
    ]);
    await db.memos.put({ id: `${id}-m`, interviewId: id, text: 'Memo', at: 1 });
    await db.reflections.put({
      ...emptyReflection(id, 1),
      studyId,
      notes: 'Meer doorvragen',
      questionKindOverrides: { [`${id}-t1`]: 'open' },
    });
    await db.codings.put({
      id: `${id}-c`,
      studyId,
      interviewId: id,
      turnId: `${id}-t2`,
      codeId: 'code-1',
      span: { kind: 'turn' },
      createdAt: 1,
      updatedAt: 1,
    });
    await recordAudio(db, id);
  }
  await db.replacementBooks.put({ studyId, book: emptyReplacementBook() });
  await db.settings.put({ key: 'language', value: 'nl' });
}

/** Two parts of audio (every byte value, so base64 is tried on all of them). */
async function recordAudio(db: VeldwerkDatabase, interviewId: string): Promise<void> {
  for (const part of [0, 1]) {
    const { recordingId } = await beginPart(db, interviewId, 'audio/ogg;codecs=opus');
    for (const seq of [0, 1]) {
      const bytes = new Uint8Array(257 + seq).map((_, i) => (i * 7 + part + seq) % 256);
      await appendChunk(db, { recordingId, part, seq, bytes, endMs: (seq + 1) * 1000 });
    }
  }
}

async function seeded(): Promise<VeldwerkDatabase> {
  const db = await fresh();
  await seed(db, exampleStudy.id, ['i1', 'i2']);
  await seed(db, 'andere', ['i3']);
  return db;
}

describe('backup and restore', () => {
  it('backup → delete the database → restore gives an identical database, table by table', async () => {
    const db = await seeded();
    const before = await readAllTables(db);
    const bytes = await makeBackup(db, { crypto });
    const name = db.name;
    db.close();
    await Dexie.delete(name);

    const restored = await openDatabase(createDatabase(name));
    expect(await restored.studies.count()).toBe(0);
    const { document, summary } = await openBackup(bytes, undefined, crypto);
    await replaceWith(restored, document.tables);
    const after = await readAllTables(restored);
    for (const table of BACKUP_TABLE_NAMES)
      expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
    expect(summary.interviews).toBe(3);
  });

  it("keeps the interviews' audio byte for byte, also in one study moved to another computer", async () => {
    const db = await seeded();
    const audio = async (d: VeldwerkDatabase, id: string) =>
      new Uint8Array(await (await recordingBlob(d, id))!.arrayBuffer());
    const original = await audio(db, 'i3');
    expect(original.length).toBe(2 * (257 + 258));
    const restored = await fresh();
    await replaceWith(
      restored,
      (await openBackup(await makeBackup(db, { crypto }), undefined, crypto)).document.tables,
    );
    expect(Buffer.compare(await audio(restored, 'i3'), original)).toBe(0);
    expect((await restored.recordings.get('i3'))?.parts.map((p) => p.durationMs)).toEqual([2000, 2000]);

    const moved = await fresh();
    const oneStudy = await openBackup(await makeBackup(db, { crypto, studyId: 'andere' }), undefined, crypto);
    await mergeInto(moved, oneStudy.document.tables);
    expect(await moved.recordings.count()).toBe(1);
    expect(Buffer.compare(await audio(moved, 'i3'), original)).toBe(0);
  });

  it('shows what the file holds: studies with their respondents and interviews, and interview dates', async () => {
    const db = await seeded();
    const { summary } = await openBackup(await makeBackup(db, { crypto }), undefined, crypto);
    const byName = Object.fromEntries(summary.studies.map((s) => [s.name, [s.respondents, s.interviews]]));
    expect(byName).toEqual({ [exampleStudy.name]: [2, 2], 'Studie andere': [1, 1] });
    expect(summary.firstInterviewAt).toBe(1_700_000_000_000);
  });

  it('a passphrase protects the file; without it or with a wrong one it is refused with its own reason', async () => {
    const db = await seeded();
    const bytes = await makeBackup(db, { crypto, passphrase: 'geheim genoeg' });
    expect(new TextDecoder().decode(bytes)).not.toContain('Hoe gaat het?');
    await expect(openBackup(bytes, undefined, crypto)).rejects.toMatchObject({
      problem: { code: 'passphrase-needed' },
    });
    await expect(openBackup(bytes, 'fout', crypto)).rejects.toMatchObject({ problem: { code: 'wrong-passphrase' } });
    const { document } = await openBackup(bytes, 'geheim genoeg', crypto);
    expect(document.tables.turns).toHaveLength(6);
  });

  it('a truncated, bit-flipped, foreign or newer file is refused, and the database stays as it was', async () => {
    const db = await seeded();
    const before = await readAllTables(db);
    const bytes = await makeBackup(db, { crypto });
    const flipped = bytes.slice();
    flipped[bytes.length - 100]! ^= 0x04;
    const newer = bytes.slice();
    newer[8] = BACKUP_FORMAT_VERSION + 1;
    const cases: [Uint8Array, string][] = [
      [bytes.slice(0, bytes.length - 10), 'damaged'],
      [bytes.slice(0, 20), 'not-a-backup'],
      [flipped, 'damaged'],
      [newer, 'newer-version'],
      [new TextEncoder().encode('{"formatVersion":1}'), 'not-a-backup'],
    ];
    for (const [file, code] of cases) {
      const refusal = await openBackup(file, undefined, crypto).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(BackupError);
      expect((refusal as BackupError).problem.code).toBe(code);
    }
    expect(await readAllTables(db)).toEqual(before);
  });

  it('names the records that fail their schema and restores none of them', async () => {
    const db = await seeded();
    const { document } = await openBackup(await makeBackup(db, { crypto }), undefined, crypto);
    const broken = structuredClone(document);
    (broken.tables.interviews[0] as { status: string }).status = 'half';
    const { writeBackup } = await import('../../shared/backup/file');
    const refusal = await openBackup(await writeBackup(broken, crypto), undefined, crypto).catch((e: BackupError) => e);
    expect(refusal).toBeInstanceOf(BackupError);
    const problem = (refusal as BackupError).problem;
    expect(problem.code).toBe('invalid-records');
    if (problem.code === 'invalid-records')
      expect(problem.invalid).toEqual([
        expect.objectContaining({ table: 'interviews', id: broken.tables.interviews[0]!.id }),
      ]);
  });
});

describe('moving and merging a study', () => {
  it("one study's file brings that study and all its data, nothing of another study", async () => {
    const db = await seeded();
    const { document } = await openBackup(await makeBackup(db, { crypto, studyId: 'andere' }), undefined, crypto);
    expect(document.scope).toEqual({ kind: 'study', studyId: 'andere' });
    expect(document.tables.studies.map((s) => s.id)).toEqual(['andere']);
    expect(document.tables.interviews.map((i) => i.id)).toEqual(['i3']);
    expect(document.tables.turns.map((t) => t.id).sort()).toEqual(['i3-t1', 'i3-t2']);
    expect(document.tables.settings).toEqual([]);

    const other = await fresh();
    await mergeInto(other, document.tables);
    expect((await other.interviews.toArray()).map((i) => i.id)).toEqual(['i3']);
    expect(await other.turns.count()).toBe(2);
  });

  it("two interviewers' files of one study merge both ways into every interview once; a record changed on both sides is kept twice until chosen", async () => {
    const anna = await fresh();
    const bram = await fresh();
    await seed(anna, 'gedeeld', ['anna-1', 'anna-2']);
    await seed(bram, 'gedeeld', ['bram-1']);
    // Both changed the study's design after they split up.
    for (const [db, description] of [
      [anna, 'Anna'],
      [bram, 'Bram'],
    ] as const)
      await db.studies.put({ ...(await db.studies.get('gedeeld'))!, description });

    const fromAnna = (await openBackup(await makeBackup(anna, { crypto, studyId: 'gedeeld' }), undefined, crypto))
      .document;
    const fromBram = (await openBackup(await makeBackup(bram, { crypto, studyId: 'gedeeld' }), undefined, crypto))
      .document;
    const intoAnna = await mergeInto(anna, fromBram.tables);
    await mergeInto(bram, fromAnna.tables);

    for (const db of [anna, bram]) {
      expect((await db.interviews.toArray()).map((i) => i.id).sort()).toEqual(['anna-1', 'anna-2', 'bram-1']);
      expect(await db.turns.count()).toBe(6);
    }
    expect(intoAnna.conflicts.map((c) => [c.table, c.id])).toEqual([['studies', 'gedeeld']]);
    expect((await anna.studies.get('gedeeld'))?.description).toBe('Anna');
    const [conflict] = await storedConflicts(anna);
    expect(conflict).toMatchObject({ table: 'studies', id: 'gedeeld' });
    await resolveConflict(anna, conflict!.key, 'theirs');
    expect((await anna.studies.get('gedeeld'))?.description).toBe('Bram');
    expect(await storedConflicts(anna)).toEqual([]);

    // Merging the same file again adds nothing.
    const again = await mergeInto(bram, fromAnna.tables);
    expect(again.added.interviews).toEqual([]);
  });
});

describe('merging turns into an interview that is here', () => {
  it("counts the turns the file adds in that interview's summary", async () => {
    const anna = await fresh();
    await seed(anna, 'gedeeld', ['i1']);
    await keepSummaryOf(anna, 'i1');
    const bram = await fresh();
    await seed(bram, 'gedeeld', ['i1']);
    await bram.turns.put({
      id: 'i1-t3',
      interviewId: 'i1',
      speaker: 'respondent',
      text: 'Dat kwam later nog.',
      startedAt: 3,
    });
    const fromBram = (await openBackup(await makeBackup(bram, { crypto, studyId: 'gedeeld' }), undefined, crypto))
      .document;

    await mergeInto(anna, fromBram.tables);
    const [summary] = await summariesOfStudy(anna, 'gedeeld');
    expect(summary).toMatchObject({ turnCount: 3, respondentWords: 5 });
  });
});

/** The summary the data layer keeps once an interview is opened for its reflection. */
async function keepSummaryOf(db: VeldwerkDatabase, interviewId: string): Promise<void> {
  await loadSummarisedInterview(db, interviewId);
}

function memoryStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('restoring as a copy', () => {
  it("adds the file's studies as new studies with new ids throughout, and changes nothing that was here", async () => {
    const db = await seeded();
    const before = await readAllTables(db);
    const { document } = await openBackup(await makeBackup(db, { crypto }), undefined, crypto);

    const newIds = await addAsCopy(db, document.tables, { renameStudy: (name) => `${name} (kopie)` });
    const after = await readAllTables(db);
    // Everything that was here is still here, unchanged.
    for (const table of BACKUP_TABLE_NAMES)
      expect(after[table]).toEqual(expect.arrayContaining(before[table] as unknown[]));
    expect(after.studies.map((s) => s.name).sort()).toEqual(
      [exampleStudy.name, 'Studie andere', `${exampleStudy.name} (kopie)`, 'Studie andere (kopie)'].sort(),
    );
    expect(after.interviews).toHaveLength(6);
    expect(after.turns).toHaveLength(12);
    expect(after.codings).toHaveLength(6);
    expect(after.recordings).toHaveLength(6);
    expect(after.recordingChunks).toHaveLength(2 * before.recordingChunks.length);

    // The copy is whole: its interviews point at its own respondents, turns, codings and reflections.
    const oldIds = new Set(BACKUP_TABLE_NAMES.flatMap((t) => (before[t] as { id?: string }[]).map((r) => r.id)));
    for (const studyId of newIds) {
      const interviews = after.interviews.filter((i) => i.studyId === studyId);
      expect(interviews.length).toBeGreaterThan(0);
      for (const interview of interviews) {
        expect(oldIds.has(interview.id)).toBe(false);
        const respondent = after.respondents.find((r) => r.id === interview.respondentId)!;
        expect(respondent.studyId).toBe(studyId);
        const turns = after.turns.filter((t) => t.interviewId === interview.id);
        expect(turns.map((t) => t.id).sort()).toEqual([...interview.turnOrder].sort());
        expect(turns.map((t) => t.text).sort()).toEqual(['Goed.', 'Hoe gaat het?']);
        const reflection = after.reflections.find((r) => r.interviewId === interview.id)!;
        expect(Object.keys(reflection.questionKindOverrides)).toEqual([interview.turnOrder[0]]);
        const coding = after.codings.find((c) => c.interviewId === interview.id)!;
        expect(coding.turnId).toBe(interview.turnOrder[1]);
        expect(after.preparations.some((p) => p.id === respondent.id)).toBe(true);
        expect(after.responses.some((r) => r.id === respondent.id)).toBe(true);
        // Its recording is its own, with the same audio as the original's.
        const recording = after.recordings.find((r) => r.interviewId === interview.id)!;
        expect(oldIds.has(recording.id)).toBe(false);
        const originalRespondent = before.respondents.find((r) => r.name === respondent.name)!;
        const original = before.interviews.find((i) => i.respondentId === originalRespondent.id)!;
        const [copied, theirs] = [await recordingBlob(db, interview.id), await recordingBlob(db, original.id)];
        expect(copied!.size).toBeGreaterThan(0);
        expect(new Uint8Array(await copied!.arrayBuffer())).toEqual(new Uint8Array(await theirs!.arrayBuffer()));
      }
      expect(after.replacementBooks.some((b) => b.studyId === studyId)).toBe(true);
      // The overview of the copied study has its interviews' summaries.
      expect(await summariesOfStudy(db, studyId)).toHaveLength(interviews.length);
    }
  });
});

describe('replacing', () => {
  it('forgets the typing journals of what was replaced, so no old text comes back over the restored interview', async () => {
    const db = await seeded();
    const { document } = await openBackup(await makeBackup(db, { crypto }), undefined, crypto);
    const storage = memoryStorage({
      [journalKey.turnText('i1')]: '{"i1-t1":"getypt vóór het terugzetten"}',
      [journalKey.structure('i3')]: '{}',
      [journalKey.topicList('andere', 'tl')]: '{}',
      'veldwerk:iets-anders': 'blijft',
    });
    await replaceWith(db, document.tables, storage);
    expect([...storage.map.keys()]).toEqual(['veldwerk:iets-anders']);
    expect((await db.turns.get('i1-t1'))?.text).toBe('Hoe gaat het?');
    expect(await summariesOfStudy(db, exampleStudy.id)).toHaveLength(2);
  });
});
