/**
 * Everything the study overview shows, read as one live query: the
 * held interviews as their summaries keep them (never the interview records with their
 * guides and reading orders, nor their turns), the respondents, their questionnaire
 * answers, the codings, the reflections' follow-ups and which automatic codes are shown.
 * One query so the page is laid out once with all its parts, instead of once per part as
 * each of their own queries came in.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AutomaticFamily } from '../../shared/coding/automatic';
import type { Coding } from '../../shared/coding/schema';
import type { Interview, StoredTurn } from '../../shared/interview/interview';
import type { QuestionnaireResponse } from '../../shared/preparation/schema';
import { summarize, type InterviewSummary } from '../../shared/reflection/interview-summary';
import type { Respondent } from '../../shared/respondents/schema';
import { codingsOfStudy } from './codings';
import type { VeldwerkDatabase } from './database';
import { database } from './instance';
import { factsOfEach, summariesOfStudy } from './interview-summaries';
import { responsesOfStudy } from './preparations';
import type { StoredReflection } from './records';
import { reflectionsOfStudy } from './reflections';
import { respondentsOfStudy } from './respondents';
import { automaticFamiliesSetting } from './settings';

/** A held interview as the overview sees it: its summary's view of it and its automatic code counts. */
export type OverviewInterview = Pick<InterviewSummary, 'interviewId' | 'overview' | 'automaticCounts'>;

export interface StudyOverviewData {
  /** Interviews past the consent step, oldest first. */
  interviews: OverviewInterview[];
  respondents: Respondent[];
  responses: QuestionnaireResponse[];
  codings: Coding[];
  reflections: StoredReflection[];
  families: AutomaticFamily[];
}

const byCreation = (a: OverviewInterview, b: OverviewInterview) =>
  a.overview.createdAt - b.overview.createdAt ||
  (a.interviewId < b.interviewId ? -1 : a.interviewId > b.interviewId ? 1 : 0);

export async function studyOverviewData(db: VeldwerkDatabase, studyId: string): Promise<StudyOverviewData> {
  // Side by side, not in one explicit transaction: inside a live query Dexie then answers
  // a query asked again (the overview opened again) from its cache, without reading or
  // decrypting anything, which it does not do inside an explicit transaction. The live
  // query runs again on any change to these tables, so the parts still agree.
  const [summaries, interviewIds, respondents, responses, codings, reflections, families] = await Promise.all([
    summariesOfStudy(db, studyId),
    // Keys only: which interviews exist, to find any without a summary.
    db.interviews.where('studyId').equals(studyId).primaryKeys(),
    respondentsOfStudy(db, studyId),
    responsesOfStudy(db, studyId),
    codingsOfStudy(db, studyId),
    reflectionsOfStudy(db, studyId),
    automaticFamiliesSetting(db, studyId),
  ]);
  const summaryOf = new Map<string, OverviewInterview>(
    summaries.flatMap((s) => (s.overview && s.automaticCounts ? [[s.interviewId, s] as const] : [])),
  );
  // Interviews written outside this layer (an imported project) have no summary yet:
  // only they are read, with their turns, and summarised here.
  const unsummarised = interviewIds.filter((id) => !summaryOf.has(id));
  if (unsummarised.length > 0) {
    const [interviews, turns] = await Promise.all([
      db.interviews.bulkGet(unsummarised) as Promise<(Interview | undefined)[]>,
      db.turns.where('interviewId').anyOf(unsummarised).toArray() as Promise<StoredTurn[]>,
    ]);
    const present = interviews.filter((interview): interview is Interview => interview !== undefined);
    const facts = factsOfEach(present, turns);
    present.forEach((interview, i) => summaryOf.set(interview.id, summarize(interview, facts[i]!)));
  }
  const interviews = interviewIds
    .flatMap((id) => summaryOf.get(id) ?? [])
    .filter((i) => i.overview.status !== 'consent')
    .sort(byCreation);
  return { interviews, respondents, responses, codings, reflections, families };
}

/** The overview's data, live; undefined while loading. */
export function useStudyOverviewData(studyId: string): StudyOverviewData | undefined {
  return useLiveQuery(() => studyOverviewData(database(), studyId), [studyId]);
}
