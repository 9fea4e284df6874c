/**
 * What the study search indexes: one document per turn of every held interview, with
 * the attributes its filters ask about (the respondent's type and municipality, the
 * speaker) and every code on the turn, the researcher's and the automatic ones.
 */
import { automaticCodings } from '../coding/automatic';
import type { Coding } from '../coding/schema';
import { turnsInOrder } from '../export/find-in-interviews';
import type { Interview, StoredTurn } from '../interview/interview';
import { normaliseOrganisation } from '../respondents/schema';
import type { SearchDoc } from './study-search';

export interface SearchRespondent {
  id: string;
  typeId: string;
  organisation: string;
}

export function studySearchDocs(
  interviews: readonly Interview[],
  turns: readonly StoredTurn[],
  respondents: readonly SearchRespondent[],
  codings: readonly Pick<Coding, 'interviewId' | 'turnId' | 'codeId'>[],
): SearchDoc[] {
  const respondentOf = new Map(respondents.map((r) => [r.id, r]));
  const turnsOf = new Map<string, StoredTurn[]>();
  for (const turn of turns) {
    const list = turnsOf.get(turn.interviewId);
    if (list) list.push(turn);
    else turnsOf.set(turn.interviewId, [turn]);
  }
  const codesOf = new Map<string, Set<string>>();
  const addCode = (turnId: string, codeId: string) => {
    const codes = codesOf.get(turnId) ?? new Set<string>();
    codes.add(codeId);
    codesOf.set(turnId, codes);
  };
  for (const coding of codings) addCode(coding.turnId, coding.codeId);
  const docs: SearchDoc[] = [];
  for (const interview of interviews) {
    const respondent = respondentOf.get(interview.respondentId);
    const own = turnsInOrder(interview, turnsOf.get(interview.id) ?? []);
    for (const auto of automaticCodings(interview, own)) addCode(auto.turnId, auto.codeId);
    own.forEach((turn, position) => {
      if (turn.text.trim() === '') return;
      docs.push({
        id: turn.id,
        interviewId: interview.id,
        respondentId: interview.respondentId,
        text: turn.text,
        speaker: turn.speaker,
        respondentType: respondent?.typeId ?? '',
        municipality: respondent ? normaliseOrganisation(respondent.organisation) : '',
        codeIds: [...(codesOf.get(turn.id) ?? [])].sort(),
        position,
      });
    });
  }
  return docs;
}
