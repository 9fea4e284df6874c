/**
 * A topic list in its study: what else in the design points at its nodes (so removing
 * one cannot silently break a follow-up rule), putting an edited list back, and a new
 * list for a respondent type.
 */
import type { Study, TopicList } from '../study/schema';

export interface NodeReference {
  kind: 'flagRule' | 'comparison';
  /** The rule's or comparison's id. */
  id: string;
  nodeId: string;
}

/** Rules and comparisons that land on any of `nodeIds` in list `topicListId`. */
export function referencesTo(study: Study, topicListId: string, nodeIds: readonly string[]): NodeReference[] {
  const wanted = new Set(nodeIds);
  const hits = (target: { topicListId: string; nodeId: string }) =>
    target.topicListId === topicListId && wanted.has(target.nodeId);
  return [
    ...study.flagRules
      .filter((rule) => hits(rule.target))
      .map((rule) => ({ kind: 'flagRule' as const, id: rule.id, nodeId: rule.target.nodeId })),
    ...study.comparisons.flatMap((comparison) =>
      comparison.sides
        .filter((side) => hits(side.target))
        .map((side) => ({ kind: 'comparison' as const, id: comparison.id, nodeId: side.target.nodeId })),
    ),
  ];
}

export function withTopicList(study: Study, list: TopicList): Study {
  return { ...study, topicLists: study.topicLists.map((existing) => (existing.id === list.id ? list : existing)) };
}

/** Adds `list` and makes it the topic list of respondent type `typeId`; the type's old list stays in the study. */
export function addTopicListForType(study: Study, typeId: string, list: TopicList): Study {
  if (study.topicLists.some((l) => l.id === list.id) || !study.respondentTypes.some((t) => t.id === typeId))
    return study;
  return {
    ...study,
    topicLists: [...study.topicLists, list],
    respondentTypes: study.respondentTypes.map((type) =>
      type.id === typeId ? { ...type, topicListId: list.id } : type,
    ),
  };
}
