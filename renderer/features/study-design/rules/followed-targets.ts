/** The rules that followed a respondent type to its new topic list, and those that could not, in words. */
import type { TFunction } from '../../../i18n';
import type { FollowedTarget, TopicListSwitch } from '../../../../shared/design/switch-topic-list';
import type { Study } from '../../../../shared/study/schema';
import { describeCondition } from './describe-condition';

export function describeFollowed(study: Study, followed: FollowedTarget, t: TFunction): string {
  const rule = followed.kind === 'flagRule' ? study.flagRules.find((r) => r.id === followed.id) : undefined;
  const what = rule
    ? t('studyDesign.followed.rule', { condition: describeCondition(rule.when, t) })
    : t('studyDesign.followed.comparison', { id: followed.id });
  return `${what} → “${followed.nodeText}”`;
}

/** The notice after a switch: how many moved along, and each one left behind. */
export function followedSummary(
  outcome: TopicListSwitch,
  typeName: string,
  listTitle: string,
  t: TFunction,
): { moved?: string; lost?: { message: string; details: string[] } } {
  return {
    ...(outcome.moved.length > 0 && {
      moved: t('studyDesign.followed.moved', { count: outcome.moved.length, type: typeName, list: listTitle }),
    }),
    ...(outcome.lost.length > 0 && {
      lost: {
        message: t('studyDesign.followed.lost', { count: outcome.lost.length, type: typeName, list: listTitle }),
        details: outcome.lost.map((l) => describeFollowed(outcome.study, l, t)),
      },
    }),
  };
}
