/**
 * The reflection right after an interview (step 3 of the workflow): what the app
 * measured on the left, the researcher's answers on the right, the Afsluiting's
 * follow-ups below. Saved as it changes; revisited from the interview and the overview.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import {
  coverageOfSummary,
  talkShareOfSummary,
  timePerSectionOfSummary,
} from '../../../shared/reflection/interview-summary';
import { questionShareOfClassified } from '../../../shared/reflection/question-share';
import { withAttention, withQuestionKind } from '../../../shared/reflection/reflection';
import { topicKey } from '../../../shared/reflection/topic-key';
import type { Study } from '../../../shared/study/schema';
import { useRoute } from '../../ui/navigation/route-store';
import { useRespondents } from '../../ui/use-respondents';
import { ClosingForm } from '../../ui/closing/ClosingForm';
import { CoveragePanel } from './CoveragePanel';
import { QuestionsPanel } from './QuestionsPanel';
import { ReflectionQuestions } from './ReflectionQuestions';
import { TalkAndTime } from './TalkAndTime';
import { useHeldInterview, type HeldInterview } from './use-held-interview';
import { useReflectionEditor } from '../../ui/closing/use-reflection-editor';

export function ReflectionPage({ study, interviewId }: { study: Study; interviewId: string }) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const held = useHeldInterview(interviewId);
  if (held === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (held === null) {
    return (
      <section className="page">
        <p role="alert">{t('interview.notFound')}</p>
        <button type="button" onClick={() => navigate({ name: 'respondents' })}>
          {t('preparation.back')}
        </button>
      </section>
    );
  }
  if ('damaged' in held) {
    return (
      <section className="page damaged-record" aria-labelledby="reflection-damaged">
        <h1 id="reflection-damaged">{t('damagedRecords.reflectionTitle')}</h1>
        <p role="alert">{t('damagedRecords.reflectionExplanation')}</p>
        <ul aria-label={t('damagedRecords.problems')}>
          {held.damaged.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
        <button type="button" onClick={() => navigate({ name: 'interview', interviewId })}>
          {t('damagedRecords.openInterview')}
        </button>
      </section>
    );
  }
  return <Reflection study={study} held={held} />;
}

function Reflection({ study, held }: { study: Study; held: HeldInterview }) {
  const { t, i18n } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const { interview, summary, questions } = held;
  const editor = useReflectionEditor(interview.id, study.id);
  const { respondents, codes } = useRespondents(study);
  const respondent = respondents?.find((r) => r.id === interview.respondentId);
  const code = codes.get(interview.respondentId) ?? '';
  const reflection = editor.reflection;
  const overrides = reflection?.questionKindOverrides;

  const coverage = useMemo(() => coverageOfSummary(interview, summary), [interview, summary]);
  const talk = useMemo(() => talkShareOfSummary(summary), [summary]);
  const time = useMemo(() => timePerSectionOfSummary(interview, summary), [interview, summary]);
  const share = useMemo(() => questionShareOfClassified(questions, overrides ?? {}), [questions, overrides]);

  const date = new Date(interview.startedAt ?? interview.createdAt).toLocaleDateString(i18n.language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

  return (
    <section className="page reflection" aria-labelledby="reflection-title">
      <div className="page-head">
        <button
          type="button"
          className="link-button"
          onClick={() => navigate({ name: 'interview', interviewId: interview.id })}
        >
          ← {t('reflection.backToInterview')}
        </button>
        <button type="button" className="link-button" onClick={() => navigate({ name: 'overview' })}>
          {t('reflection.toOverview')} →
        </button>
      </div>
      <div className="page-head">
        <h1 id="reflection-title">
          {t('reflection.title')} <span className="code">{code}</span>{' '}
          <span className="muted">
            {respondent?.name} · {date}
          </span>
        </h1>
        <span className={`save-state save-${editor.saveState}`} role="status" aria-live="polite">
          {t(`interview.save.${editor.saveState}`)}
        </span>
      </div>
      {interview.status !== 'ended' && <p className="card note">{t('reflection.notEnded')}</p>}
      <div className="reflection-columns">
        <div className="measured-column" aria-label={t('reflection.measured')} role="group">
          <p className="column-title">{t('reflection.measured')}</p>
          <CoveragePanel coverage={coverage} />
          <QuestionsPanel
            questions={questions}
            share={share}
            overrides={overrides ?? {}}
            onLabel={(turnId, kind, classifiedAs) =>
              void editor.change((r) => withQuestionKind(r, turnId, kind || undefined, classifiedAs))
            }
          />
          <TalkAndTime talk={talk} time={time} />
        </div>
        <div className="reflect-column">
          {reflection ? (
            <>
              <ReflectionQuestions
                reflection={reflection}
                coverage={coverage}
                onAnswer={(question, answer) => void editor.change((r) => ({ ...r, [question]: answer }))}
                onAttention={(label, marked) => void editor.change((r) => withAttention(r, label, marked, Date.now()))}
                onAttentionNote={(label, note) =>
                  void editor.change((r) => ({
                    ...r,
                    moreAttention: r.moreAttention.map((m) => {
                      if (m.topicKey !== topicKey(label)) return m;
                      const { note: _old, ...rest } = m;
                      return note.trim() ? { ...rest, note } : rest;
                    }),
                  }))
                }
                onNotes={(notes) => void editor.change((r) => ({ ...r, notes }))}
              />
              <div className="card">
                <ClosingForm study={study} editor={editor} code={code} />
              </div>
            </>
          ) : (
            <p className="muted">{t('app.loading')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
