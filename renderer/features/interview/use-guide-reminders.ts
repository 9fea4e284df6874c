/**
 * Topics earlier reflections marked for more attention, as reminders on the topics of an
 * interview's guide: what was open when this interview started, raised by other interviews.
 */
import { useMemo } from 'react';
import type { Interview } from '../../../shared/interview/interview';
import { withWho, type CarriedView } from '../../../shared/reflection/carried-view';
import { attentionAtStart } from '../../../shared/reflection/reflection';
import type { Study } from '../../../shared/study/schema';
import { useStudyReflections } from '../../data/reflections';
import { useRespondents } from '../../ui/use-respondents';

/** By topicKey. */
export function useGuideReminders(study: Study, interview: Interview): Map<string, CarriedView> {
  const { codes } = useRespondents(study);
  const { id, startedAt } = interview;
  const loaded = useStudyReflections(study.id);
  return useMemo(() => {
    if (!loaded) return new Map();
    const carried = attentionAtStart(loaded.reflections, { id, startedAt }, loaded.readAt);
    return new Map(withWho(carried, loaded.respondentOf, codes).map((c) => [c.topicKey, c]));
  }, [loaded, codes, id, startedAt]);
}
