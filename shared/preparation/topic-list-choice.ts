/**
 * Which topic list an interview uses. The respondent type names its list; a respondent
 * who returned no questionnaire gets the type's fallback (5.3 "nood") in the type's role
 * variant. A list picked by hand in the preparation always wins.
 */
import type { RespondentType } from '../study/schema';
import type { Preparation } from './schema';

export interface TopicListChoice {
  topicListId: string;
  /** The role whose question variants apply ("BELEIDSMEDEWERKER"). */
  role?: string;
  reason: 'chosen' | 'questionnaire' | 'noQuestionnaire' | 'type';
}

export function chooseTopicList(
  type: RespondentType,
  hasAnswers: boolean,
  preparation?: Pick<Preparation, 'topicListId'>,
): TopicListChoice {
  const role = type.role;
  if (preparation?.topicListId) {
    const isFallback = preparation.topicListId === type.fallbackTopicListId;
    return { topicListId: preparation.topicListId, role: isFallback ? (type.fallbackRole ?? role) : role, reason: 'chosen' };
  }
  if (!type.questionnaireId) return { topicListId: type.topicListId, role, reason: 'type' };
  if (hasAnswers) return { topicListId: type.topicListId, role, reason: 'questionnaire' };
  if (type.fallbackTopicListId) {
    return { topicListId: type.fallbackTopicListId, role: type.fallbackRole ?? role, reason: 'noQuestionnaire' };
  }
  return { topicListId: type.topicListId, role, reason: 'type' };
}
