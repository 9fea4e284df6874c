/**
 * Removing a topic list from the design. Refused, with every use named, while a
 * respondent type, rule, comparison or a preparation still uses it: each of those would
 * otherwise point at nothing. Interviews already held keep their own copy of the guide.
 */
import { useTranslation } from '../../../i18n/react';
import type { TFunction } from '../../../i18n';
import { removeTopicList, usesOfTopicList, type TopicListUse } from '../../../../shared/design/topic-list-study';
import type { Study, TopicList } from '../../../../shared/study/schema';
import { guarded, reportError, reportInfo } from '../../../ui/notices/notices';
import { database } from '../../../data/instance';
import { preparationsChoosing } from '../../../data/preparations';
import { saveStudy } from '../../../data/studies';
import { dropJournal } from '../../../data/topic-list-journal';
import { describeCondition } from '../rules/describe-condition';

function describeUse(use: TopicListUse, t: TFunction): string {
  switch (use.kind) {
    case 'respondentType':
      return t('topicLists.usedByType', { type: use.typeName });
    case 'fallback':
      return t('topicLists.usedAsFallback', { type: use.typeName });
    case 'flagRule':
      return t('topicLists.usedByRule', { rule: describeCondition(use.rule.when, t) });
    case 'comparison':
      return t('topicLists.usedByComparison', { id: use.comparisonId });
    case 'onlyList':
      return t('topicLists.onlyList');
  }
}

export function RemoveTopicListButton({ study, list }: { study: Study; list: TopicList }) {
  const { t } = useTranslation();
  const remove = async () => {
    const db = database();
    const reasons = usesOfTopicList(study, list.id).map((use) => describeUse(use, t));
    const chosen = await preparationsChoosing(db, study.id, list.id);
    if (chosen > 0) reasons.push(t('topicLists.chosenInPreparations', { count: chosen }));
    if (reasons.length > 0) return reportError(t('topicLists.removeListBlocked', { title: list.title }), reasons);
    if (!window.confirm(t('topicLists.confirmRemoveList', { title: list.title }))) return;
    if (await guarded(() => saveStudy(db, removeTopicList(study, list.id)), t('errors.saveFailed'))) {
      dropJournal(study.id, list.id);
      reportInfo(t('topicLists.listRemoved', { title: list.title }));
    }
  };
  return (
    <button
      type="button"
      className="link-button danger"
      aria-label={t('topicLists.removeList', { title: list.title })}
      onClick={() => void remove()}
    >
      {t('topicLists.remove')}
    </button>
  );
}
