/** Studies in the database, and which one is open. */
import { exampleStudy } from '../../shared/example/study';
import type { Study } from '../../shared/study/schema';
import type { VeldwerkDatabase } from './database';

const ACTIVE_STUDY = 'activeStudyId';
const EXAMPLE_INSTALLED = 'exampleInstalled';

/** On first start the example study is there, complete; a researcher who deleted it is not given it back. */
export async function ensureExampleStudy(db: VeldwerkDatabase): Promise<void> {
  await db.transaction('rw', db.studies, db.settings, async () => {
    if (await db.settings.get(EXAMPLE_INSTALLED)) return;
    if (!(await db.studies.get(exampleStudy.id))) await db.studies.put(exampleStudy);
    await db.settings.put({ key: EXAMPLE_INSTALLED, value: true });
    if (!(await db.settings.get(ACTIVE_STUDY))) await db.settings.put({ key: ACTIVE_STUDY, value: exampleStudy.id });
  });
}

export async function activeStudyId(db: VeldwerkDatabase): Promise<string | undefined> {
  const setting = await db.settings.get(ACTIVE_STUDY);
  if (typeof setting?.value === 'string' && (await db.studies.get(setting.value))) return setting.value;
  return (await db.studies.toCollection().first())?.id;
}

export async function setActiveStudy(db: VeldwerkDatabase, id: string): Promise<void> {
  await db.settings.put({ key: ACTIVE_STUDY, value: id });
}

export async function saveStudy(db: VeldwerkDatabase, study: Study): Promise<void> {
  await db.studies.put(study);
}

/** Replaces the study's identifier list (the rest of the study is left as it is). */
export async function saveStudyIdentifiers(
  db: VeldwerkDatabase,
  studyId: string,
  identifiers: NonNullable<Study['identifiers']>,
): Promise<void> {
  // A read-modify-write, not update(): Dexie's key-path typing of the recursive code trees does not terminate.
  await db.transaction('rw', db.studies, async () => {
    const study = await db.studies.get(studyId);
    if (!study) throw new Error(`Studie ${studyId} bestaat niet (meer)`);
    await db.studies.put({ ...study, identifiers });
  });
}
