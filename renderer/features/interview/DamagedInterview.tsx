/**
 * An interview whose stored record fails its schema: named, with what can be done. What
 * is readable can always be exported; a repair is offered only where the missing parts
 * have a safe default; removing asks for confirmation first.
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Interview } from '../../../shared/interview/interview';
import { database } from '../../data/instance';
import { rawInterviewRecords, removeInterview, replaceInterviewRecord } from '../../data/interviews';
import { getPlatform } from '../../platform';
import { useRoute } from '../../ui/navigation/route-store';
import { guarded, reportInfo } from '../../ui/notices/notices';

export function DamagedInterview({
  interviewId,
  problems,
  repaired,
  onRepaired,
}: {
  interviewId: string;
  problems: string[];
  repaired: Interview | undefined;
  onRepaired: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const [confirming, setConfirming] = useState(false);

  const exportReadable = () =>
    guarded(async () => {
      const records = await rawInterviewRecords(database(), interviewId);
      const bytes = new TextEncoder().encode(`${JSON.stringify(records, null, 2)}\n`);
      const result = await getPlatform().saveFile({
        suggestedName: `interview-${interviewId}.json`,
        mimeType: 'application/json',
        bytes,
      });
      if (result.status === 'saved') reportInfo(t('interview.damaged.exported', { location: result.location }));
    }, t('interview.damaged.exportFailed'));

  const repair = async () => {
    if (!repaired) return;
    if (await guarded(() => replaceInterviewRecord(database(), repaired), t('errors.saveFailed'))) {
      reportInfo(t('interview.damaged.repairedNotice'));
      onRepaired();
    }
  };

  const remove = async () => {
    if (await guarded(() => removeInterview(database(), interviewId), t('errors.saveFailed'))) {
      reportInfo(t('interview.damaged.removedNotice'));
      navigate({ name: 'respondents' });
    }
  };

  return (
    <section className="page damaged-record" aria-labelledby="damaged-title">
      <h1 id="damaged-title">{t('interview.damaged.title')}</h1>
      <p role="alert">{t('interview.damaged.explanation')}</p>
      <ul aria-label={t('interview.damaged.problems')}>
        {problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
      <p className="muted">{repaired ? t('interview.damaged.canRepair') : t('interview.damaged.cannotRepair')}</p>
      <div className="actions">
        <button type="button" onClick={() => void exportReadable()}>
          {t('interview.damaged.export')}
        </button>
        {repaired && (
          <button type="button" onClick={() => void repair()}>
            {t('interview.damaged.repair')}
          </button>
        )}
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('interview.damaged.remove')}
          </button>
        ) : (
          <span role="group" aria-label={t('interview.damaged.confirmRemove')}>
            <span>{t('interview.damaged.confirmRemove')} </span>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('interview.damaged.removeForGood')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('interview.damaged.keep')}
            </button>
          </span>
        )}
        <button type="button" onClick={() => navigate({ name: 'respondents' })}>
          {t('preparation.back')}
        </button>
      </div>
    </section>
  );
}
