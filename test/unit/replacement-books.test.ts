/** A study's replacement book in IndexedDB: kept across sessions, not overwritten by a stale review. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyReplacementBook, withLabels } from '../../shared/anonymise';
import { exampleStudy } from '../../shared/example/study';
import { createDatabase, openDatabase } from '../../renderer/data/database';
import { loadReplacementBook, storeReplacementBook } from '../../renderer/data/replacement-books';
import { SCHEMA_VERSIONS } from '../../renderer/data/schema-versions';
import { saveStudy, saveStudyIdentifiers } from '../../renderer/data/studies';

let n = 0;
const freshName = () => `veldwerk-books-${++n}-${Date.now()}`;
const karin = withLabels(emptyReplacementBook(), [{ key: 'person:entry:k', category: 'person', n: 1 }]);

describe('replacement books', () => {
  it('keeps a study’s book across sessions', async () => {
    const name = freshName();
    const db = await openDatabase(createDatabase(name));
    expect(await loadReplacementBook(db, 's')).toEqual(emptyReplacementBook());
    expect(await storeReplacementBook(db, 's', emptyReplacementBook(), karin)).toBe(true);
    db.close();
    const again = await openDatabase(createDatabase(name));
    expect(await loadReplacementBook(again, 's')).toEqual(karin);
    expect(await loadReplacementBook(again, 'other')).toEqual(emptyReplacementBook());
    again.close();
  });

  it('refuses to store over a book that changed since the review began', async () => {
    const db = await openDatabase(createDatabase(freshName()));
    await storeReplacementBook(db, 's', emptyReplacementBook(), karin);
    const other = withLabels(emptyReplacementBook(), [{ key: 'person:entry:h', category: 'person', n: 1 }]);
    expect(await storeReplacementBook(db, 's', emptyReplacementBook(), other)).toBe(false);
    expect(await loadReplacementBook(db, 's')).toEqual(karin);
    db.close();
  });

  it('opens a version-3 database with its studies intact and the identifier list editable', async () => {
    const name = freshName();
    const v3 = createDatabase(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 3),
    );
    await v3.open();
    const { identifiers: _none, ...older } = exampleStudy;
    await v3.studies.put(older);
    v3.close();
    const db = await openDatabase(createDatabase(name));
    expect((await db.studies.get(exampleStudy.id))?.identifiers).toBeUndefined();
    await saveStudyIdentifiers(db, exampleStudy.id, [{ id: 'k', text: 'Karin de Vries', kind: 'person' }]);
    const saved = (await db.studies.get(exampleStudy.id))!;
    expect(saved.identifiers).toEqual([{ id: 'k', text: 'Karin de Vries', kind: 'person' }]);
    expect(saved.topicLists).toEqual(exampleStudy.topicLists);
    await saveStudy(db, exampleStudy);
    db.close();
  });
});
