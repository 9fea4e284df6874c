/**
 * Everything the preparation screen shows for one respondent, as live data: the
 * respondent, their answers, their preparation, the answers of colleagues in the same
 * organisation (for the comparisons), and the flags and guide that follow from them.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { computeFlags, type Flag, type PeerAnswers } from '../../../shared/flags/engine';
import { expectedDocuments, type ExpectedDocument } from '../../../shared/preparation/documents';
import { buildGuide, flagsOutsideList, type GuideSectionView } from '../../../shared/preparation/guide';
import type { Preparation, QuestionnaireResponse } from '../../../shared/preparation/schema';
import { chooseTopicList, type TopicListChoice } from '../../../shared/preparation/topic-list-choice';
import type { Respondent } from '../../../shared/respondents/schema';
import { questionnaireById, respondentTypeById, topicListById } from '../../../shared/study/lookup';
import type { Questionnaire, RespondentType, Study, TopicList } from '../../../shared/study/schema';
import { database } from '../../db/instance';
import { colleaguesOf } from '../../db/respondents';

export interface PreparationData {
  respondent: Respondent;
  type: RespondentType;
  questionnaire?: Questionnaire;
  response?: QuestionnaireResponse;
  preparation?: Preparation;
  choice: TopicListChoice;
  topicList: TopicList;
  flags: Flag[];
  flagsElsewhere: Flag[];
  guide: GuideSectionView[];
  documents: ExpectedDocument[];
}

interface Loaded {
  respondent: Respondent;
  response?: QuestionnaireResponse;
  preparation?: Preparation;
  peers: PeerAnswers[];
}

async function load(respondentId: string): Promise<Loaded | null> {
  const db = database();
  const respondent = await db.respondents.get(respondentId);
  if (!respondent) return null;
  const [response, preparation, colleagues] = await Promise.all([
    db.responses.get(respondentId),
    db.preparations.get(respondentId),
    colleaguesOf(db, respondent),
  ]);
  const peerResponses = await db.responses.bulkGet(colleagues.map((c) => c.id));
  const peers = colleagues.flatMap((colleague, i) => {
    const peer = peerResponses[i];
    return peer ? [{ respondentTypeId: colleague.typeId, questionnaireId: peer.questionnaireId, answers: peer.answers }] : [];
  });
  return { respondent, response, preparation, peers };
}

/** undefined while loading, null when the respondent does not exist (any more). */
export function usePreparation(study: Study, respondentId: string): PreparationData | null | undefined {
  const loaded = useLiveQuery(() => load(respondentId), [respondentId]);
  return useMemo(() => {
    if (loaded === undefined) return undefined;
    if (loaded === null) return null;
    const { respondent, response, preparation, peers } = loaded;
    const type = respondentTypeById(study, respondent.typeId);
    if (!type) return null;
    const questionnaire = questionnaireById(study, type.questionnaireId);
    const answers = response && questionnaire && response.questionnaireId === questionnaire.id ? response.answers : undefined;
    const hasAnswers = answers !== undefined && Object.keys(answers).length > 0;
    const choice = chooseTopicList(type, hasAnswers, preparation);
    const topicList = topicListById(study, choice.topicListId) ?? study.topicLists[0]!;
    const flags = questionnaire && answers ? computeFlags({ study, questionnaire, answers, peers }) : [];
    return {
      respondent,
      type,
      questionnaire,
      response,
      preparation,
      choice,
      topicList,
      flags,
      flagsElsewhere: flagsOutsideList(topicList, flags),
      guide: buildGuide(topicList, { role: choice.role, flags, preparation }),
      documents: questionnaire && answers ? expectedDocuments(questionnaire, answers) : [],
    };
  }, [loaded, study]);
}
