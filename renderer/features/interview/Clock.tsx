/** The interview clock: talking time without pauses; ticks once a second, on its own. */
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { elapsedMs, formatClock, formatDuration } from '../../../shared/interview/clock';
import type { Interview } from '../../../shared/interview/interview';

export function Clock({ interview }: { interview: Interview }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const running = interview.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  if (interview.startedAt === undefined) return null;
  const end = interview.endedAt ?? now;
  const ms = elapsedMs(interview.startedAt, interview.pauses, end);
  const started = new Date(interview.startedAt).toLocaleTimeString(i18n.language, {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <span className="clock" role="timer" aria-label={t('interview.clock')}>
      <span className="clock-time">{formatClock(ms)}</span>
      <span className="muted">
        {interview.status === 'ended'
          ? t('interview.heldFor', {
              start: started,
              duration: formatDuration(ms, i18n.language === 'en' ? 'en' : 'nl'),
            })
          : t('interview.startedAt', { start: started })}
      </span>
    </span>
  );
}
