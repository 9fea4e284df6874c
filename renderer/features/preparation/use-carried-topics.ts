/**
 * Topics that earlier reflections in the study marked for more attention and nobody
 * cleared yet, with who raised them: shown at the top of every preparation and on the
 * topics themselves.
 */
import { i18n } from '../../i18n';
import { useMemo } from 'react';
import { withWho, type CarriedView } from '../../../shared/reflection/carried-view';
import { carriedForward, type CarriedTopic } from '../../../shared/reflection/reflection';
import { database } from '../../data/instance';
import { clearCarriedTopic, useStudyReflections } from '../../data/reflections';
import { guarded, reportInfo } from '../../ui/notices/notices';

export type { CarriedView };

export function useCarriedTopics(studyId: string, codes: Map<string, string>): CarriedView[] {
  const loaded = useStudyReflections(studyId);
  return useMemo(
    () => (loaded ? withWho(carriedForward(loaded.reflections, loaded.readAt), loaded.respondentOf, codes) : []),
    [loaded, codes],
  );
}

export async function clearCarried(studyId: string, topic: CarriedTopic): Promise<void> {
  const ok = await guarded(
    () => clearCarriedTopic(database(), studyId, topic.topicKey, Date.now()),
    i18n.t('errors.saveFailed'),
  );
  if (ok) reportInfo(i18n.t('carry.cleared', { topic: topic.label }));
}
