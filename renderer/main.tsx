/**
 * Start-up: open the database (refusing one from a newer Veldwerk), install the example
 * study on first start, pick the language, put back topic-list edits a restart cut off,
 * ask for persistent storage, render.
 */
import i18next from 'i18next';
import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupError } from './app/StartupError';
import { closeOnVersionChange, createDatabase, NewerDatabaseError, openDatabase } from './data/database';
import { setDatabase } from './data/instance';
import { languageSetting } from './data/settings';
import { activeStudyId, ensureExampleStudy } from './data/studies';
import { restoreUnsavedTopicLists } from './data/topic-list-journal';
import { guarded, reportError, reportInfo } from './ui/notices/notices';
import { initI18n } from './i18n';
import { getPlatform } from './platform';
import { useActiveStudy } from './ui/active-study';
import { markClosedForOtherWindow } from './ui/connection';
import './styles/app.css';
import './styles/print.css';
import './styles/reflection.css';

// zod probes `new Function` to speed itself up; the CSP forbids eval, so skip the probe.
z.config({ jitless: true });

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  let db;
  try {
    db = await openDatabase(createDatabase());
  } catch (error) {
    await initI18n('nl');
    root.render(<StartupError newerVersion={error instanceof NewerDatabaseError} detail={String(error)} />);
    return;
  }
  closeOnVersionChange(db, markClosedForOtherWindow);
  setDatabase(db);
  await ensureExampleStudy(db);
  await initI18n(await languageSetting(db));
  // Before any screen reads a study: a preparation opened first must see the restored edits too.
  let restored: string[] = [];
  await guarded(async () => {
    restored = await restoreUnsavedTopicLists(db);
  }, i18next.t('errors.saveFailed'));
  useActiveStudy.setState({ studyId: await activeStudyId(db) });
  // Not awaited: the answer only matters to the storage layer, never to the UI.
  void getPlatform().requestPersistentStorage();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  for (const title of restored) reportInfo(i18next.t('topicLists.restored', { title }));
  reportRecoveryFromCrash();
  document.body.dataset.ready = 'true';
}

/** Electron loads the window again after its renderer crashed, marked with ?recovered=. */
function reportRecoveryFromCrash(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('recovered')) return;
  reportError(i18next.t('app.recoveredFromCrash'));
  url.searchParams.delete('recovered');
  // A later reload is not another crash.
  window.history.replaceState(null, '', url.toString());
}

void start();
