/** Which topics and ticked follow-ups were asked, and which not: "zijn voldoende onderwerpen behandeld?". */
import { useTranslation } from '../../i18n/react';
import type { InterviewCoverage, TopicCoverage } from '../../../shared/reflection/coverage';

function TopicState({ topic }: { topic: TopicCoverage }) {
  const { t } = useTranslation();
  if (topic.asked) return <span className="state state-asked">✓ {t('reflection.asked')}</span>;
  if (!topic.planned) return <span className="state state-unplanned">{t('reflection.notPlanned')}</span>;
  return <span className="state state-missed">– {t('reflection.notAsked')}</span>;
}

export function CoveragePanel({ coverage }: { coverage: InterviewCoverage }) {
  const { t } = useTranslation();
  const { asked, notAsked } = coverage.tickedFollowUps;
  return (
    <section className="card measured" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('reflection.coverageTitle')}</h2>
      <p className="figure">
        {t('reflection.topicsAsked', { asked: coverage.topicsAsked, total: coverage.topicsTotal })}
      </p>
      <h3>{t('reflection.followUpsTitle')}</h3>
      {asked.length + notAsked.length === 0 ? (
        <p className="muted">{t('reflection.noFollowUps')}</p>
      ) : (
        <>
          <p className="figure">
            {t('reflection.followUpsAsked', { asked: asked.length, total: asked.length + notAsked.length })}
          </p>
          <ul className="follow-up-list" aria-label={t('reflection.followUpsTitle')}>
            {[...notAsked, ...asked].map((q) => (
              <li key={q.id} className={q.asked ? 'is-asked' : 'is-missed'}>
                <span className="state">
                  {q.asked ? `✓ ${t('reflection.asked')}` : `– ${t('reflection.notAsked')}`}
                </span>{' '}
                <span className="muted">{q.topicLabel}:</span> {q.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="topic-coverage">
        <summary>{t('reflection.perTopic')}</summary>
        {coverage.sections.map((section) => (
          <div key={section.id}>
            <h3>{section.title}</h3>
            <ul className="topic-states">
              {section.topics.map((topic) => (
                <li key={topic.id}>
                  <TopicState topic={topic} /> {topic.label}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </details>
    </section>
  );
}
