/** The respondents of a study with their codes, as live data. */
import { useMemo } from 'react';
import { deriveCodes } from '../../shared/respondents/code-scheme';
import type { Respondent } from '../../shared/respondents/schema';
import type { Study } from '../../shared/study/schema';
import { useRespondentsOfStudy } from '../data/respondents';

export function useRespondents(study: Study): { respondents: Respondent[] | undefined; codes: Map<string, string> } {
  const respondents = useRespondentsOfStudy(study.id);
  const codes = useMemo(() => deriveCodes(study, respondents ?? []), [study, respondents]);
  return { respondents, codes };
}
