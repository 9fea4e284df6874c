/** How many respondents each rule flags now, recomputed whenever answers or the study change. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { ruleReach, type RespondentAnswers, type RuleReach } from '../../../shared/design/rule-reach';
import type { Study } from '../../../shared/study/schema';
import { database } from '../../db/instance';

async function answersOf(studyId: string): Promise<RespondentAnswers[]> {
  const db = database();
  const [respondents, responses] = await Promise.all([
    db.respondents.where('studyId').equals(studyId).toArray(),
    db.responses.where('studyId').equals(studyId).toArray(),
  ]);
  const byId = new Map(respondents.map((r) => [r.id, r]));
  return responses.flatMap((response) => {
    const respondent = byId.get(response.id);
    if (!respondent) return [];
    return [
      {
        respondentId: respondent.id,
        typeId: respondent.typeId,
        organisation: respondent.organisation,
        questionnaireId: response.questionnaireId,
        answers: response.answers,
      },
    ];
  });
}

export function useRuleReach(study: Study): { reach: RuleReach; respondents: number } | undefined {
  const answers = useLiveQuery(() => answersOf(study.id), [study.id]);
  return useMemo(
    () => (answers ? { reach: ruleReach(study, answers), respondents: answers.length } : undefined),
    [study, answers],
  );
}
