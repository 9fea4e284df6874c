/**
 * The study's flag rules and comparisons as readable rows, each with how many of the
 * study's respondents it flags now, and the forms to add, remove and tune them.
 */
import { Fragment, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { comparisonFirings, unclearOutcomes } from '../../../../shared/design/rule-explanations';
import { questionWording } from '../../../../shared/preparation/guide';
import { indexTopicList, questionnaireById } from '../../../../shared/study/lookup';
import type { Comparison, FlagRule, FlagTarget, Study } from '../../../../shared/study/schema';
import { reportInfo } from '../../../ui/notices/notices';
import { describeCondition } from './describe-condition';
import { ComparisonForm, ComparisonWording } from './ComparisonForm';
import { RuleForm } from './RuleForm';
import { saveDesign } from '../save-design';
import { useRuleReach } from './use-rule-reach';

function targetText(study: Study, target: FlagTarget): string {
  const list = study.topicLists.find((l) => l.id === target.topicListId);
  const node = list && indexTopicList(list).get(target.nodeId);
  if (!node) return target.nodeId;
  if (node.kind === 'question') return `${node.topic.label}: ${questionWording(node.question, undefined)}`;
  if (node.kind === 'topic') return node.topic.label;
  return node.section.title;
}

function questionnaireName(study: Study, id: string): string {
  const q = questionnaireById(study, id);
  return q?.source ?? q?.title ?? id;
}

/** What a "don't know" answer raises under this rule, found by running it. */
function UnclearOutcome({ study, rule }: { study: Study; rule: FlagRule }) {
  const { t } = useTranslation();
  const outcomes = unclearOutcomes(study, rule);
  if (outcomes.length === 0) return null;
  return (
    <>
      {outcomes.map((o) => (
        <span key={`${o.questionId}:${o.answer}`} className="rule-explanation muted">
          {t('rules.unclearGives', {
            answer: o.answer,
            question: o.questionId,
            kinds: o.kinds.length > 0 ? o.kinds.map((k) => t(`flags.kind.${k}`)).join(', ') : t('rules.noSignal'),
          })}
        </span>
      ))}
    </>
  );
}

/** Which answers raise the comparison, found by running it over every pair of answers. */
function ComparisonExplanation({ study, comparison }: { study: Study; comparison: Comparison }) {
  const { t } = useTranslation();
  const firings = comparisonFirings(study, comparison);
  const pairs = firings
    .map((f) =>
      t('rules.comparisonPair', {
        answer: f.answer,
        others: f.differsFrom.map((o) => `“${o}”`).join(` ${t('rules.or')} `),
      }),
    )
    .join('; ');
  return (
    <span className="rule-explanation">
      {firings.length > 0 ? t('rules.comparisonFires', { pairs }) : t('rules.comparisonNeverFires')}
    </span>
  );
}

function UnclearAnswers({ study }: { study: Study }) {
  const { t } = useTranslation();
  const [text, setText] = useState(study.unclearAnswers.join('; '));
  const save = async () => {
    const unclearAnswers = text
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean);
    if (await saveDesign({ ...study, unclearAnswers })) reportInfo(t('studyDesign.saved'));
  };
  return (
    <form
      className="inline-add"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        <span>{t('studyDesign.rule.unclearAnswers')}</span>
        <input value={text} onChange={(e) => setText(e.target.value)} size={40} />
      </label>
      <button type="submit">{t('common.save')}</button>
    </form>
  );
}

export function RuleEditor({ study }: { study: Study }) {
  const { t } = useTranslation();
  const counted = useRuleReach(study);
  const [editing, setEditing] = useState<string>();
  const count = (n: number | undefined) =>
    counted === undefined ? '…' : t('studyDesign.rule.reach', { count: n ?? 0, total: counted.respondents });

  return (
    <>
      <h2>{t('rules.title')}</h2>
      <p className="hint">{t('rules.unclearNote', { answers: study.unclearAnswers.join('; ') })}</p>
      <UnclearAnswers key={`unclear:${study.designVersion ?? 0}`} study={study} />
      <table className="plain rules">
        <thead>
          <tr>
            <th scope="col">{t('rules.questionnaire')}</th>
            <th scope="col">{t('rules.when')}</th>
            <th scope="col">{t('rules.raises')}</th>
            <th scope="col">{t('rules.at')}</th>
            <th scope="col">{t('studyDesign.rule.flagsNow')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('studyDesign.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {study.flagRules.map((rule) => (
            <Fragment key={rule.id}>
              <tr>
                <td>{questionnaireName(study, rule.questionnaireId)}</td>
                <td>{describeCondition(rule.when, t)}</td>
                <td>
                  {t(`flags.kind.${rule.kind}`)}
                  {rule.strength === 'weak' && ` (${t('flags.weak')})`}
                  <UnclearOutcome study={study} rule={rule} />
                </td>
                <td>{targetText(study, rule.target)}</td>
                <td className="reach">{count(counted?.reach.byRule.get(rule.id))}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={editing === rule.id}
                    aria-label={t('studyDesign.rule.edit', { rule: describeCondition(rule.when, t) })}
                    onClick={() => setEditing(editing === rule.id ? undefined : rule.id)}
                  >
                    {t('common.edit')}
                  </button>{' '}
                  <button
                    type="button"
                    className="link-button danger"
                    aria-label={t('studyDesign.rule.remove', { rule: describeCondition(rule.when, t) })}
                    onClick={() =>
                      void saveDesign({ ...study, flagRules: study.flagRules.filter((r) => r.id !== rule.id) })
                    }
                  >
                    {t('studyDesign.remove')}
                  </button>
                </td>
              </tr>
              {editing === rule.id && (
                <tr className="rule-edit-row">
                  <td colSpan={6}>
                    <RuleForm study={study} rule={rule} onDone={() => setEditing(undefined)} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {study.flagRules.length === 0 && <p className="empty">{t('studyDesign.rule.none')}</p>}
      {/* Started afresh when questionnaires or lists come or go, so no choice points at nothing. */}
      <RuleForm key={`rule:${study.questionnaires.length}:${study.topicLists.length}`} study={study} />

      <h2>{t('rules.comparisons')}</h2>
      <ul className="plain-list comparisons">
        {study.comparisons.map((c) => (
          <li key={c.id}>
            {c.sides.map((side) => `${questionnaireName(study, side.questionnaireId)} ${side.question}`).join(' ↔ ')}{' '}
            <span className="muted">({count(counted?.reach.byComparison.get(c.id))})</span>{' '}
            <button
              type="button"
              className="link-button danger"
              aria-label={t('studyDesign.comparison.remove', { pair: c.sides.map((s) => s.question).join(' ↔ ') })}
              onClick={() => void saveDesign({ ...study, comparisons: study.comparisons.filter((x) => x.id !== c.id) })}
            >
              {t('studyDesign.remove')}
            </button>
            <ComparisonExplanation study={study} comparison={c} />
            <ComparisonWording key={`${c.id}:${study.designVersion ?? 0}`} study={study} comparison={c} />
          </li>
        ))}
      </ul>
      <ComparisonForm key={`comparison:${study.questionnaires.length}:${study.topicLists.length}`} study={study} />
    </>
  );
}
