/**
 * Everything the preparation screen shows for one respondent, as live data: the stored
 * records (renderer/data) assembled into a preparation (shared/preparation/assemble).
 */
import { useMemo } from 'react';
import { assemblePreparation, type PreparationData } from '../../../shared/preparation/assemble';
import type { Study } from '../../../shared/study/schema';
import { usePreparationRecords } from '../../data/preparations';

export type { PreparationData };

/** undefined while loading, null when the respondent does not exist (any more). */
export function usePreparation(study: Study, respondentId: string): PreparationData | null | undefined {
  const records = usePreparationRecords(respondentId);
  return useMemo(() => (records ? assemblePreparation(study, records) : records), [records, study]);
}
