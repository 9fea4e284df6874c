/**
 * The guide for the current section: the goal (for the interviewer only), the ticked
 * follow-ups still to ask, and every topic with its numbered questions, each one
 * insertable as a turn and markable as asked.
 */
import { useTranslation } from '../../i18n/react';
import type { Flag } from '../../../shared/flags/engine';
import type { Interview } from '../../../shared/interview/interview';
import { topicKey } from '../../../shared/reflection/topic-key';
import type { Study } from '../../../shared/study/schema';
import { FlagReasons } from '../../ui/FlagReasons';
import type { CarriedView } from '../../../shared/reflection/carried-view';
import { insertQuestion, setAsked } from './interview-actions';
import { isAsked, useInterview } from './interview-store';
import { ariaChord, commandById, describeChord, describeKeys, INTERVIEW_COMMANDS } from '../../ui/commands';
import {
  currentSection,
  isInPlay,
  numberedQuestions,
  openFollowUps,
  type SnapshotQuestion,
} from '../../../shared/interview/section-questions';
import { useGuideReminders } from './use-guide-reminders';

const INSERT = commandById(INTERVIEW_COMMANDS, 'guide.insert');

/** Question n's own key of 'guide.insert' (Alt+n), for the first nine. */
function insertKeys(number: number | undefined) {
  const chord = number === undefined ? undefined : INSERT.keys[number - 1];
  return chord ? { title: describeChord(chord), 'aria-keyshortcuts': ariaChord(chord) } : {};
}

function QuestionRow({
  question,
  number,
  asked,
  study,
  running,
}: {
  question: SnapshotQuestion;
  number?: number;
  asked: boolean;
  study: Study;
  running: boolean;
}) {
  const { t } = useTranslation();
  const classes = ['guide-question', question.followUp && 'follow-up', question.ticked && 'ticked', asked && 'asked'];
  return (
    <li className={classes.filter(Boolean).join(' ')}>
      <label className="asked-box">
        <input
          type="checkbox"
          checked={asked}
          onChange={(e) => void setAsked(question.id, e.target.checked)}
          aria-label={t('interview.askedQuestion', { text: question.text })}
        />
      </label>
      {number !== undefined && (
        <span className="question-number" aria-hidden="true">
          {number}
        </span>
      )}
      <div className="question-body">
        <span className="question-text pre-line">{question.text}</span>
        {question.own && <span className="badge">{t('guide.own')}</span>}
        <FlagReasons flags={question.flags as Flag[]} study={study} />
        {question.probes.length > 0 && (
          <div className="probes">
            {question.probesHeading && <p>{question.probesHeading}</p>}
            <ul>
              {question.probes.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {running && (
        <button
          type="button"
          className="insert"
          onClick={() => void insertQuestion(question.id, question.text)}
          aria-label={t('interview.insertQuestion', { text: question.text })}
          {...insertKeys(number)}
        >
          {t('interview.insert')}
        </button>
      )}
    </li>
  );
}

/** An earlier reflection asked for more attention to this topic: who asked, and why. */
function Reminder({ topic }: { topic: CarriedView }) {
  const { t } = useTranslation();
  return (
    <div className="guide-reminder" role="note" aria-label={t('guideReminder.named', { topic: topic.label })}>
      <span className="reminder-head">
        {t('carry.mark')} · {t('carry.raisedBy', { who: topic.who })}
      </span>
      {topic.notes.map((n) => (
        <span key={`${n.who}-${n.note}`} className="reminder-note">
          {topic.notes.length > 1 || topic.raisedBy.length > 1 ? `${n.who}: ${n.note}` : n.note}
        </span>
      ))}
    </div>
  );
}

export function GuidePane({ study, interview }: { study: Study; interview: Interview }) {
  const { t } = useTranslation();
  const linkedNodes = useInterview((s) => s.linkedNodes);
  const reminders = useGuideReminders(study, interview);
  const section = currentSection(interview);
  const numbered = numberedQuestions(section);
  const numberOf = new Map(numbered.map((q, i) => [q.id, i + 1]));
  const asked = (id: string) => isAsked({ interview, linkedNodes }, id);
  const running = interview.status === 'running';
  const stillToAsk = openFollowUps(section, asked);
  if (!section) return null;

  return (
    <section className="guide-pane" aria-labelledby="guide-pane-title">
      <h2 id="guide-pane-title">{section.title}</h2>
      {section.instruction && <p className="interviewer-only">{section.instruction}</p>}
      {section.goal && (
        <p className="interviewer-only goal">
          <span className="goal-label">{t('guide.goal')}</span> {section.goal}
        </p>
      )}
      {stillToAsk.length > 0 && (
        <div className="open-follow-ups" role="region" aria-label={t('interview.stillToAsk')}>
          <h3>{t('interview.stillToAsk')}</h3>
          {running && (
            <p className="hint">
              {t('interview.insertFollowUpHint', {
                keys: describeKeys(commandById(INTERVIEW_COMMANDS, 'guide.insertFollowUp')),
              })}
            </p>
          )}
          <ul>
            {stillToAsk.map((q) => (
              <li key={q.id}>
                <span className="question-number">{numberOf.get(q.id)}</span> {q.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {section.topics.map((topic) => {
        const inPlay = topic.questions.filter(isInPlay);
        const unticked = topic.questions.filter((q) => !isInPlay(q));
        const reminder = reminders.get(topicKey(topic.label));
        return (
          <div key={topic.id} className={`guide-topic${reminder ? ' reminded' : ''}`}>
            <p className="topic-head">
              <strong>{topic.label}</strong>
              {topic.indicators && <span className="indicators"> — {topic.indicators}</span>}
            </p>
            {reminder && <Reminder topic={reminder} />}
            <FlagReasons flags={topic.flags as Flag[]} study={study} />
            {inPlay.length > 0 && (
              <ul className="guide-questions">
                {inPlay.map((q) => (
                  <QuestionRow
                    key={q.id}
                    question={q}
                    number={numberOf.get(q.id)}
                    asked={asked(q.id)}
                    study={study}
                    running={running}
                  />
                ))}
              </ul>
            )}
            {unticked.length > 0 && (
              <details className="unticked">
                <summary>{t('interview.untickedFollowUps', { count: unticked.length })}</summary>
                <ul className="guide-questions">
                  {unticked.map((q) => (
                    <QuestionRow key={q.id} question={q} asked={asked(q.id)} study={study} running={running} />
                  ))}
                </ul>
              </details>
            )}
          </div>
        );
      })}
    </section>
  );
}
