/** The IndexedDB schema: a version-1 database upgrades with its data intact; a newer one is refused. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase, NewerDatabaseError, openDatabase } from '../../renderer/data/database';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../renderer/data/schema-versions';
import { colleaguesOf } from '../../renderer/data/respondents';
import { ensureExampleStudy, activeStudyId } from '../../renderer/data/studies';
import { exampleStudy } from '../../shared/example/study';

let n = 0;
const freshName = () => `veldwerk-test-${++n}-${Date.now()}`;

describe('database versions', () => {
  it('upgrades a version-1 database, keeping every respondent and normalising organisations', async () => {
    const name = freshName();
    const v1 = createDatabase(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version === 1),
    );
    await v1.open();
    const base = {
      studyId: 's',
      typeId: 'manager',
      function: '',
      email: '',
      phone: '',
      notes: '',
      createdAt: 1,
      updatedAt: 1,
    };
    await v1.respondents.bulkAdd([
      { ...base, id: 'a', name: 'A', organisation: '  Oude   IJsselstreek ' },
      { ...base, id: 'b', name: 'B', organisation: 'Oude IJsselstreek', typeId: 'beleidsmedewerker' },
    ]);
    await v1.responses.add({
      id: 'a',
      studyId: 's',
      questionnaireId: 'vl-manager',
      source: 'manual',
      answers: { V1: { values: ['Nee'] } },
      unmatchedColumns: [],
      unknownAnswers: [],
      updatedAt: 1,
    });
    v1.close();

    const latest = await openDatabase(createDatabase(name));
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
    const a = (await latest.respondents.get('a'))!;
    expect(a.organisation).toBe('Oude IJsselstreek');
    expect((await colleaguesOf(latest, a)).map((r) => r.id)).toEqual(['b']);
    expect((await latest.responses.get('a'))?.answers).toEqual({ V1: { values: ['Nee'] } });
    latest.close();
  });

  it('refuses a database written by a newer Veldwerk without touching it', async () => {
    const name = freshName();
    const future = new Dexie(name);
    future.version(LATEST_SCHEMA_VERSION + 5).stores({ studies: 'id', somethingNew: 'id' });
    await future.open();
    await future.table('studies').put({ id: 'kept' });
    future.close();

    await expect(openDatabase(createDatabase(name))).rejects.toBeInstanceOf(NewerDatabaseError);
    const again = new Dexie(name);
    again.version(LATEST_SCHEMA_VERSION + 5).stores({ studies: 'id', somethingNew: 'id' });
    await again.open();
    expect(await again.table('studies').get('kept')).toEqual({ id: 'kept' });
    expect([...again.backendDB().objectStoreNames].sort()).toEqual(['somethingNew', 'studies']);
    again.close();
  });

  it('installs the example study once, and does not bring it back after the researcher deletes it', async () => {
    const db = await openDatabase(createDatabase(freshName()));
    await ensureExampleStudy(db);
    expect(await activeStudyId(db)).toBe(exampleStudy.id);
    expect(await db.studies.get(exampleStudy.id)).toEqual(exampleStudy);
    await db.studies.delete(exampleStudy.id);
    await ensureExampleStudy(db);
    expect(await db.studies.count()).toBe(0);
    db.close();
  });
});
