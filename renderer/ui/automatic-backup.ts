/**
 * Automatic backups. The desktop app writes one after every interview ends and once a day
 * while it is open (main keeps them: electron/automatic-backups.ts); a problem with the
 * chosen folder (unplugged, full) is said, never in the way. The browser build cannot
 * write files by itself, so after an interview it reminds the researcher to download one
 * (a notice that stays until closed, not one that fades while they write the reflection).
 */
import { i18n } from '../i18n';
import { makeCountedBackup } from '../data/backup';
import { database } from '../data/instance';
import { failureReason, getPlatform, platformErrorText } from '../platform';
import type { AutomaticBackupResult } from '../../shared/ipc';
import { reportError, reportInfo, useNotices } from './notices/notices';

export const DAY = 24 * 60 * 60 * 1000;

let running: Promise<AutomaticBackupResult | null> | null = null;

/** Says what the researcher must know: the chosen folder's trouble; on request, that it worked. */
function report(result: AutomaticBackupResult, confirm: boolean): void {
  const t = i18n.t;
  const chosen = result.chosen;
  if (chosen?.status === 'missing') reportError(t('autoBackup.folderMissing', { folder: chosen.folder }));
  else if (chosen?.status === 'failed')
    reportError(t('autoBackup.folderFailed', { folder: chosen.folder }), [platformErrorText(chosen.error, t)]);
  else if (confirm) reportInfo(t('autoBackup.made'));
}

/**
 * Writes an automatic backup (desktop only; null in the browser). One at a time: a second
 * call while one is being written waits for that one. Failures are reported, never thrown,
 * unless `throwOnFailure` (a restore must not go on without its safety copy).
 */
export function backUpAutomatically(
  options: { confirm?: boolean; throwOnFailure?: boolean } = {},
): Promise<AutomaticBackupResult | null> {
  const store = getPlatform().backups;
  if (!store) return Promise.resolve(null);
  const work = (running ?? Promise.resolve(null))
    .catch(() => null)
    .then(async () => {
      const { bytes, contents } = await makeCountedBackup(database());
      return store.write(bytes, contents);
    });
  running = work;
  return work.then(
    (result) => {
      if (result) report(result, options.confirm ?? false);
      return result;
    },
    (error: unknown) => {
      if (options.throwOnFailure) throw error;
      reportError(i18n.t('autoBackup.failed'), [failureReason(error, i18n.t)]);
      return null;
    },
  );
}

/** After an interview ends: a backup on the desktop, a reminder to download one in the browser. */
export function afterInterviewEnded(): void {
  if (getPlatform().kind === 'browser') {
    useNotices.getState().show({ tone: 'info', message: i18n.t('data.reminder') });
    return;
  }
  void backUpAutomatically({ confirm: true });
}

/** A backup when the newest one in the app's folder is a day old or more (or there is none). */
export async function backUpIfADayOld(now = Date.now()): Promise<void> {
  const store = getPlatform().backups;
  if (!store) return;
  try {
    const { app } = await store.list();
    const newest = app[0]?.createdAt ?? 0;
    if (now - newest < DAY) return;
  } catch {
    // Cannot list: try to write one anyway; that reports its own failure.
  }
  await backUpAutomatically();
}
