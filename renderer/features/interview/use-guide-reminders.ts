/**
 * Topics earlier reflections marked for more attention, as reminders on the topics of an
 * interview's guide: what was open when this interview started, raised by other interviews.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Interview } from '../../../shared/interview/interview';
import { attentionAtStart } from '../../../shared/reflection/reflection';
import type { Study } from '../../../shared/study/schema';
import { database } from '../../db/instance';
import { interviewsOfStudy } from '../../db/interviews';
import { reflectionsOfStudy } from '../../db/reflections';
import { withWho, type CarriedView } from '../preparation/use-carried-topics';
import { useRespondents } from '../respondents/use-respondents';

/** By topicKey. */
export function useGuideReminders(study: Study, interview: Interview): Map<string, CarriedView> {
  const { codes } = useRespondents(study);
  const { id, startedAt } = interview;
  const loaded = useLiveQuery(async () => {
    const db = database();
    const [reflections, interviews] = await Promise.all([
      reflectionsOfStudy(db, study.id),
      interviewsOfStudy(db, study.id),
    ]);
    return {
      carried: attentionAtStart(reflections, { id, startedAt }, Date.now()),
      respondentOf: new Map(interviews.map((i) => [i.id, i.respondentId])),
    };
  }, [study.id, id, startedAt]);
  return useMemo(
    () => new Map(loaded ? withWho(loaded.carried, loaded.respondentOf, codes).map((c) => [c.topicKey, c]) : []),
    [loaded, codes],
  );
}
