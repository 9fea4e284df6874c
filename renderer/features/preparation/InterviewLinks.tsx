/** On the preparation: start the interview, or go back to one that was started. */
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../ui/navigation/route-store';
import { useInterviewsOfRespondent } from '../../data/interviews';
import type { PreparationData } from './use-preparation';
import { snapshotGuide } from '../../../shared/interview/start';
import { startInterview } from './start-interview';

export function InterviewLinks({ data }: { data: PreparationData }) {
  const { t, i18n } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const interviews = useInterviewsOfRespondent(data.respondent.id) ?? [];
  const open = interviews.find((i) => i.status !== 'ended');

  const start = async () => {
    const id = await startInterview(
      data.respondent.studyId,
      data.respondent.id,
      snapshotGuide(data.topicList.id, data.topicList.title, data.choice.role, data.guide),
    );
    if (id) navigate({ name: 'interview', interviewId: id });
  };

  return (
    <div className="interview-links no-print">
      {open ? (
        <button type="button" className="primary" onClick={() => navigate({ name: 'interview', interviewId: open.id })}>
          {t('interview.resumeInterview')}
        </button>
      ) : (
        <button type="button" className="primary" onClick={() => void start()}>
          {t('interview.start')}
        </button>
      )}
      {interviews
        .filter((i) => i.status === 'ended')
        .map((i) => {
          const date = new Date(i.startedAt ?? i.createdAt).toLocaleDateString(i18n.language, {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          });
          return (
            <span key={i.id} className="interview-links">
              <button type="button" onClick={() => navigate({ name: 'interview', interviewId: i.id })}>
                {t('interview.openTranscript', { date })}
              </button>
              <button type="button" onClick={() => navigate({ name: 'reflection', interviewId: i.id })}>
                {t('reflection.openFor', { date })}
              </button>
            </span>
          );
        })}
    </div>
  );
}
