/** The app frame: header with navigation, the current screen, the notice area. */
import { useTranslation } from 'react-i18next';
import { InterviewPage } from '../features/interview/InterviewPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { PreparePage } from '../features/preparation/PreparePage';
import { ReflectionPage } from '../features/reflection/ReflectionPage';
import { RespondentsPage } from '../features/respondents/RespondentsPage';
import { StudyPage } from '../features/study-design/StudyPage';
import { NewStudyPage } from '../features/study-design/NewStudyPage';
import { useStudy } from '../ui/active-study';
import { Header } from './Header';
import { Notices } from '../ui/notices/Notices';
import { useRoute } from '../ui/navigation/route-store';

export function App() {
  const { t } = useTranslation();
  const route = useRoute((s) => s.route);
  const study = useStudy();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header study={study} />
      <main id="main" className="app-main" tabIndex={-1}>
        {route.name === 'newStudy' ? (
          <NewStudyPage />
        ) : !study ? (
          <p className="muted">{t('app.loading')}</p>
        ) : route.name === 'prepare' ? (
          <PreparePage study={study} respondentId={route.respondentId} />
        ) : route.name === 'interview' ? (
          <InterviewPage study={study} interviewId={route.interviewId} />
        ) : route.name === 'reflection' ? (
          <ReflectionPage study={study} interviewId={route.interviewId} />
        ) : route.name === 'overview' ? (
          <OverviewPage study={study} />
        ) : route.name === 'study' ? (
          <StudyPage key={study.id} study={study} />
        ) : (
          <RespondentsPage study={study} />
        )}
      </main>
      <Notices />
    </div>
  );
}
