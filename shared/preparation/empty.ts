/** A respondent's preparation before anything was ticked or noted (no zod, for the first screen). */
import type { Preparation } from './schema';

export function emptyPreparation(respondentId: string, studyId: string, now: number): Preparation {
  return {
    id: respondentId,
    studyId,
    ticks: {},
    ownQuestions: [],
    placeholderValues: {},
    documentsReceived: {},
    notes: '',
    updatedAt: now,
  };
}
