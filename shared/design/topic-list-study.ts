/**
 * A topic list in its study: what else in the design points at its nodes (so removing
 * one cannot silently break a follow-up rule), putting an edited list back, a new list
 * for a respondent type, and removing a list nothing uses any more.
 */
import type { FlagRule, Study, TopicList } from '../study/schema';
import { switchTopicList, type TopicListSwitch } from './switch-topic-list';

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

/**
 * Adds `list` and makes it the topic list of respondent type `typeId`; the type's old
 * list stays in the study, and the type's rules follow to the new list where it has
 * their node (switch-topic-list.ts says which moved and which did not).
 */
export function addTopicListForType(study: Study, typeId: string, list: TopicList): TopicListSwitch {
  if (study.topicLists.some((l) => l.id === list.id) || !study.respondentTypes.some((t) => t.id === typeId))
    return { study, moved: [], lost: [] };
  return switchTopicList({ ...study, topicLists: [...study.topicLists, list] }, typeId, list.id);
}

/** Something in the design that needs a topic list, so the list cannot go. */
export type TopicListUse =
  | { kind: 'respondentType' | 'fallback'; typeName: string }
  | { kind: 'flagRule'; rule: FlagRule }
  | { kind: 'comparison'; comparisonId: string }
  | { kind: 'onlyList' };

/** Everything in the design that uses list `listId`; empty when it can be removed. */
export function usesOfTopicList(study: Study, listId: string): TopicListUse[] {
  const uses: TopicListUse[] = [];
  for (const type of study.respondentTypes) {
    if (type.topicListId === listId) uses.push({ kind: 'respondentType', typeName: type.name });
    if (type.fallbackTopicListId === listId) uses.push({ kind: 'fallback', typeName: type.name });
  }
  for (const rule of study.flagRules) if (rule.target.topicListId === listId) uses.push({ kind: 'flagRule', rule });
  for (const comparison of study.comparisons)
    if (comparison.sides.some((side) => side.target.topicListId === listId))
      uses.push({ kind: 'comparison', comparisonId: comparison.id });
  if (study.topicLists.length === 1 && study.topicLists[0]!.id === listId) uses.push({ kind: 'onlyList' });
  return uses;
}

/** The study without list `listId`, or unchanged while anything still uses it. */
export function removeTopicList(study: Study, listId: string): Study {
  if (usesOfTopicList(study, listId).length > 0) return study;
  return { ...study, topicLists: study.topicLists.filter((list) => list.id !== listId) };
}
