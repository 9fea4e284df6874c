/** After a restart (or a crash), offers to go straight back to an interview that was not ended. */
import { useTranslation } from '../../i18n/react';
import type { Study } from '../../../shared/study/schema';
import { useRoute } from '../../ui/navigation/route-store';
import { useOpenInterviews } from '../../data/open-interviews';

export function ResumeBanner({ study, codes }: { study: Study; codes: Map<string, string> }) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const open = useOpenInterviews(study.id) ?? [];
  if (open.length === 0) return null;
  return (
    <div className="card resume" role="region" aria-label={t('respondents.openInterviews')}>
      {open.map((interview) => (
        <p key={interview.id}>
          {t('respondents.openInterview', { code: codes.get(interview.respondentId) ?? '' })}{' '}
          <button
            type="button"
            className="primary"
            onClick={() => navigate({ name: 'interview', interviewId: interview.id })}
          >
            {t('respondents.resumeInterview')}
          </button>
        </p>
      ))}
    </div>
  );
}
