/** Codings of held interviews: read per interview and per study, written one at a time. */
import { useLiveQuery } from 'dexie-react-hooks';
import { codingSchema, type Coding } from '../../shared/coding/schema';
import type { VeldwerkDatabase } from './database';
import { database } from './instance';

export async function codingsOfInterview(db: VeldwerkDatabase, interviewId: string): Promise<Coding[]> {
  return db.codings.where('interviewId').equals(interviewId).toArray();
}

export async function codingsOfStudy(db: VeldwerkDatabase, studyId: string): Promise<Coding[]> {
  return db.codings.where('studyId').equals(studyId).toArray();
}

/** Adds or replaces a coding; a record that does not fit the schema is refused, not stored. */
export async function saveCoding(db: VeldwerkDatabase, coding: Coding): Promise<void> {
  await db.codings.put(codingSchema.parse(coding));
}

/** Several codings in one transaction: all are stored, or (one not fitting the schema) none. */
export async function saveCodings(db: VeldwerkDatabase, codings: readonly Coding[]): Promise<void> {
  const checked = codings.map((coding) => codingSchema.parse(coding));
  await db.transaction('rw', db.codings, () => db.codings.bulkPut(checked));
}

export async function deleteCoding(db: VeldwerkDatabase, id: string): Promise<void> {
  await db.codings.delete(id);
}

export function useCodingsOfInterview(interviewId: string): Coding[] | undefined {
  return useLiveQuery(() => codingsOfInterview(database(), interviewId), [interviewId]);
}

export function useCodingsOfStudy(studyId: string): Coding[] | undefined {
  return useLiveQuery(() => codingsOfStudy(database(), studyId), [studyId]);
}
