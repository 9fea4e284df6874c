/** The app frame: header with navigation, the current screen, the notice area. */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/react';
import { RespondentsPage } from '../features/respondents/RespondentsPage';
import { useActiveStudy, useStudy } from '../ui/active-study';
import { ConnectionClosed } from './ConnectionClosed';
import { Header } from './Header';
import { Notices } from '../ui/notices/Notices';
import { useRoute } from '../ui/navigation/route-store';
import { useShortcutList } from '../ui/commands/shortcut-list-store';
import { useAppCommands } from '../ui/commands/use-app-commands';
import { useDailyBackup } from '../ui/daily-backup';
import { useAfterFirstScreen } from '../ui/after-first-screen';
import { loadAllTexts } from '../i18n';

// Screens other than the respondents list (the usual first screen) load when first opened,
// with the texts of every screen but the first, so starting the app waits for neither.
function screen<T>(load: () => Promise<{ default: T }>): () => Promise<{ default: T }> {
  return () => Promise.all([load(), loadAllTexts()]).then(([module]) => module);
}

const InterviewPage = lazy(
  screen(() => import('../features/interview/InterviewPage').then((m) => ({ default: m.InterviewPage }))),
);
const OverviewPage = lazy(
  screen(() => import('../features/overview/OverviewPage').then((m) => ({ default: m.OverviewPage }))),
);
const PreparePage = lazy(
  screen(() => import('../features/preparation/PreparePage').then((m) => ({ default: m.PreparePage }))),
);
const ReflectionPage = lazy(
  screen(() => import('../features/reflection/ReflectionPage').then((m) => ({ default: m.ReflectionPage }))),
);
const SearchPage = lazy(screen(() => import('../features/search/SearchPage').then((m) => ({ default: m.SearchPage }))));
const DataPage = lazy(screen(() => import('../features/data/DataPage').then((m) => ({ default: m.DataPage }))));
const StudyPage = lazy(
  screen(() => import('../features/study-design/StudyPage').then((m) => ({ default: m.StudyPage }))),
);
// Named once the full record check has loaded, after the first screen (ui/after-first-screen.ts).
const DamagedRecords = lazy(screen(() => import('../ui/DamagedRecords').then((m) => ({ default: m.DamagedRecords }))));
// The shortcut list opens on request (F1 or the menu), never on the first screen.
const ShortcutList = lazy(
  screen(() => import('../ui/commands/ShortcutList').then((m) => ({ default: m.ShortcutList }))),
);
const NewStudyPage = lazy(
  screen(() => import('../features/study-design/NewStudyPage').then((m) => ({ default: m.NewStudyPage }))),
);

export function App() {
  const { t } = useTranslation();
  const route = useRoute((s) => s.route);
  const study = useStudy();
  // No study left (the last one deleted): the only thing to do is make one.
  const noStudy = useActiveStudy((s) => s.studyId === undefined);
  const fullCheck = useAfterFirstScreen(study !== undefined || noStudy);
  // A new screen whose old one took the focus with it: the keyboard goes on at the top of
  // the new screen (the next Tab reaches its first control), not at the top of the window.
  const main = useRef<HTMLElement>(null);
  useAppCommands();
  useDailyBackup();
  const shortcutsShown = useShortcutList((s) => s.open);
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body)
      main.current?.focus({ preventScroll: true });
  }, [route]);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header study={study} />
      <main id="main" ref={main} className="app-main" tabIndex={-1}>
        {shortcutsShown && (
          <Suspense fallback={null}>
            <ShortcutList />
          </Suspense>
        )}
        {fullCheck && (
          <Suspense fallback={null}>
            <DamagedRecords />
          </Suspense>
        )}
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          {route.name === 'data' ? (
            // Also with no study left: restoring a backup is how one comes back.
            <DataPage study={study} />
          ) : route.name === 'newStudy' || noStudy ? (
            <NewStudyPage />
          ) : !study ? (
            <p className="muted">{t('app.loading')}</p>
          ) : route.name === 'prepare' ? (
            <PreparePage study={study} respondentId={route.respondentId} />
          ) : route.name === 'interview' ? (
            <InterviewPage study={study} interviewId={route.interviewId} at={route.at} />
          ) : route.name === 'reflection' ? (
            <ReflectionPage study={study} interviewId={route.interviewId} />
          ) : route.name === 'search' ? (
            <SearchPage key={study.id} study={study} />
          ) : route.name === 'overview' ? (
            <OverviewPage study={study} />
          ) : route.name === 'study' ? (
            <StudyPage key={study.id} study={study} />
          ) : (
            <RespondentsPage study={study} />
          )}
        </Suspense>
      </main>
      <Notices />
      <ConnectionClosed />
    </div>
  );
}
