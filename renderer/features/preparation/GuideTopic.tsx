/** One topic of the guide with its questions: ticks, flags, placeholders, own questions. */
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { GuideQuestionView, GuideTopicView as Topic } from '../../../shared/preparation/guide';
import type { Study } from '../../../shared/study/schema';
import { useShownValue } from '../../ui/use-shown-value';
import { FlagReasons } from '../../ui/FlagReasons';
import { PlaceholderFields } from './PlaceholderFields';
import type { PreparationActions } from './preparation-actions';
import { clearCarried, type CarriedView } from './use-carried-topics';
import type { PreparationData } from './use-preparation';

interface Props {
  study: Study;
  topic: Topic;
  data: PreparationData;
  actions: PreparationActions;
}

function Question({ question, study, data, actions }: { question: GuideQuestionView } & Omit<Props, 'topic'>) {
  const { t } = useTranslation();
  const [ticked, setTicked] = useShownValue(question.ticked);
  const tickable = question.followUp || question.own || question.flags.length > 0;
  const classes = [
    'question',
    question.followUp && 'follow-up',
    question.own && 'own',
    question.ticked && 'ticked',
    question.flags.length > 0 && 'flagged',
    !tickable && 'always',
  ].filter(Boolean);

  return (
    <li className={classes.join(' ')}>
      <div className="question-line">
        {tickable ? (
          <label className="tick">
            <input
              type="checkbox"
              checked={ticked}
              onChange={(e) => {
                setTicked(e.target.checked);
                void actions.setTick(question.id, e.target.checked);
              }}
              aria-label={t('guide.tickQuestion', { text: question.text })}
            />
          </label>
        ) : (
          <span className="tick-spacer" aria-hidden="true" />
        )}
        <div className="question-body">
          {question.number && <span className="question-number">{question.number}.</span>}
          {question.own ? (
            <input
              className="own-question-text"
              defaultValue={question.text}
              aria-label={t('guide.ownQuestionText')}
              onChange={(e) => void actions.editOwnQuestion(question.id, e.target.value)}
            />
          ) : (
            <span className="question-text">{question.text}</span>
          )}
          {question.own && <span className="badge">{t('guide.own')}</span>}
          {question.followUp && !question.own && <span className="badge">{t('guide.followUp')}</span>}
          {question.ticked && question.ticked !== question.tickedByFlags && !question.own && (
            <span className="badge badge-hand">{t('guide.tickedByHand')}</span>
          )}
          {!question.ticked && question.tickedByFlags && (
            <span className="badge badge-hand">{t('guide.untickedByHand')}</span>
          )}
          <FlagReasons flags={question.flags} study={study} />
          {question.probes.length > 0 && (
            <div className="probes">
              {question.probesHeading && <p>{question.probesHeading}</p>}
              <ul>
                {question.probes.map((probe) => (
                  <li key={probe}>{probe}</li>
                ))}
              </ul>
            </div>
          )}
          {question.placeholders.length > 0 && (
            <PlaceholderFields question={question} study={study} data={data} actions={actions} />
          )}
          {question.own && (
            <button
              type="button"
              className="link-button no-print"
              onClick={() => void actions.removeOwnQuestion(question.id)}
            >
              {t('guide.removeOwn')}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}

function CarriedMark({ studyId, topic }: { studyId: string; topic: CarriedView }) {
  const { t } = useTranslation();
  return (
    <span className="carried-mark">
      <span className="badge flag-badge" title={t('carry.markTitle', { who: topic.who })}>
        {t('carry.mark')} · {t('carry.raisedBy', { who: topic.who })}
      </span>
      <button
        type="button"
        className="link-button no-print"
        onClick={() => void clearCarried(studyId, topic)}
        aria-label={t('carry.clearNamed', { topic: topic.label })}
      >
        {t('carry.clear')}
      </button>
    </span>
  );
}

export function GuideTopicView({ study, topic, data, actions, carried }: Props & { carried?: CarriedView }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState('');
  return (
    <div className={`topic${topic.flags.length > 0 ? ' flagged' : ''}${carried ? ' carried-topic' : ''}`}>
      <p className="topic-head">
        <strong>{topic.label}</strong>
        {topic.indicators && <span className="indicators"> — {topic.indicators}</span>}
        {carried && <CarriedMark studyId={study.id} topic={carried} />}
      </p>
      <FlagReasons flags={topic.flags} study={study} />
      {topic.questions.length > 0 && (
        <ul className="questions">
          {topic.questions.map((q) => (
            <Question key={q.id} question={q} study={study} data={data} actions={actions} />
          ))}
        </ul>
      )}
      <div className="no-print add-own">
        {adding ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (draft.trim()) void actions.addOwnQuestion(topic.id, draft.trim());
              setDraft('');
              setAdding(false);
            }}
          >
            <label>
              <span className="visually-hidden">{t('guide.newQuestionFor', { topic: topic.label })}</span>
              <input
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                autoFocus
                placeholder={t('guide.newQuestionPlaceholder')}
              />
            </label>
            <button type="submit" className="primary">
              {t('guide.addQuestionConfirm')}
            </button>
            <button type="button" onClick={() => setAdding(false)}>
              {t('common.cancel')}
            </button>
          </form>
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={() => setAdding(true)}
            aria-label={t('guide.addQuestionTo', { topic: topic.label })}
          >
            + {t('guide.addQuestion')}
          </button>
        )}
      </div>
    </div>
  );
}
