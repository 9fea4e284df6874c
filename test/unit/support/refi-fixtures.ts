/** Respondents and held interviews for the tests (REFI-QDA export, import and audio; record soundness). */
import type { InterviewForExport } from '../../../shared/export';
import type { Interview } from '../../../shared/interview/interview';
import type { Turn } from '../../../shared/interview/turn';
import type { Respondent } from '../../../shared/respondents/schema';
import type { Study } from '../../../shared/study/schema';

export const START = Date.UTC(2017, 3, 3, 8, 0);

export function respondentOf(study: Study, id: string, name: string, typeId: string, organisation: string): Respondent {
  return {
    id,
    studyId: study.id,
    name,
    typeId,
    organisation,
    function: '',
    email: '',
    phone: '',
    notes: '',
    createdAt: 1,
    updatedAt: 1,
  };
}

/** Turns `${id}-t0`, `${id}-t1`, … one millisecond apart. */
export function turnsOf(id: string, texts: [Turn['speaker'], string][]): Turn[] {
  return texts.map(([speaker, text], i) => ({ id: `${id}-t${i}`, speaker, text, startedAt: START + i }));
}

/** An ended one-hour interview with these turns, as the exports take it. */
export function heldInterview(
  study: Study,
  id: string,
  who: Respondent,
  turns: Turn[],
  code: string,
): InterviewForExport {
  const interview: Interview = {
    id,
    studyId: study.id,
    respondentId: who.id,
    guide: { topicListId: 'tl', topicListTitle: 'Topiclijst', sections: [] },
    status: 'ended',
    startedAt: START,
    endedAt: START + 3_600_000,
    pauses: [],
    askedByHand: [],
    notAskedByHand: [],
    turnOrder: turns.map((t) => t.id),
    createdAt: START,
    updatedAt: START,
  };
  return { interview, turns, respondent: who, code };
}
