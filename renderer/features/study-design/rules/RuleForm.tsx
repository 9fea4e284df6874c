/**
 * A flag rule built as a readable sentence: when … then raise … at … Either a new rule,
 * or (given `rule`) an existing one opened with its values, saved over it in its place.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { uniqueId } from '../../../../shared/design/new-study';
import {
  conditionFields,
  EMPTY_CONDITION,
  replaceRule,
  type FormConditionType,
} from '../../../../shared/design/rule-edit';
import { questionLabel } from '../../../../shared/study/lookup';
import type { Condition, FlagKind, FlagRule, FlagTarget, Study } from '../../../../shared/study/schema';
import { reportInfo } from '../../../ui/notices/notices';
import { describeCondition } from './describe-condition';
import { saveDesign } from '../save-design';
import { TargetPicker } from './TargetPicker';

const KINDS: FlagKind[] = ['followUp', 'unclear', 'context', 'striking'];

export function RuleForm({ study, rule, onDone }: { study: Study; rule?: FlagRule; onDone?: () => void }) {
  const { t } = useTranslation();
  // A condition the form cannot show ("any of …") is kept as it is; the rest of the rule can still change.
  const fields = rule ? conditionFields(rule.when) : EMPTY_CONDITION;
  const [questionnaireId, setQuestionnaireId] = useState(rule?.questionnaireId ?? study.questionnaires[0]?.id ?? '');
  const [type, setType] = useState<FormConditionType>(fields?.type ?? 'answerIn');
  const [question, setQuestion] = useState(fields?.question ?? '');
  const [values, setValues] = useState<string[]>(fields?.values ?? []);
  const [other, setOther] = useState(fields?.other ?? '');
  const [steps, setSteps] = useState(fields?.steps ?? 2);
  const [kind, setKind] = useState<FlagKind>(rule?.kind ?? 'followUp');
  const [strength, setStrength] = useState<'strong' | 'weak'>(rule?.strength ?? 'strong');
  const [target, setTarget] = useState<FlagTarget>(
    rule?.target ?? { topicListId: study.topicLists[0]!.id, nodeId: '' },
  );
  const [note, setNote] = useState(rule?.note ?? '');
  const [problem, setProblem] = useState<string>();
  // An existing rule opens under its row: the keyboard lands in it, not back at the top of the table.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (rule) form.current?.querySelector<HTMLElement>('select, input')?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const title = rule
    ? t('studyDesign.rule.editTitle', { rule: describeCondition(rule.when, t) })
    : t('studyDesign.rule.newTitle');

  const questionnaire = study.questionnaires.find((q) => q.id === questionnaireId);
  if (!questionnaire) return <p className="hint">{t('studyDesign.rule.noQuestionnaire')}</p>;
  const chosen = questionnaire.questions.find((q) => q.id === question);
  const withOptions = questionnaire.questions.filter((q) => q.options.length > 0);

  const condition = (): Condition | string => {
    if (rule && !fields) return rule.when;
    if (!question) return t('studyDesign.rule.pickQuestion');
    if (type === 'answerIn') return values.length ? { type, question, values } : t('studyDesign.rule.pickAnswers');
    if (type === 'stepDifference') {
      if (!other || other === question) return t('studyDesign.rule.pickSecond');
      return { type, a: question, b: other, atLeast: steps };
    }
    return { type, question };
  };

  const save = async () => {
    const when = condition();
    if (typeof when === 'string') return setProblem(when);
    if (!target.nodeId) return setProblem(t('studyDesign.rule.pickTarget'));
    setProblem(undefined);
    const saved: FlagRule = {
      id:
        rule?.id ??
        uniqueId(
          `regel-${study.flagRules.length + 1}`,
          study.flagRules.map((r) => r.id),
        ),
      questionnaireId,
      when,
      kind,
      strength,
      target,
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    const next = rule ? replaceRule(study, saved) : { ...study, flagRules: [...study.flagRules, saved] };
    if (!(await saveDesign(next))) return;
    reportInfo(t(rule ? 'studyDesign.rule.saved' : 'studyDesign.rule.added'));
    if (onDone) return onDone();
    setValues([]);
    setNote('');
  };

  return (
    <form
      ref={form}
      className="card rule-form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{title}</h3>
      {rule && !fields ? (
        <p className="hint">{t('studyDesign.rule.conditionKept', { condition: describeCondition(rule.when, t) })}</p>
      ) : (
        <>
          <div className="form-grid">
            <label>
              <span>{t('rules.questionnaire')}</span>
              <select
                value={questionnaireId}
                onChange={(e) => {
                  setQuestionnaireId(e.target.value);
                  setQuestion('');
                  setValues([]);
                }}
              >
                {study.questionnaires.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('studyDesign.rule.conditionType')}</span>
              <select value={type} onChange={(e) => setType(e.target.value as FormConditionType)}>
                {(['answerIn', 'stepDifference', 'hasOtherText'] as const).map((c) => (
                  <option key={c} value={c}>
                    {t(`studyDesign.rule.type.${c}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{type === 'stepDifference' ? t('studyDesign.rule.firstQuestion') : t('studyDesign.rule.question')}</span>
              <select
                value={question}
                onChange={(e) => {
                  setQuestion(e.target.value);
                  setValues([]);
                }}
              >
                <option value="">{t('studyDesign.rule.chooseQuestion')}</option>
                {(type === 'hasOtherText' ? questionnaire.questions : withOptions).map((q) => (
                  <option key={q.id} value={q.id}>
                    {`${questionLabel(q) === q.text ? '' : `${questionLabel(q)}. `}${q.text}`}
                  </option>
                ))}
              </select>
            </label>
            {type === 'stepDifference' && (
              <>
                <label>
                  <span>{t('studyDesign.rule.secondQuestion')}</span>
                  <select value={other} onChange={(e) => setOther(e.target.value)}>
                    <option value="">{t('studyDesign.rule.chooseQuestion')}</option>
                    {withOptions.map((q) => (
                      <option key={q.id} value={q.id}>
                        {`${questionLabel(q)}. ${q.text}`}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  <span>{t('studyDesign.rule.steps')}</span>
                  <input
                    type="number"
                    min={1}
                    value={steps}
                    onChange={(e) => setSteps(Math.max(1, Number(e.target.value) || 1))}
                  />
                </label>
              </>
            )}
          </div>
          {type === 'answerIn' && chosen && (
            <fieldset className="answer-choice">
              <legend>{t('studyDesign.rule.answers', { label: questionLabel(chosen) })}</legend>
              {chosen.options.map((o) => (
                <label key={o.label} className="option">
                  <input
                    type="checkbox"
                    checked={values.includes(o.label)}
                    onChange={(e) =>
                      setValues((v) => (e.target.checked ? [...v, o.label] : v.filter((x) => x !== o.label)))
                    }
                  />
                  <span>{o.label}</span>
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
      <div className="form-grid">
        <label>
          <span>{t('rules.raises')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as FlagKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`flags.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('studyDesign.rule.strength')}</span>
          <select value={strength} onChange={(e) => setStrength(e.target.value as 'strong' | 'weak')}>
            <option value="strong">{t('studyDesign.rule.strong')}</option>
            <option value="weak">{t('flags.weak')}</option>
          </select>
        </label>
        <TargetPicker study={study} value={target} onChange={setTarget} label={t('rules.at')} />
        <label className="wide">
          <span>{t('studyDesign.rule.note')}</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          {rule ? t('studyDesign.rule.save') : t('studyDesign.rule.add')}
        </button>
        {onDone && (
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
