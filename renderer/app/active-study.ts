/** Which study is open, and the study itself as live data. */
import { useLiveQuery } from 'dexie-react-hooks';
import { create } from 'zustand';
import type { Study } from '../../shared/study/schema';
import { database } from '../db/instance';

export const useActiveStudy = create<{ studyId: string | undefined }>(() => ({ studyId: undefined }));

/** The open study; undefined while loading or when there is none. */
export function useStudy(): Study | undefined {
  const studyId = useActiveStudy((s) => s.studyId);
  return useLiveQuery(() => (studyId ? database().studies.get(studyId) : undefined), [studyId]);
}
