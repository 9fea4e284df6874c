/**
 * Where a guide node sits: the section (and topic) of a question, topic or section id.
 * Turns are linked to a question or a topic by id; coverage and time per section need
 * to go from that id to its topic and section.
 */
import type { GuideSnapshot } from '../interview/interview';

export interface NodePlace {
  sectionId: string;
  /** Absent when the node is the section itself. */
  topicId?: string;
  /** Present when the node is a question. */
  questionId?: string;
}

export function guidePlaces(guide: GuideSnapshot): ReadonlyMap<string, NodePlace> {
  const places = new Map<string, NodePlace>();
  for (const section of guide.sections) {
    places.set(section.id, { sectionId: section.id });
    for (const topic of section.topics) {
      places.set(topic.id, { sectionId: section.id, topicId: topic.id });
      for (const question of topic.questions) {
        places.set(question.id, { sectionId: section.id, topicId: topic.id, questionId: question.id });
      }
    }
  }
  return places;
}
