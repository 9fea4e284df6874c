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
import { DamagedInterviewError } from '../../data/damaged-interview-error';
import { loadSummarisedInterview, textsOfTurns } from '../../data/interview-summaries';
import { flushPendingWrites } from '../../data/pending-writes';
import { reflectionProblems } from '../../data/reflections';

export interface HeldInterview {
  interview: Interview;
  summary: InterviewSummary;
  /** The interviewer's turns in reading order, with the classifier's verdict. */
  questions: ClassifiedTurn[];
}

async function loadHeld(interviewId: string): Promise<HeldInterview | DamagedHeld | null> {
  await flushPendingWrites();
  const db = database();
  // A damaged reflection is not handed to the editor, whose first save would write over it.
  const damagedReflection = await reflectionProblems(db, interviewId);
  if (damagedReflection.length > 0) return { damaged: damagedReflection };
  const loaded = await loadSummarisedInterview(db, interviewId);
  if (!loaded) return null;
  const { interview, summary, facts } = loaded;
  const interviewerIds = Object.keys(facts).filter((id) => facts[id]!.speaker === 'interviewer');
  const texts = await textsOfTurns(db, interviewerIds);
  const questions = classifiedTurns(interview.turnOrder, facts, (id) => texts.get(id) ?? '');
  return { interview, summary, questions };
}

/** The stored interview cannot be read as it is: what is wrong (its own screen offers what can be done). */
export interface DamagedHeld {
  damaged: string[];
}

/** undefined while loading, null when the interview does not exist. */
export function useHeldInterview(interviewId: string): HeldInterview | DamagedHeld | null | undefined {
  const [held, setHeld] = useState<{ id: string; value: HeldInterview | DamagedHeld | null }>();
  useEffect(() => {
    let live = true;
    loadHeld(interviewId).then(
      (value) => {
        if (live) setHeld({ id: interviewId, value });
      },
      // Never "loading" for ever: whatever stops the read is named.
      (error: unknown) => {
        if (!live) return;
        const problems =
          error instanceof DamagedInterviewError
            ? error.problems
            : [String((error as Error)?.message ?? error).slice(0, 300)];
        setHeld({ id: interviewId, value: { damaged: problems } });
      },
    );
    return () => {
      live = false;
    };
  }, [interviewId]);
  return held?.id === interviewId ? held.value : undefined;
}
