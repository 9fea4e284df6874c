/**
 * Editing a questionnaire: each question's number, wording, kind and options. Edited as
 * a draft and saved whole; a question a rule still refers to cannot silently disappear,
 * because saving checks the study and names the rule.
 */
import { useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { optionsFromLines, POLARITIES, withOther, withPolarity } from '../../../../shared/design/questionnaire-options';
import { polarityOf } from '../../../../shared/flags/polarity';
import type {
  AnswerOption,
  AnswerPolarity,
  Questionnaire,
  QuestionnaireQuestion,
  Study,
} from '../../../../shared/study/schema';
import { reportInfo } from '../../../ui/notices/notices';
import { QuestionnaireFromCsv } from './QuestionnaireFromCsv';
import { saveDesign } from '../save-design';

const KINDS: QuestionnaireQuestion['kind'][] = ['single', 'multiple', 'open'];

function nextQuestion(questionnaire: Questionnaire): QuestionnaireQuestion {
  const number = Math.max(0, ...questionnaire.questions.map((q) => q.number ?? 0)) + 1;
  const taken = new Set(questionnaire.questions.map((q) => q.id));
  let id = `V${number}`;
  for (let n = 2; taken.has(id); n++) id = `V${number}-${n}`;
  return { id, number, text: '', kind: 'single', options: [] };
}

/** Per option: which way it points (for comparisons between respondents) and whether it asks for the respondent's own text. */
function OptionSettings({
  label,
  options,
  onChange,
}: {
  label: string;
  options: readonly AnswerOption[];
  onChange: (options: AnswerOption[]) => void;
}) {
  const { t } = useTranslation();
  const marked = options.filter((o) => o.polarity || o.other).length;
  return (
    <details className="option-settings">
      <summary>{t('studyDesign.q.optionSettings', { count: marked })}</summary>
      <table className="plain">
        <thead>
          <tr>
            <th scope="col">{t('studyDesign.q.option')}</th>
            <th scope="col">{t('studyDesign.q.polarity')}</th>
            <th scope="col">{t('studyDesign.q.otherText')}</th>
          </tr>
        </thead>
        <tbody>
          {options.map((option) => {
            // The guess the flag engine makes when nothing is set, shown so "automatic" is not a mystery.
            const { polarity: _set, ...unset } = option;
            return (
              <tr key={option.label}>
                <td>{option.label}</td>
                <td>
                  <select
                    aria-label={t('studyDesign.q.polarityOf', { option: option.label, label })}
                    value={option.polarity ?? ''}
                    onChange={(e) =>
                      onChange(withPolarity(options, option.label, (e.target.value || undefined) as AnswerPolarity))
                    }
                  >
                    <option value="">
                      {t('studyDesign.q.polarityAuto', { guess: t(`studyDesign.q.polarityValue.${polarityOf(unset)}`) })}
                    </option>
                    {POLARITIES.map((p) => (
                      <option key={p} value={p}>
                        {t(`studyDesign.q.polarityValue.${p}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('studyDesign.q.otherOf', { option: option.label, label })}
                    checked={option.other === true}
                    onChange={(e) => onChange(withOther(options, option.label, e.target.checked))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

function QuestionRow({
  question,
  onChange,
  onRemove,
}: {
  question: QuestionnaireQuestion;
  onChange: (q: QuestionnaireQuestion) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const [options, setOptions] = useState(question.options.map((o) => o.label).join('\n'));
  const label = question.number !== undefined ? `V${question.number}` : question.id;
  return (
    <tr>
      <td>
        <input
          type="number"
          min={1}
          className="number-input"
          aria-label={t('studyDesign.q.numberOf', { label })}
          value={question.number ?? ''}
          onChange={(e) => {
            const value = Number.parseInt(e.target.value, 10);
            const { number: _old, ...rest } = question;
            onChange(Number.isFinite(value) && value > 0 ? { ...rest, number: value } : rest);
          }}
        />
      </td>
      <td>
        <textarea
          rows={2}
          aria-label={t('studyDesign.q.textOf', { label })}
          value={question.text}
          onChange={(e) => onChange({ ...question, text: e.target.value })}
        />
      </td>
      <td>
        <select
          aria-label={t('studyDesign.q.kindOf', { label })}
          value={question.kind}
          onChange={(e) => onChange({ ...question, kind: e.target.value as QuestionnaireQuestion['kind'] })}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`studyDesign.page.kind.${kind}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {question.kind !== 'open' && (
          <textarea
            rows={Math.max(2, question.options.length)}
            aria-label={t('studyDesign.q.optionsOf', { label })}
            value={options}
            onChange={(e) => {
              setOptions(e.target.value);
              onChange({ ...question, options: optionsFromLines(e.target.value, question.options) });
            }}
          />
        )}
        {question.kind !== 'open' && question.options.length > 0 && (
          <OptionSettings
            label={label}
            options={question.options}
            onChange={(options) => onChange({ ...question, options })}
          />
        )}
      </td>
      <td className="row-actions">
        <button
          type="button"
          className="link-button danger"
          onClick={onRemove}
          aria-label={t('studyDesign.q.remove', { label })}
        >
          {t('studyDesign.remove')}
        </button>
      </td>
    </tr>
  );
}

function QuestionnaireForm({ study, questionnaire }: { study: Study; questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(questionnaire);
  // Rows keep their own options text; a reset starts them afresh.
  const [generation, setGeneration] = useState(0);
  const [problem, setProblem] = useState<string>();
  const setQuestion = (index: number, q: QuestionnaireQuestion) =>
    setDraft((d) => ({ ...d, questions: d.questions.map((x, i) => (i === index ? q : x)) }));

  const save = async () => {
    const empty = draft.questions.find((q) => !q.text.trim());
    if (empty) return setProblem(t('studyDesign.q.emptyText', { id: empty.id }));
    const numbers = draft.questions.flatMap((q) => (q.number === undefined ? [] : [q.number]));
    const twice = numbers.find((n, i) => numbers.indexOf(n) !== i);
    if (twice !== undefined) return setProblem(t('studyDesign.q.numberTwice', { number: twice }));
    if (draft.questions.length === 0) return setProblem(t('studyDesign.q.noQuestions'));
    setProblem(undefined);
    const saved = await saveDesign({
      ...study,
      questionnaires: study.questionnaires.map((q) => (q.id === draft.id ? draft : q)),
    });
    if (saved) reportInfo(t('studyDesign.saved'));
  };

  return (
    <form
      aria-label={t('studyDesign.q.editTitle', { title: questionnaire.title })}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        <span>{t('studyDesign.csv.title')}</span>
        <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      </label>
      <table className="plain questionnaire-edit">
        <thead>
          <tr>
            <th scope="col">{t('studyDesign.q.number')}</th>
            <th scope="col">{t('studyDesign.csv.question')}</th>
            <th scope="col">{t('studyDesign.csv.kind')}</th>
            <th scope="col">{t('studyDesign.q.optionsHead')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('studyDesign.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.questions.map((q, i) => (
            <QuestionRow
              key={`${generation}:${q.id}`}
              question={q}
              onChange={(changed) => setQuestion(i, changed)}
              onRemove={() => setDraft((d) => ({ ...d, questions: d.questions.filter((_, j) => j !== i) }))}
            />
          ))}
        </tbody>
      </table>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => setDraft((d) => ({ ...d, questions: [...d.questions, nextQuestion(d)] }))}>
          {t('studyDesign.q.add')}
        </button>
        <button type="submit" className="primary">
          {t('studyDesign.q.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(questionnaire);
            setGeneration((g) => g + 1);
          }}
        >
          {t('studyDesign.undoChanges')}
        </button>
      </div>
    </form>
  );
}

export function QuestionnaireEditor({ study }: { study: Study }) {
  const { t } = useTranslation();
  return (
    <>
      <QuestionnaireFromCsv study={study} />
      {study.questionnaires.map((questionnaire) => (
        <details key={questionnaire.id} className="instrument">
          <summary>{t('studyDesign.q.edit', { title: questionnaire.title })}</summary>
          <QuestionnaireForm key={study.designVersion ?? 0} study={study} questionnaire={questionnaire} />
        </details>
      ))}
    </>
  );
}
