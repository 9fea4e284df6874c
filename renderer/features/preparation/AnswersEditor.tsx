/** Every questionnaire answer, readable at a glance and editable by hand; each change is saved at once. */
import { useTranslation } from '../../i18n/react';
import type { Answer } from '../../../shared/responses/schema';
import type { Questionnaire, QuestionnaireQuestion, Study } from '../../../shared/study/schema';
import { questionLabel } from '../../../shared/study/lookup';
import { useDraftText } from '../../lib/use-draft-text';
import { useShownValue } from '../../ui/use-shown-value';
import { removeResponse, setAnswer as saveAnswer } from './answer-actions';
import type { PreparationData } from './use-preparation';

interface Props {
  study: Study;
  data: PreparationData;
  questionnaire: Questionnaire;
}

/**
 * Text typed into an answer, controlled: a re-import replaces it on screen at once (an
 * uncontrolled field kept the old text until a reload).
 */
function AnswerText({
  stored,
  multiline,
  save,
}: {
  stored: string;
  multiline: boolean;
  save: (text: string) => void;
}) {
  const [text, setText] = useDraftText(stored);
  const change = (value: string) => {
    setText(value, value.trim() ? value : '');
    save(value);
  };
  return multiline ? (
    <textarea rows={2} value={text} onChange={(e) => change(e.target.value)} />
  ) : (
    <input value={text} onChange={(e) => change(e.target.value)} />
  );
}

function QuestionField({
  question,
  answer: stored,
  onChange: save,
  flagged,
}: {
  question: QuestionnaireQuestion;
  answer: Answer | undefined;
  onChange: (answer: Answer | undefined) => void;
  flagged: boolean;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useShownValue(stored);
  const onChange = (next: Answer | undefined) => {
    setAnswer(next);
    save(next);
  };
  const label = question.number !== undefined ? `${questionLabel(question)}. ${question.text}` : question.text;
  const values = answer?.values ?? [];
  const otherOption = question.options.find((o) => o.other);
  const name = `answer-${question.id}`;

  if (question.kind === 'open' || question.options.length === 0) {
    return (
      <label className={`answer open${flagged ? ' flagged' : ''}`}>
        <span>{label}</span>
        <AnswerText
          stored={stored?.text ?? ''}
          multiline
          save={(text) => save(text.trim() ? { values: [], text } : undefined)}
        />
      </label>
    );
  }
  const toggle = (option: string, on: boolean) => {
    const next =
      question.kind === 'single'
        ? on
          ? [option]
          : []
        : on
          ? [...values.filter((v) => v !== option), option]
          : values.filter((v) => v !== option);
    const keepText = otherOption && next.includes(otherOption.label) ? answer?.text : undefined;
    onChange({ values: next, ...(keepText ? { text: keepText } : {}) });
  };
  return (
    <fieldset className={`answer${flagged ? ' flagged' : ''}`}>
      <legend>
        {label}
        {flagged && <span className="badge flag-badge">{t('questionnaire.raisesFlag')}</span>}
      </legend>
      {question.options.map((option) => (
        <label key={option.label} className="option">
          <input
            type={question.kind === 'single' ? 'radio' : 'checkbox'}
            name={name}
            checked={values.includes(option.label)}
            onChange={(e) => toggle(option.label, e.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {otherOption && values.includes(otherOption.label) && (
        <label className="other-text">
          <span className="visually-hidden">
            {questionLabel(question)}: {otherOption.label}
          </span>
          <AnswerText
            stored={stored?.text ?? ''}
            multiline={false}
            save={(text) => onChange({ values, ...(text ? { text } : {}) })}
          />
        </label>
      )}
      {values.length > 0 && question.kind === 'single' && (
        <button type="button" className="link-button" onClick={() => onChange(undefined)}>
          {t('questionnaire.clearAnswer', { label: questionLabel(question) })}
        </button>
      )}
    </fieldset>
  );
}

export function AnswersEditor({ data, questionnaire }: Props) {
  const { t } = useTranslation();
  const base = {
    respondentId: data.respondent.id,
    studyId: data.respondent.studyId,
    questionnaireId: questionnaire.id,
  };
  const answers = data.response?.questionnaireId === questionnaire.id ? data.response.answers : {};
  const flaggedQuestions = new Set(data.flags.flatMap((f) => f.reasons.map((r) => r.questionId)));
  const count = Object.keys(answers).length;
  return (
    <details className="answers-editor" open={count === 0 ? undefined : true}>
      <summary>{count === 0 ? t('questionnaire.typeIn') : t('questionnaire.answers', { count })}</summary>
      <form onSubmit={(e) => e.preventDefault()} aria-label={t('questionnaire.answersForm')}>
        {questionnaire.questions.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            answer={answers[question.id]}
            flagged={flaggedQuestions.has(question.id)}
            onChange={(answer) => void saveAnswer(base, question.id, answer)}
          />
        ))}
      </form>
      {data.response && (
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (window.confirm(t('questionnaire.confirmRemove'))) void removeResponse(data.respondent.id);
          }}
        >
          {t('questionnaire.remove')}
        </button>
      )}
    </details>
  );
}
