/**
 * Everything a preparation shows for one respondent, assembled from what is stored: the
 * topic list chosen for their type and answers, the flags their answers (and their
 * colleagues' answers) raise, the guide with those flags in place, and the documents
 * their answers point to.
 */
import { computeFlags, type Flag, type PeerAnswers } from '../flags/engine';
import type { Respondent } from '../respondents/schema';
import { questionnaireById, respondentTypeById, topicListById } from '../study/lookup';
import type { Questionnaire, RespondentType, Study, TopicList } from '../study/schema';
import { expectedDocuments, type ExpectedDocument } from './documents';
import { buildGuide, flagsOutsideList, type GuideSectionView } from './guide';
import type { Preparation, QuestionnaireResponse } from './schema';
import { chooseTopicList, type TopicListChoice } from './topic-list-choice';

/** What is stored about one respondent's preparation. */
export interface PreparationRecords {
  respondent: Respondent;
  response?: QuestionnaireResponse;
  preparation?: Preparation;
  peers: PeerAnswers[];
}

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

/** null when the respondent's type is no longer in the study. */
export function assemblePreparation(study: Study, records: PreparationRecords): PreparationData | null {
  const { respondent, response, preparation, peers } = records;
  const type = respondentTypeById(study, respondent.typeId);
  if (!type) return null;
  const questionnaire = questionnaireById(study, type.questionnaireId);
  // Answers to another questionnaire (the type changed since) raise nothing here.
  const answers =
    response && questionnaire && response.questionnaireId === questionnaire.id ? response.answers : undefined;
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
}
