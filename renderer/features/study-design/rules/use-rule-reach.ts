/** How many respondents each rule flags now, recomputed whenever answers or the study change. */
import { useMemo } from 'react';
import { ruleReach, type RuleReach } from '../../../../shared/design/rule-reach';
import type { Study } from '../../../../shared/study/schema';
import { useAnswersOfStudy } from '../../../data/preparations';

export function useRuleReach(study: Study): { reach: RuleReach; respondents: number } | undefined {
  const answers = useAnswersOfStudy(study.id);
  return useMemo(
    () => (answers ? { reach: ruleReach(study, answers), respondents: answers.length } : undefined),
    [study, answers],
  );
}
