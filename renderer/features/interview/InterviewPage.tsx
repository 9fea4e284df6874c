/**
 * The interview screen. Loads the interview into the store, saves pending text when the
 * page is hidden or closed, and shows consent first, then the workspace.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Study } from '../../../shared/study/schema';
import { useRoute, type TurnPlace } from '../../ui/navigation/route-store';
import { useRespondents } from '../../ui/use-respondents';
import { ConsentStep } from './ConsentStep';
import { DamagedInterview } from './DamagedInterview';
import { flushPendingText, focusTurn, openInterview, type OpenedInterview } from './interview-actions';
import { useInterview } from './interview-store';
import { InterviewWorkspace } from './InterviewWorkspace';

export function InterviewPage({ study, interviewId, at }: { study: Study; interviewId: string; at?: TurnPlace }) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const [loaded, setLoaded] = useState<{ id: string; opened: OpenedInterview | { kind: 'failed'; reason: string } }>();
  const [attempt, setAttempt] = useState(0);
  const state = loaded?.id !== interviewId ? 'loading' : loaded.opened.kind;
  const interview = useInterview((s) => (s.interview?.id === interviewId ? s.interview : undefined));
  const { respondents, codes } = useRespondents(study);

  useEffect(() => {
    let live = true;
    // Whatever goes wrong while opening ends in a message, never in "loading" for good.
    openInterview(interviewId).then(
      (opened) => live && setLoaded({ id: interviewId, opened }),
      (error: unknown) =>
        live &&
        setLoaded({ id: interviewId, opened: { kind: 'failed', reason: String((error as Error)?.message ?? error) } }),
    );
    const flush = () => void flushPendingText();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [interviewId, attempt]);

  // Opened at a place (a search hit): that turn gets the cursor, the hit selected.
  const opened = state === 'found';
  const atTurn = at?.turnId;
  const atStart = at?.start;
  const atEnd = at?.end;
  useEffect(() => {
    if (opened && atTurn !== undefined) focusTurn(atTurn, atStart ?? 0, atEnd ?? atStart ?? 0);
  }, [opened, atTurn, atStart, atEnd]);

  if (loaded?.id === interviewId && loaded.opened.kind === 'damaged') {
    return (
      <DamagedInterview
        interviewId={interviewId}
        problems={loaded.opened.problems}
        repaired={loaded.opened.repaired}
        onRepaired={() => setAttempt((n) => n + 1)}
      />
    );
  }
  if (loaded?.id === interviewId && loaded.opened.kind === 'failed') {
    return (
      <section className="page">
        <p role="alert">{t('interview.damaged.openFailed', { reason: loaded.opened.reason.slice(0, 300) })}</p>
        <button type="button" onClick={() => navigate({ name: 'respondents' })}>
          {t('preparation.back')}
        </button>
      </section>
    );
  }

  if (state === 'missing') {
    return (
      <section className="page">
        <p role="alert">{t('interview.notFound')}</p>
        <button type="button" onClick={() => navigate({ name: 'respondents' })}>
          {t('preparation.back')}
        </button>
      </section>
    );
  }
  if (state !== 'found' || !interview) return <p className="muted">{t('app.loading')}</p>;
  const respondent = respondents?.find((r) => r.id === interview.respondentId);
  const code = codes.get(interview.respondentId) ?? '';
  return interview.status === 'consent' ? (
    <ConsentStep interview={interview} code={code} name={respondent?.name ?? ''} />
  ) : (
    <InterviewWorkspace study={study} interview={interview} code={code} name={respondent?.name ?? ''} />
  );
}
