/**
 * The interviewer's questions with their label, open or closed, from the Dutch classifier,
 * each correctable: "zijn er voldoende open vragen gesteld?". Corrections count at once.
 */
import { useTranslation } from '../../i18n/react';
import type { QuestionKind } from '../../../shared/reflection/question-classifier';
import type { ClassifiedTurn, QuestionShare } from '../../../shared/reflection/question-share';

interface Props {
  /** The interviewer's turns in reading order, classified. */
  questions: ClassifiedTurn[];
  share: QuestionShare;
  overrides: Readonly<Record<string, QuestionKind>>;
  onLabel: (turnId: string, kind: QuestionKind | '', classifiedAs: QuestionKind | 'notAQuestion') => void;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

export function QuestionsPanel({ questions, share, overrides, onLabel }: Props) {
  const { t } = useTranslation();
  const counted = new Map(share.questions.map((q) => [q.turnId, q]));
  const interviewerTurns = questions.filter((turn) => turn.text.trim() !== '');
  return (
    <section className="card measured" aria-labelledby="questions-title">
      <h2 id="questions-title">{t('reflection.questionsTitle')}</h2>
      <p className="figure" role="status" aria-label={t('reflection.openShareLabel')}>
        {share.openShare === undefined
          ? t('reflection.noQuestions')
          : t('reflection.openShare', {
              open: share.open,
              total: share.open + share.closed,
              percent: percent(share.openShare),
            })}
      </p>
      {interviewerTurns.length > 0 && (
        <ol className="question-labels">
          {interviewerTurns.map((turn) => {
            const question = counted.get(turn.turnId);
            const classified = { kind: turn.classifiedAs, rule: turn.rule };
            const value = question ? question.kind : '';
            const why = t(`classifierRules.${classified.rule}`);
            return (
              <li key={turn.turnId} className={`label-${value || 'none'}`}>
                <p className="question-said">{turn.text}</p>
                <label className="kind-picker">
                  <span className="visually-hidden">{t('reflection.kindOf', { text: turn.text })}</span>
                  <select
                    value={value}
                    onChange={(e) => onLabel(turn.turnId, e.target.value as QuestionKind | '', classified.kind)}
                  >
                    {classified.kind === 'notAQuestion' && <option value="">{t('reflection.kind.none')}</option>}
                    <option value="open">{t('reflection.kind.open')}</option>
                    <option value="closed">{t('reflection.kind.closed')}</option>
                  </select>
                </label>
                {overrides[turn.turnId] ? (
                  <span className="hint">
                    {t('reflection.corrected', {
                      kind: t(`reflection.kind.${classified.kind === 'notAQuestion' ? 'none' : classified.kind}`),
                    })}
                  </span>
                ) : (
                  why && <span className="hint">{why}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
