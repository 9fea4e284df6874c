/** The respondent's questionnaire: import or type the answers, see what they flag, track documents. */
import { useTranslation } from '../../i18n/react';
import type { Study } from '../../../shared/study/schema';
import { reportInfo } from '../../ui/notices/notices';
import { restorePrevious } from './answer-actions';
import { AnswersEditor } from './AnswersEditor';
import { DocumentsList } from './DocumentsList';
import { ImportAnswers } from './ImportAnswers';
import type { PreparationActions } from './preparation-actions';
import type { PreparationData } from './use-preparation';

interface Props {
  study: Study;
  data: PreparationData;
  actions: PreparationActions;
}

export function QuestionnairePanel({ study, data, actions }: Props) {
  const { t, i18n } = useTranslation();
  const { questionnaire, response } = data;
  return (
    <section className="questionnaire-panel no-print" aria-labelledby="questionnaire-title">
      <h2 id="questionnaire-title">{t('questionnaire.title')}</h2>
      {!questionnaire ? (
        <p className="muted">{t('questionnaire.noneForType', { type: data.type.name })}</p>
      ) : (
        <>
          <p className="muted">{questionnaire.title}</p>
          <p role="status" className="questionnaire-status">
            {response
              ? response.source === 'file'
                ? t('questionnaire.fromFile', { file: response.fileName ?? '' })
                : t('questionnaire.byHand')
              : t('questionnaire.none')}
          </p>
          <ImportAnswers study={study} data={data} questionnaire={questionnaire} />
          {response?.previous && (
            <div className="card note previous-answers">
              <p>
                {t('questionnaire.previousKept', {
                  count: Object.keys(response.previous.answers).length,
                  origin:
                    response.previous.source === 'file'
                      ? t('questionnaire.previousFromFile', { file: response.previous.fileName ?? '' })
                      : t('questionnaire.previousByHand'),
                  when: new Date(response.previous.replacedAt).toLocaleString(i18n.language),
                })}
              </p>
              <button
                type="button"
                onClick={() =>
                  void restorePrevious(data.respondent.id).then((ok) => ok && reportInfo(t('questionnaire.restored')))
                }
              >
                {t('questionnaire.restorePrevious')}
              </button>
            </div>
          )}
          {response && (response.unmatchedColumns.length > 0 || response.unknownAnswers.length > 0) && (
            <details className="card note" open>
              <summary>{t('questionnaire.leftOver', { count: response.unmatchedColumns.length + response.unknownAnswers.length })}</summary>
              <ul>
                {response.unmatchedColumns.map((c) => (
                  <li key={`c-${c.title}`}>
                    {t('questionnaire.unmatchedColumn')}: <q>{c.title}</q> — {c.value || t('questionnaire.emptyValue')}
                  </li>
                ))}
                {response.unknownAnswers.map((a, i) => (
                  <li key={`a-${i}`}>
                    {t('questionnaire.unknownAnswer', { question: a.questionId })}: <q>{a.value}</q>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <DocumentsList data={data} actions={actions} />
          <AnswersEditor study={study} data={data} questionnaire={questionnaire} />
        </>
      )}
      <label className="prep-notes">
        <span>{t('preparation.notes')}</span>
        <textarea
          defaultValue={data.preparation?.notes ?? ''}
          rows={4}
          onChange={(e) => void actions.setNotes(e.target.value)}
        />
      </label>
    </section>
  );
}
