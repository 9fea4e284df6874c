/**
 * Topics that earlier reflections in the study marked for more attention and nobody
 * cleared yet, with who raised them: shown at the top of every preparation and on the
 * topics themselves.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import i18next from 'i18next';
import { useMemo } from 'react';
import { carriedForward, type CarriedTopic } from '../../../shared/reflection/reflection';
import { guarded, reportInfo } from '../../app/notices';
import { database } from '../../db/instance';
import { interviewsOfStudy } from '../../db/interviews';
import { clearCarriedTopic, reflectionsOfStudy } from '../../db/reflections';

export interface CarriedView extends CarriedTopic {
  /** "BA, MOIJ": the respondent codes of the interviews that raised it, newest first. */
  who: string;
  /** Each raising interview's note, with the respondent code it came from. */
  notes: { who: string; note: string }[];
}

export function useCarriedTopics(studyId: string, codes: Map<string, string>): CarriedView[] {
  const loaded = useLiveQuery(async () => {
    const db = database();
    const [reflections, interviews] = await Promise.all([
      reflectionsOfStudy(db, studyId),
      interviewsOfStudy(db, studyId),
    ]);
    const carried = carriedForward(reflections, Date.now());
    return { carried, respondentOf: new Map(interviews.map((i) => [i.id, i.respondentId])) };
  }, [studyId]);
  return useMemo(() => (loaded ? withWho(loaded.carried, loaded.respondentOf, codes) : []), [loaded, codes]);
}

/** Names who raised each topic by respondent code ("BA, MOIJ"), newest first. */
export function withWho(
  carried: readonly CarriedTopic[],
  respondentOf: ReadonlyMap<string, string>,
  codes: ReadonlyMap<string, string>,
): CarriedView[] {
  const codeOf = (interviewId: string) => codes.get(respondentOf.get(interviewId) ?? '') ?? '?';
  return carried.map((topic) => {
    const who = [...new Set(topic.raisedBy.map((r) => codeOf(r.interviewId)))];
    const notes = topic.raisedBy.flatMap((r) => (r.note ? [{ who: codeOf(r.interviewId), note: r.note }] : []));
    return { ...topic, who: who.join(', '), notes };
  });
}

export async function clearCarried(studyId: string, topic: CarriedTopic): Promise<void> {
  const ok = await guarded(
    () => clearCarriedTopic(database(), studyId, topic.topicKey, Date.now()),
    i18next.t('errors.saveFailed'),
  );
  if (ok) reportInfo(i18next.t('carry.cleared', { topic: topic.label }));
}
