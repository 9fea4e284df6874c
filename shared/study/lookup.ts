/** Finding things inside a study design by id. */
import type {
  GuideQuestion,
  Questionnaire,
  QuestionnaireQuestion,
  RespondentType,
  Section,
  Study,
  Topic,
  TopicList,
} from './schema';

export function topicListById(study: Study, id: string): TopicList | undefined {
  return study.topicLists.find((list) => list.id === id);
}

export function questionnaireById(study: Study, id: string | undefined): Questionnaire | undefined {
  return id === undefined ? undefined : study.questionnaires.find((q) => q.id === id);
}

export function respondentTypeById(study: Study, id: string): RespondentType | undefined {
  return study.respondentTypes.find((type) => type.id === id);
}

export function questionnaireQuestion(
  questionnaire: Questionnaire,
  id: string,
): QuestionnaireQuestion | undefined {
  return questionnaire.questions.find((q) => q.id === id);
}

export type GuideNode =
  | { kind: 'section'; section: Section }
  | { kind: 'topic'; section: Section; topic: Topic }
  | { kind: 'question'; section: Section; topic: Topic; question: GuideQuestion };

/** Every section, topic and question of a topic list by id. */
export function indexTopicList(list: TopicList): Map<string, GuideNode> {
  const index = new Map<string, GuideNode>();
  for (const section of list.sections) {
    index.set(section.id, { kind: 'section', section });
    for (const topic of section.topics) {
      index.set(topic.id, { kind: 'topic', section, topic });
      for (const question of topic.questions) {
        index.set(question.id, { kind: 'question', section, topic, question });
      }
    }
  }
  return index;
}

/** "V17" for numbered questions, otherwise the question's own text. */
export function questionLabel(question: QuestionnaireQuestion): string {
  return question.number !== undefined ? `V${question.number}` : question.text;
}
