/** Which respondents' questionnaire answers are in: the first screen's mark, apart from preparations.ts. */
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from './instance';

/** Ids of the study's respondents whose questionnaire answers are in. */
export function useRespondentsWithAnswers(studyId: string): Set<string> | undefined {
  return useLiveQuery(
    async () => new Set(await database().responses.where('studyId').equals(studyId).primaryKeys()),
    [studyId],
  );
}
