/** Studies in the database, and which one is open. */
import { database } from './instance';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Study } from '../../shared/study/schema';
import { isSound, loadRecordCheck, useRecordCheck } from './soundness';
import type { VeldwerkDatabase } from './database';

const ACTIVE_STUDY = 'activeStudyId';
const EXAMPLE_INSTALLED = 'exampleInstalled';

/** On first start the example study is there, complete; a researcher who deleted it is not given it back. */
export async function ensureExampleStudy(db: VeldwerkDatabase): Promise<void> {
  if (await db.settings.get(EXAMPLE_INSTALLED)) return;
  // Only a first start needs the example study's instruments: they load then, not on every start.
  const { exampleStudy } = await import('../../shared/example/study');
  await db.transaction('rw', db.studies, db.settings, async () => {
    if (await db.settings.get(EXAMPLE_INSTALLED)) return;
    if (!(await db.studies.get(exampleStudy.id))) await db.studies.put(exampleStudy);
    await db.settings.put({ key: EXAMPLE_INSTALLED, value: true });
    if (!(await db.settings.get(ACTIVE_STUDY))) await db.settings.put({ key: ACTIVE_STUDY, value: exampleStudy.id });
  });
}

/**
 * The study to open: the one last open while it is sound, else the first sound one. At
 * start this runs before the full record check has loaded (soundness.ts); main.tsx asks
 * again once it has.
 */
export async function activeStudyId(db: VeldwerkDatabase): Promise<string | undefined> {
  const setting = await db.settings.get(ACTIVE_STUDY);
  if (typeof setting?.value === 'string' && isSound('studies', await db.studies.get(setting.value)))
    return setting.value;
  return (await soundStudies(db))[0]?.id;
}

/** Whether the study is there and sound (with whichever check soundness.ts has loaded). */
export async function isStudySound(db: VeldwerkDatabase, studyId: string): Promise<boolean> {
  return isSound('studies', await db.studies.get(studyId));
}

export async function setActiveStudy(db: VeldwerkDatabase, id: string): Promise<void> {
  await db.settings.put({ key: ACTIVE_STUDY, value: id });
}

/** A study design that does not hold together; `problems` name each place. */
export class InvalidStudyError extends Error {
  constructor(readonly problems: string[]) {
    super(`De studie is niet geldig: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'InvalidStudyError';
  }
}

/**
 * A study design checked whole (schema plus integrity). An invalid design is refused: a
 * half-valid study would break every screen that reads it. Call it before a transaction:
 * the schema (and zod) and the integrity check load here on first use, and a transaction does not survive the wait.
 */
export async function checkedStudy(study: Study): Promise<Study> {
  const [{ studySchema }, { checkStudyIntegrity }] = await Promise.all([
    import('../../shared/study/schema'),
    import('../../shared/study/integrity'),
  ]);
  const parsed = studySchema.safeParse(study);
  if (!parsed.success) {
    throw new InvalidStudyError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const problems = checkStudyIntegrity(parsed.data);
  if (problems.length > 0) throw new InvalidStudyError(problems.map((p) => `${p.path}: ${p.message}`));
  return parsed.data;
}

/**
 * Writes a design that `checkedStudy` returned and moves its design version on by one, so
 * an interview can say which version it was held with. Joins the caller's transaction.
 */
export async function putCheckedStudy(db: VeldwerkDatabase, study: Study): Promise<void> {
  await db.transaction('rw', db.studies, async () => {
    const stored = await db.studies.get(study.id);
    await db.studies.put({ ...study, designVersion: (stored?.designVersion ?? 0) + 1 });
  });
}

/** Saves a study design after checking it (see `checkedStudy` and `putCheckedStudy`). */
export async function saveStudy(db: VeldwerkDatabase, study: Study): Promise<void> {
  await putCheckedStudy(db, await checkedStudy(study));
}

export async function loadStudy(db: VeldwerkDatabase, studyId: string): Promise<Study | undefined> {
  return db.studies.get(studyId);
}

/** Every sound study (with the full record check: for everything but the first screen's lists). */
export async function allStudies(db: VeldwerkDatabase): Promise<Study[]> {
  await loadRecordCheck();
  return soundStudies(db);
}

// A damaged study is left out here and named by the damaged-records notice instead.
async function soundStudies(db: VeldwerkDatabase): Promise<Study[]> {
  return (await db.studies.toArray()).filter((study) => isSound('studies', study));
}

/** The design version a study is at now (0 for a study never saved through saveStudy). */
export function designVersionOf(study: Study): number {
  return study.designVersion ?? 0;
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

/** Every study on this machine, as live data (undefined while loading). */
export function useStudies(): Study[] | undefined {
  const fullCheck = useRecordCheck();
  return useLiveQuery(() => soundStudies(database()), [fullCheck]);
}

/** One study, as live data: undefined while loading or when there is none. */
export function useStudyRecord(studyId: string | undefined): Study | undefined {
  const fullCheck = useRecordCheck();
  return useLiveQuery(async () => {
    const study = studyId ? await database().studies.get(studyId) : undefined;
    return isSound('studies', study) ? study : undefined;
  }, [studyId, fullCheck]);
}
