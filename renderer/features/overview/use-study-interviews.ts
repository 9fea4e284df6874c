/** The held interviews of a study with what the overview needs of them, as live data. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Interview, StoredTurn } from '../../../shared/interview/interview';
import { database } from '../../db/instance';
import { interviewsOfStudy } from '../../db/interviews';
import { linkedNodesOfStudy } from '../../db/reflections';

export interface StudyInterview {
  interview: Interview;
  turns: Pick<StoredTurn, 'nodeId'>[];
}

/** Interviews past the consent step, oldest first; undefined while loading. */
export function useStudyInterviews(studyId: string): StudyInterview[] | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const held = (await interviewsOfStudy(db, studyId)).filter((i) => i.status !== 'consent');
    const turns = await linkedNodesOfStudy(
      db,
      held.map((i) => i.id),
    );
    return held.map((interview) => ({ interview, turns: turns.get(interview.id) ?? [] }));
  }, [studyId]);
}
