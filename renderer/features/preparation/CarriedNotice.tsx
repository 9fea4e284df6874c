/** At the top of a preparation: topics earlier interviews of the study left for more attention. */
import { useTranslation } from '../../i18n/react';
import { clearCarried, type CarriedView } from './use-carried-topics';

export function CarriedNotice({ studyId, carried }: { studyId: string; carried: CarriedView[] }) {
  const { t } = useTranslation();
  if (carried.length === 0) return null;
  return (
    <section className="card carried no-print" aria-labelledby="carried-title">
      <h2 id="carried-title">{t('carry.title')}</h2>
      <p className="hint">{t('carry.intro')}</p>
      <ul className="carried-list">
        {carried.map((topic) => (
          <li key={topic.topicKey}>
            <strong>{topic.label}</strong> <span className="muted">{t('carry.raisedBy', { who: topic.who })}</span>
            {topic.raisedBy
              .filter((r) => r.note)
              .map((r) => (
                <span key={r.interviewId} className="carried-note">
                  {' '}
                  — {r.note}
                </span>
              ))}
            <button
              type="button"
              className="link-button"
              onClick={() => void clearCarried(studyId, topic)}
              aria-label={t('carry.clearNamed', { topic: topic.label })}
            >
              {t('carry.clear')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
