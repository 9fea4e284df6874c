/** The study's flag rules and comparisons as readable rows. */
import { useTranslation } from 'react-i18next';
import { indexTopicList, questionnaireById } from '../../../shared/study/lookup';
import { questionWording } from '../../../shared/preparation/guide';
import type { FlagTarget, Study } from '../../../shared/study/schema';
import { describeCondition } from './describe-condition';

function targetText(study: Study, target: FlagTarget): string {
  const list = study.topicLists.find((l) => l.id === target.topicListId);
  const node = list && indexTopicList(list).get(target.nodeId);
  if (!node) return target.nodeId;
  if (node.kind === 'question') return `${node.topic.label}: ${questionWording(node.question, undefined)}`;
  if (node.kind === 'topic') return node.topic.label;
  return node.section.title;
}

export function RulesView({ study }: { study: Study }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('rules.title')}</h2>
      <p className="hint">{t('rules.unclearNote', { answers: study.unclearAnswers.join('; ') })}</p>
      <table className="plain rules">
        <thead>
          <tr>
            <th scope="col">{t('rules.questionnaire')}</th>
            <th scope="col">{t('rules.when')}</th>
            <th scope="col">{t('rules.raises')}</th>
            <th scope="col">{t('rules.at')}</th>
          </tr>
        </thead>
        <tbody>
          {study.flagRules.map((rule) => (
            <tr key={rule.id}>
              <td>{questionnaireById(study, rule.questionnaireId)?.source ?? rule.questionnaireId}</td>
              <td>{describeCondition(rule.when, t)}</td>
              <td>
                {t(`flags.kind.${rule.kind}`)}
                {rule.strength === 'weak' && ` (${t('flags.weak')})`}
              </td>
              <td>{targetText(study, rule.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('rules.comparisons')}</h2>
      <ul className="plain-list">
        {study.comparisons.map((c) => (
          <li key={c.id}>
            {c.sides
              .map((side) => `${questionnaireById(study, side.questionnaireId)?.source ?? side.questionnaireId} ${side.question}`)
              .join(' ↔ ')}
          </li>
        ))}
      </ul>
    </>
  );
}
