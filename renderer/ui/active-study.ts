/** Which study is open, and the study itself as live data. */
import { create } from 'zustand';
import type { Study } from '../../shared/study/schema';
import { useStudyRecord } from '../data/studies';

export const useActiveStudy = create<{ studyId: string | undefined }>(() => ({ studyId: undefined }));

/** The open study; undefined while loading or when there is none. */
export function useStudy(): Study | undefined {
  return useStudyRecord(useActiveStudy((s) => s.studyId));
}
