/**
 * A respondent type gets another topic list. The flag rules and comparisons of the
 * type's questionnaire that landed in its old list follow it: to the node with the same
 * id in the new list (a copy of the old one), else to the one with the same wording
 * (same kind: question, topic or section). A rule whose node is not in the new list
 * keeps pointing at the old one (which stays in the study, so nothing is lost and
 * switching back restores it) and is reported, because it no longer reaches the type's
 * respondents. When another type with the same questionnaire still uses the old list,
 * the rules stay: they still serve that type.
 */
import { indexTopicList, type GuideNode } from '../study/lookup';
import type { FlagTarget, Study, TopicList } from '../study/schema';

export interface FollowedTarget {
  kind: 'flagRule' | 'comparison';
  /** The rule's or comparison's id. */
  id: string;
  from: FlagTarget;
  /** Where it points now; absent when the new list has no matching node. */
  to?: FlagTarget;
  /** The wording of the node it pointed at, to name it to the researcher. */
  nodeText: string;
}

export interface TopicListSwitch {
  study: Study;
  moved: FollowedTarget[];
  lost: FollowedTarget[];
}

function nodeText(node: GuideNode): string {
  switch (node.kind) {
    case 'section':
      return node.section.title;
    case 'topic':
      return node.topic.label;
    case 'question':
      return node.question.text || node.question.variants?.[0]?.text || node.question.id;
  }
}

const wording = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The node of `next` that stands where `nodeId` stood in `previous`, if any. */
function matchingNode(previous: TopicList, next: TopicList, nodeId: string): string | undefined {
  const old = indexTopicList(previous).get(nodeId);
  if (!old) return undefined;
  const candidates = indexTopicList(next);
  const sameId = candidates.get(nodeId);
  if (sameId?.kind === old.kind) return nodeId;
  const text = wording(nodeText(old));
  const same = [...candidates].filter(([, node]) => node.kind === old.kind && wording(nodeText(node)) === text);
  // The same wording twice (a probe asked in two topics): the one under the same topic and section.
  const place = (node: GuideNode) =>
    wording(`${node.section.title}\n${node.kind === 'question' ? node.topic.label : ''}`);
  return (same.find(([, node]) => place(node) === place(old)) ?? same[0])?.[0];
}

export function switchTopicList(study: Study, typeId: string, listId: string): TopicListSwitch {
  const type = study.respondentTypes.find((t) => t.id === typeId);
  const previous = study.topicLists.find((l) => l.id === type?.topicListId);
  const next = study.topicLists.find((l) => l.id === listId);
  if (!type || !next) return { study, moved: [], lost: [] };
  const switched = {
    ...study,
    respondentTypes: study.respondentTypes.map((t) => (t.id === typeId ? { ...t, topicListId: listId } : t)),
  };
  const stillServed = study.respondentTypes.some(
    (t) => t.id !== typeId && t.topicListId === previous?.id && t.questionnaireId === type.questionnaireId,
  );
  if (!previous || previous.id === listId || type.questionnaireId === undefined || stillServed)
    return { study: switched, moved: [], lost: [] };

  const moved: FollowedTarget[] = [];
  const lost: FollowedTarget[] = [];
  const oldIndex = indexTopicList(previous);
  const follow = (kind: FollowedTarget['kind'], id: string, questionnaireId: string, target: FlagTarget) => {
    if (questionnaireId !== type.questionnaireId || target.topicListId !== previous.id) return target;
    const node = oldIndex.get(target.nodeId);
    const text = node ? nodeText(node) : target.nodeId;
    const nodeId = matchingNode(previous, next, target.nodeId);
    if (nodeId === undefined) {
      lost.push({ kind, id, from: target, nodeText: text });
      return target;
    }
    const to = { topicListId: next.id, nodeId };
    moved.push({ kind, id, from: target, to, nodeText: text });
    return to;
  };

  return {
    study: {
      ...switched,
      flagRules: switched.flagRules.map((rule) => ({
        ...rule,
        target: follow('flagRule', rule.id, rule.questionnaireId, rule.target),
      })),
      comparisons: switched.comparisons.map((comparison) => ({
        ...comparison,
        sides: comparison.sides.map((side) => ({
          ...side,
          target: follow('comparison', comparison.id, side.questionnaireId, side.target),
        })),
      })),
    },
    moved,
    lost,
  };
}
