/**
 * The three questions of the reflection (thesis §4.5): were enough open questions asked,
 * were enough topics covered, which topics deserve more attention; and free notes.
 */
import { useTranslation } from '../../i18n/react';
import type { InterviewCoverage } from '../../../shared/reflection/coverage';
import type { Reflection, ReflectionAnswer } from '../../../shared/reflection/reflection';
import { topicKey } from '../../../shared/reflection/topic-key';
import { useShownValue } from '../../ui/use-shown-value';

const ANSWERS: ReflectionAnswer[] = ['yes', 'partly', 'no'];

interface Props {
  reflection: Reflection;
  coverage: InterviewCoverage;
  onAnswer: (question: 'enoughOpenQuestions' | 'enoughTopicsCovered', answer: ReflectionAnswer) => void;
  onAttention: (label: string, marked: boolean) => void;
  onAttentionNote: (label: string, note: string) => void;
  onNotes: (notes: string) => void;
}

function AnswerGroup({
  name,
  legend,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  value?: ReflectionAnswer;
  onChange: (a: ReflectionAnswer) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="answer-group">
      <legend>{legend}</legend>
      {ANSWERS.map((answer) => (
        <label key={answer} className="option">
          <input type="radio" name={name} checked={value === answer} onChange={() => onChange(answer)} />
          <span>{t(`reflection.answer.${answer}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function NotesField({ notes, onNotes }: { notes: string; onNotes: (notes: string) => void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useShownValue(notes);
  return (
    <label className="reflection-notes">
      <span>{t('reflection.notes')}</span>
      <textarea
        rows={5}
        value={shown}
        onChange={(e) => {
          setShown(e.target.value);
          onNotes(e.target.value);
        }}
      />
    </label>
  );
}

export function ReflectionQuestions({ reflection, coverage, onAnswer, onAttention, onAttentionNote, onNotes }: Props) {
  const { t } = useTranslation();
  const marks = new Map(reflection.moreAttention.map((m) => [m.topicKey, m]));
  return (
    <section className="card reflection-form" aria-labelledby="reflect-title">
      <h2 id="reflect-title">{t('reflection.reflectTitle')}</h2>
      <AnswerGroup
        name="enough-open"
        legend={t('reflection.enoughOpenQuestions')}
        value={reflection.enoughOpenQuestions}
        onChange={(a) => onAnswer('enoughOpenQuestions', a)}
      />
      <AnswerGroup
        name="enough-topics"
        legend={t('reflection.enoughTopicsCovered')}
        value={reflection.enoughTopicsCovered}
        onChange={(a) => onAnswer('enoughTopicsCovered', a)}
      />
      <fieldset className="attention-topics">
        <legend>{t('reflection.moreAttention')}</legend>
        <p className="hint">{t('reflection.moreAttentionHint')}</p>
        {coverage.sections
          .filter((s) => s.topics.length > 0)
          .map((section) => (
            <div key={section.id} className="attention-section">
              <p className="attention-section-title">{section.title}</p>
              <ul>
                {section.topics.map((topic) => {
                  const mark = marks.get(topicKey(topic.label));
                  return (
                    <li key={topic.id}>
                      <label className="option">
                        <input
                          type="checkbox"
                          checked={mark !== undefined}
                          onChange={(e) => onAttention(topic.label, e.target.checked)}
                        />
                        <span>
                          {topic.label}
                          {!topic.asked && topic.planned && (
                            <span className="muted"> ({t('reflection.notAsked')})</span>
                          )}
                        </span>
                      </label>
                      {mark && (
                        <div className="attention-note">
                          {mark.clearedAt !== undefined && (
                            <span className="badge badge-hand">{t('reflection.cleared')}</span>
                          )}
                          <label>
                            <span className="visually-hidden">
                              {t('reflection.attentionNote', { topic: topic.label })}
                            </span>
                            <input
                              defaultValue={mark.note ?? ''}
                              placeholder={t('reflection.attentionNotePlaceholder')}
                              onChange={(e) => onAttentionNote(topic.label, e.target.value)}
                            />
                          </label>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
      </fieldset>
      <NotesField notes={reflection.notes} onNotes={onNotes} />
    </section>
  );
}
