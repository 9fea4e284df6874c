/** Who did the talking (in words), and how long each section of the guide took. */
import { useTranslation } from '../../i18n/react';
import { formatClock } from '../../../shared/interview/clock';
import type { TimePerSection } from '../../../shared/reflection/section-time';
import type { TalkShare } from '../../../shared/reflection/talk-share';

export function TalkAndTime({ talk, time }: { talk: TalkShare; time: TimePerSection }) {
  const { t } = useTranslation();
  const interviewer = talk.interviewerShare;
  return (
    <section className="card measured" aria-labelledby="talk-title">
      <h2 id="talk-title">{t('reflection.talkTitle')}</h2>
      {interviewer === undefined ? (
        <p className="muted">{t('reflection.nothingSaid')}</p>
      ) : (
        <>
          <p className="figure">
            {t('reflection.talkInterviewer', { words: talk.interviewerWords, percent: Math.round(interviewer * 100) })}
            {' · '}
            {t('reflection.talkRespondent', {
              words: talk.respondentWords,
              percent: 100 - Math.round(interviewer * 100),
            })}
          </p>
          <div className="talk-bar" aria-hidden="true">
            <span className="talk-interviewer" style={{ width: `${interviewer * 100}%` }} />
          </div>
        </>
      )}
      <h3>{t('reflection.timeTitle')}</h3>
      <table className="plain section-times">
        <caption className="visually-hidden">{t('reflection.timeTitle')}</caption>
        <tbody>
          {time.sections.map((section) => (
            <tr key={section.sectionId}>
              <th scope="row">{section.title}</th>
              <td className="number">{formatClock(section.ms)}</td>
            </tr>
          ))}
          {time.unassignedMs > 0 && (
            <tr>
              <th scope="row" className="muted">
                {t('reflection.unassigned')}
              </th>
              <td className="number">{formatClock(time.unassignedMs)}</td>
            </tr>
          )}
          <tr className="total">
            <th scope="row">{t('reflection.total')}</th>
            <td className="number">{formatClock(time.totalMs)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
