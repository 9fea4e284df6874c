/**
 * An interview with its summary, read once for the reflection (text still being saved
 * is written first). Of the turns themselves only the interviewer's are read, for the
 * list of questions to label.
 */
import { useEffect, useState } from 'react';
import type { Interview } from '../../../shared/interview/interview';
import { classifiedTurns, type InterviewSummary } from '../../../shared/reflection/interview-summary';
import type { ClassifiedTurn } from '../../../shared/reflection/question-share';
import { database } from '../../data/instance';
import { loadSummarisedInterview, textsOfTurns } from '../../data/interview-summaries';
import { flushPendingWrites } from '../../data/pending-writes';

export interface HeldInterview {
  interview: Interview;
  summary: InterviewSummary;
  /** The interviewer's turns in reading order, with the classifier's verdict. */
  questions: ClassifiedTurn[];
}

async function loadHeld(interviewId: string): Promise<HeldInterview | null> {
  await flushPendingWrites();
  const db = database();
  const loaded = await loadSummarisedInterview(db, interviewId);
  if (!loaded) return null;
  const { interview, summary, facts } = loaded;
  const interviewerIds = Object.keys(facts).filter((id) => facts[id]!.speaker === 'interviewer');
  const texts = await textsOfTurns(db, interviewerIds);
  const questions = classifiedTurns(interview.turnOrder, facts, (id) => texts.get(id) ?? '');
  return { interview, summary, questions };
}

/** undefined while loading, null when the interview does not exist. */
export function useHeldInterview(interviewId: string): HeldInterview | null | undefined {
  const [held, setHeld] = useState<{ id: string; value: HeldInterview | null }>();
  useEffect(() => {
    let live = true;
    void loadHeld(interviewId).then((value) => {
      if (live) setHeld({ id: interviewId, value });
    });
    return () => {
      live = false;
    };
  }, [interviewId]);
  return held?.id === interviewId ? held.value : undefined;
}
