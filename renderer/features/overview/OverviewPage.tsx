/**
 * The study at a glance (step 3, across interviews): which topics are still
 * under-covered, the questionnaire answers side by side, and the follow-ups each
 * interview's Afsluiting left.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { deriveCodes } from '../../../shared/respondents/code-scheme';
import type { Study } from '../../../shared/study/schema';
import { useStudyOverviewData } from '../../data/study-overview';
import { AnswersSideBySide } from './AnswersSideBySide';
import { CodeMatrix } from './CodeMatrix';
import { CoverageMatrix } from './CoverageMatrix';
import { FollowUps } from './FollowUps';

export function OverviewPage({ study }: { study: Study }) {
  const { t } = useTranslation();
  // Every part's data in one query, so the page is laid out once, complete.
  const data = useStudyOverviewData(study.id);
  const respondents = data?.respondents;
  const codes = useMemo(() => deriveCodes(study, respondents ?? []), [study, respondents]);

  return (
    <section className="page overview" aria-labelledby="overview-title">
      <div className="page-head">
        <h1 id="overview-title">{t('overview.title')}</h1>
      </div>
      <nav className="in-page" aria-label={t('overview.parts')}>
        <button type="button" className="link-button" onClick={() => jump('overview-coverage')}>
          {t('overview.matrixTitle')}
        </button>
        <button type="button" className="link-button" onClick={() => jump('overview-codes')}>
          {t('coding.matrix.title')}
        </button>
        <button type="button" className="link-button" onClick={() => jump('overview-answers')}>
          {t('overview.answersTitle')}
        </button>
        <button type="button" className="link-button" onClick={() => jump('overview-follow-ups')}>
          {t('overview.followUpsTitle')}
        </button>
      </nav>
      {!data ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <section aria-labelledby="overview-coverage">
            <h2 id="overview-coverage">{t('overview.matrixTitle')}</h2>
            <p className="hint">{t('overview.matrixHint')}</p>
            <CoverageMatrix interviews={data.interviews} codes={codes} />
          </section>
          <section className="overview-part" aria-labelledby="overview-codes">
            <h2 id="overview-codes">{t('coding.matrix.title')}</h2>
            <p className="hint">{t('coding.matrix.hint')}</p>
            <CodeMatrix
              study={study}
              held={data.interviews}
              respondents={data.respondents}
              codings={data.codings}
              families={data.families}
              codes={codes}
            />
          </section>
          <section className="overview-part" aria-labelledby="overview-answers">
            <h2 id="overview-answers">{t('overview.answersTitle')}</h2>
            <AnswersSideBySide
              study={study}
              respondents={data.respondents}
              responses={data.responses}
              codes={codes}
            />
          </section>
          <section
            className="overview-part"
            aria-labelledby="overview-follow-ups"
            style={{ containIntrinsicSize: `auto ${followUpsRem(data.interviews.length)}rem` }}
          >
            <h2 id="overview-follow-ups">{t('overview.followUpsTitle')}</h2>
            <FollowUps study={study} interviews={data.interviews} reflections={data.reflections} codes={codes} />
          </section>
        </>
      )}
    </section>
  );
}

/**
 * The follow-up table's height before it was first drawn (one line per interview), so
 * the page's scroll height is about right while the table is skipped below the fold.
 */
function followUpsRem(interviews: number): number {
  return 6 + interviews * 2.35;
}

/** Buttons, not #links: the hash holds the route. */
function jump(id: string): void {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
