/**
 * Interviews started and not ended, offered for resuming on the first screen: apart from
 * interviews.ts so the first screen does not load the interview's write paths and summaries.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Interview } from '../../shared/interview/interview';
import type { VeldwerkDatabase } from './database';
import { database } from './instance';

export async function openInterviews(db: VeldwerkDatabase, studyId: string): Promise<Interview[]> {
  const all = await db.interviews.where('studyId').equals(studyId).toArray();
  return all.filter((i) => i.status !== 'ended').sort((a, b) => b.updatedAt - a.updatedAt);
}

export function useOpenInterviews(studyId: string): Interview[] | undefined {
  return useLiveQuery(() => openInterviews(database(), studyId), [studyId]);
}
