/**
 * Start-up: offer encryption at rest on first start, or ask for the passphrase when it
 * is on (app/lock/encrypted-start.tsx, loaded only then); open the database (refusing one from a newer Veldwerk), install the example
 * study on first start, pick the language, put back topic-list edits a restart cut off,
 * ask for persistent storage, render.
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './app/App';
import type { StartApp } from './app/lock/encrypted-start';
import { StartupError } from './app/StartupError';
import {
  closeOnVersionChange,
  createDatabase,
  NewerDatabaseError,
  openDatabase,
  type VeldwerkDatabase,
} from './data/database';
import { startMode, type StartMode } from './data/encryption/start-mode';
import { setDatabase } from './data/instance';
import { languageSetting, rememberLanguageOutside } from './data/language-setting';
import { activeStudyId, ensureExampleStudy } from './data/studies';
import { journalKeys } from './data/autosave/journal';
import { journalKey } from './data/autosave/keys';
import { guarded, reportError, reportInfo } from './ui/notices/notices';
import { changeLanguage, i18n, initI18n, isI18nStarted, loadAllTexts } from './i18n';
import { getPlatform } from './platform';
import { useActiveStudy } from './ui/active-study';
import { markClosedForOtherWindow } from './ui/connection';
import './styles/app.css';
import './styles/print.css';
import './styles/reflection.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  let mode: StartMode;
  try {
    mode = await startMode();
  } catch (error) {
    await initI18n('nl');
    root.render(<StartupError newerVersion={false} detail={String(error)} />);
    return;
  }
  const go: StartApp = (open, encrypted) => startApp(root, open, encrypted);
  if (mode.kind === 'plain') return go(() => openDatabase(createDatabase()));
  // Offered or locked: the screens for it and the cipher code load only now.
  const { startEncryptedOrOffer } = await import('./app/lock/encrypted-start');
  await startEncryptedOrOffer(root, mode, go);
}

async function startApp(
  root: Root,
  open: () => Promise<VeldwerkDatabase>,
  encrypted?: { beforeShown: () => void },
): Promise<void> {
  let db;
  try {
    db = await open();
  } catch (error) {
    if (!isI18nStarted()) await initI18n('nl');
    root.render(<StartupError newerVersion={error instanceof NewerDatabaseError} detail={String(error)} />);
    return;
  }
  closeOnVersionChange(db, markClosedForOtherWindow);
  setDatabase(db);
  // The language and the study to open are read side by side: neither waits for the other.
  const languageReady = languageSetting(db).then(async (language) => {
    if (isI18nStarted()) await changeLanguage(language);
    else await initI18n(language);
    rememberLanguageOutside(language);
  });
  await ensureExampleStudy(db);
  // Before any screen reads a study: a preparation opened first must see the restored edits too.
  let restored: string[] = [];
  // The journal's code (with the study schema) loads only when there is something to put back.
  if (journalKeys((key) => key.startsWith(journalKey.anyTopicList)).length > 0) {
    await languageReady;
    await guarded(async () => {
      const [{ restoreUnsavedTopicLists }] = await Promise.all([import('./data/topic-list-journal'), loadAllTexts()]);
      restored = await restoreUnsavedTopicLists(db);
    }, i18n.t('errors.saveFailed'));
  }
  const [studyId] = await Promise.all([activeStudyId(db), languageReady]);
  useActiveStudy.setState({ studyId });
  // Not awaited: the answer only matters to the storage layer, never to the UI.
  void getPlatform().requestPersistentStorage();
  encrypted?.beforeShown();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  for (const title of restored) reportInfo(i18n.t('topicLists.restored', { title }));
  reportRecoveryFromCrash();
  document.body.dataset.ready = 'true';
}

/** Electron loads the window again after its renderer crashed, marked with ?recovered=. */
function reportRecoveryFromCrash(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('recovered')) return;
  reportError(i18n.t('app.recoveredFromCrash'));
  url.searchParams.delete('recovered');
  // A later reload is not another crash.
  window.history.replaceState(null, '', url.toString());
}

void start();
