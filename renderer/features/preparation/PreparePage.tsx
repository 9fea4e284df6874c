/** Preparing one interview: the questionnaire answers on the left, the guide on the right. */
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Study } from '../../../shared/study/schema';
import { reportError } from '../../ui/notices/notices';
import { useRoute } from '../../ui/navigation/route-store';
import { failureReason, getPlatform } from '../../platform';
import { useRespondents } from '../../ui/use-respondents';
import { InterviewLinks } from './InterviewLinks';
import { CarriedNotice } from './CarriedNotice';
import { GuidePanel } from './GuidePanel';
import { preparationActions } from './preparation-actions';
import { QuestionnairePanel } from './QuestionnairePanel';
import { usePreparation } from './use-preparation';
import { useCarriedTopics } from './use-carried-topics';

export function PreparePage({ study, respondentId }: { study: Study; respondentId: string }) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const data = usePreparation(study, respondentId);
  const { codes } = useRespondents(study);
  const carried = useCarriedTopics(study.id, codes);
  const actions = useMemo(() => preparationActions(study.id, respondentId), [study.id, respondentId]);

  if (data === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (data === null) {
    return (
      <section className="page">
        <p role="alert">{t('preparation.notFound')}</p>
        <button type="button" onClick={() => navigate({ name: 'respondents' })}>
          {t('preparation.back')}
        </button>
      </section>
    );
  }
  const code = codes.get(data.respondent.id) ?? '';
  const print = async () => {
    try {
      await getPlatform().printPage({ suggestedName: `${code || 'gids'}-gespreksgids.pdf` });
    } catch (error) {
      reportError(t('preparation.printFailed'), [failureReason(error, t)]);
    }
  };

  return (
    <section className="page prepare" aria-labelledby="prepare-title">
      <div className="page-head no-print">
        <button type="button" className="link-button" onClick={() => navigate({ name: 'respondents' })}>
          ← {t('preparation.back')}
        </button>
      </div>
      <div className="page-head">
        <h1 id="prepare-title">
          {t('preparation.title')}: <span className="code">{code}</span> {data.respondent.name}
        </h1>
        <div className="head-actions no-print">
          <button type="button" onClick={() => void print()}>
            {t('preparation.print')}
          </button>
          <InterviewLinks data={data} />
        </div>
      </div>
      <p className="muted respondent-line">
        {[data.type.name, data.respondent.function, data.respondent.organisation].filter(Boolean).join(' · ')}
      </p>
      <CarriedNotice studyId={study.id} carried={carried} />
      <div className="prepare-columns">
        <QuestionnairePanel study={study} data={data} actions={actions} />
        <GuidePanel study={study} data={data} actions={actions} code={code} carried={carried} />
      </div>
    </section>
  );
}
