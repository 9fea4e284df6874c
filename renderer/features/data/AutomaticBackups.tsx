/**
 * The desktop app's automatic backups: where they go (its data folder, and a folder the
 * researcher may choose), the list of them with time, size and what they hold, and
 * "restore" for one, which hands its bytes to the same check as a file chosen by hand.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import {
  failureReason,
  getPlatform,
  platformErrorText,
  type AutomaticBackupStore,
  type BackupEntry,
  type BackupList,
} from '../../platform';
import { backUpAutomatically } from '../../ui/automatic-backup';
import { reportError } from '../../ui/notices/notices';
import type { ReadBackup } from '../../../shared/backup/file';
import { checkBackup, type Refusal } from './backup-actions';

/** An automatic backup picked for restoring, already read and checked. */
export interface OfferedBackup {
  bytes: Uint8Array;
  label: string;
  opened?: ReadBackup;
  refusal?: Refusal;
}

function megabytes(size: number, language: string): string {
  return (size / 1024 / 1024).toLocaleString(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

export function AutomaticBackups({ onRestore }: { onRestore: (offered: OfferedBackup) => void }) {
  const store = getPlatform().backups;
  return store ? <BackupPlaces store={store} onRestore={onRestore} /> : null;
}

function BackupPlaces({
  store,
  onRestore,
}: {
  store: AutomaticBackupStore;
  onRestore: (offered: OfferedBackup) => void;
}) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<BackupList>();
  const [busy, setBusy] = useState(false);

  // Listed again after every action here (`version` moves on).
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  useEffect(() => {
    let current = true;
    store.list().then(
      (listed) => current && setList(listed),
      (error: unknown) => current && reportError(t('autoBackup.listFailed'), [failureReason(error, t)]),
    );
    return () => {
      current = false;
    };
  }, [store, t, version]);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      reportError(t('autoBackup.failed'), [failureReason(error, t)]);
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const restore = (entry: BackupEntry, when: string) =>
    act(async () => {
      try {
        const bytes = await store.read(entry.place, entry.name);
        onRestore({ bytes, label: when, ...(await checkBackup(bytes, undefined, t)) });
      } catch (error) {
        reportError(t('autoBackup.readFailed'), [failureReason(error, t)]);
      }
    });

  const chosen = list?.chosen ?? null;
  const entries = [...(list?.app ?? []), ...(chosen?.status === 'listed' ? chosen.backups : [])].sort(
    (a, b) => b.createdAt - a.createdAt || a.place.localeCompare(b.place),
  );

  return (
    <section className="panel" aria-labelledby="auto-backups">
      <h2 id="auto-backups">{t('autoBackup.title')}</h2>
      <p className="muted">{t('autoBackup.hint')}</p>

      <h3 id="auto-backup-folder">{t('autoBackup.folderTitle')}</h3>
      {chosen === null ? (
        <p>{t('autoBackup.noFolder')}</p>
      ) : (
        <p>{t('autoBackup.folderIs', { folder: chosen.folder })}</p>
      )}
      {chosen?.status === 'missing' && (
        <p role="alert" className="notice-inline error">
          {t('autoBackup.folderMissing', { folder: chosen.folder })}
        </p>
      )}
      {chosen?.status === 'failed' && (
        <p role="alert" className="notice-inline error">
          {t('autoBackup.folderFailed', { folder: chosen.folder })} {platformErrorText(chosen.error, t)}
        </p>
      )}
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => void act(() => store.chooseFolder())}>
          {chosen === null ? t('autoBackup.chooseFolder') : t('autoBackup.otherFolder')}
        </button>
        {chosen !== null && (
          <button type="button" disabled={busy} onClick={() => void act(() => store.forgetFolder())}>
            {t('autoBackup.forgetFolder')}
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => void act(() => backUpAutomatically({ confirm: true }))}>
          {busy ? t('data.working') : t('autoBackup.now')}
        </button>
      </div>

      <h3 id="auto-backup-list">{t('autoBackup.listTitle')}</h3>
      {list && entries.length === 0 && <p>{t('autoBackup.none')}</p>}
      {entries.length > 0 && (
        <table aria-labelledby="auto-backup-list">
          <thead>
            <tr>
              <th scope="col">{t('autoBackup.when')}</th>
              <th scope="col">{t('autoBackup.where')}</th>
              <th scope="col">{t('autoBackup.size')}</th>
              <th scope="col">{t('autoBackup.holds')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('autoBackup.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const when = new Date(entry.createdAt).toLocaleString(i18n.language, {
                dateStyle: 'medium',
                timeStyle: 'short',
              });
              return (
                <tr key={`${entry.place}/${entry.name}`}>
                  <th scope="row">{when}</th>
                  <td>{entry.place === 'app' ? t('autoBackup.placeApp') : t('autoBackup.placeChosen')}</td>
                  <td>{t('autoBackup.megabytes', { size: megabytes(entry.size, i18n.language) })}</td>
                  <td>
                    {entry.contents ? t('autoBackup.contents', { ...entry.contents }) : t('autoBackup.contentsUnknown')}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={t('autoBackup.restoreOne', { when })}
                      onClick={() => void restore(entry, when)}
                    >
                      {t('autoBackup.restore')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
