/**
 * Opening a backup or study file (chosen by hand, or one of the desktop app's automatic
 * backups): it is read and checked completely first, its contents shown, and only then
 * added as a copy (new studies beside what is here), merged, or (a full backup, after
 * confirmation and after the current data are backed up) put in place of everything.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { needsPassphrase, sealedWithDataKey, type ReadBackup } from '../../../shared/backup/file';
import { addAsCopy, mergeInto, replaceWith } from '../../data/backup';
import { database } from '../../data/instance';
import { activeStudyId } from '../../data/studies';
import { failureReason, getPlatform } from '../../platform';
import { backUpAutomatically } from '../../ui/automatic-backup';
import { useDamagedRecords } from '../../ui/DamagedRecords';
import { isEncryptedAtRest } from '../../data/encryption/at-rest';
import { useActiveStudy } from '../../ui/active-study';
import { reportError, reportInfo } from '../../ui/notices/notices';
import type { OfferedBackup } from './AutomaticBackups';
import { checkBackup, saveBackup, type Refusal } from './backup-actions';

/**
 * The current data kept before they are replaced: on the desktop an automatic backup (no
 * dialog), in the browser a download. Neither asks for a passphrase: with encryption at
 * rest on, both are sealed with the data key (renderer/data/backup.ts). Null when the
 * researcher cancelled the download.
 */
async function keepCurrentData(): Promise<string | null> {
  if (getPlatform().backups) return (await backUpAutomatically({ throwOnFailure: true }))?.location ?? null;
  const saved = await saveBackup({ prefix: 'veldwerk-voor-terugzetten' });
  return saved.status === 'saved' ? saved.location : null;
}

export function RestoreFile({ offered }: { offered?: OfferedBackup }) {
  const { t, i18n } = useTranslation();
  const [bytes, setBytes] = useState<Uint8Array | undefined>(offered?.bytes);
  const [passphrase, setPassphrase] = useState('');
  const [opened, setOpened] = useState<ReadBackup | undefined>(offered?.opened);
  const [refusal, setRefusal] = useState<Refusal | undefined>(offered?.refusal);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [source, setSource] = useState<string | undefined>(offered?.label);
  const heading = useRef<HTMLHeadingElement>(null);
  const date = (ms: number) =>
    new Date(ms).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' });

  const choose = async (file: File | undefined) => {
    setOpened(undefined);
    setRefusal(undefined);
    setConfirming(false);
    setSource(undefined);
    setBytes(file ? new Uint8Array(await file.arrayBuffer()) : undefined);
  };

  const open = async () => {
    if (!bytes) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      const checked = await checkBackup(bytes, passphrase, t);
      if ('opened' in checked) setOpened(checked.opened);
      else setRefusal(checked.refusal);
    } finally {
      setBusy(false);
    }
  };

  // A backup picked from the list (this component is mounted anew for each) arrives checked.
  useEffect(() => {
    if (!offered) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the backup this component was made for
  }, []);

  const copy = async () => {
    if (!opened) return;
    setBusy(true);
    try {
      const ids = await addAsCopy(database(), opened.document.tables, {
        renameStudy: (name) => t('data.copyName', { name }),
      });
      reportInfo(t('data.copied', { count: ids.length }));
      await afterChange();
    } catch (error) {
      reportError(t('data.restoreFailed'), [failureReason(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  const afterChange = async () => {
    void useDamagedRecords.getState().scan();
    useActiveStudy.setState({ studyId: await activeStudyId(database()) });
    setOpened(undefined);
    setBytes(undefined);
    setConfirming(false);
  };

  const merge = async () => {
    if (!opened) return;
    setBusy(true);
    try {
      const result = await mergeInto(database(), opened.document.tables);
      const added = Object.values(result.added).reduce((sum, records) => sum + records.length, 0);
      reportInfo(t('data.merged', { added, same: result.unchanged, conflicts: result.conflicts.length }));
      await afterChange();
    } catch (error) {
      reportError(t('data.restoreFailed'), [failureReason(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  const replace = async () => {
    if (!opened) return;
    setBusy(true);
    try {
      const safety = await keepCurrentData();
      if (safety === null) {
        reportError(t('data.safetyCancelled'));
        return;
      }
      await replaceWith(database(), opened.document.tables);
      reportInfo(t('data.replaced', { location: safety }));
      await afterChange();
    } catch (error) {
      reportError(t('data.restoreFailed'), [failureReason(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  const summary = opened?.summary;
  // A backup sealed with a data key opens here without asking when it was made from this
  // data; the field appears only when it was not (or this window is not encrypted at rest).
  const asksSecret =
    bytes !== undefined &&
    (needsPassphrase(bytes) ||
      (sealedWithDataKey(bytes) &&
        (!isEncryptedAtRest() || refusal?.code === 'key-needed' || refusal?.code === 'wrong-key')));
  return (
    <section className="panel" aria-labelledby="data-restore">
      <h2 id="data-restore" ref={heading} tabIndex={-1}>
        {t('data.restoreTitle')}
      </h2>
      {source && <p>{t('data.fromAutomatic', { when: source })}</p>}
      <label className="field">
        <span>{t('data.chooseFile')}</span>
        <input type="file" accept=".vwbackup" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {asksSecret && (
        <label className="field">
          <span>{sealedWithDataKey(bytes) ? t('data.fileKeySecret') : t('data.filePassphrase')}</span>
          <input
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </label>
      )}
      <button type="button" disabled={!bytes || busy} onClick={() => void open()}>
        {busy && !opened ? t('data.working') : t('data.open')}
      </button>

      {refusal && (
        <div role="alert" className="notice-inline error">
          <p>{t('data.refused')}</p>
          <p>{refusal.message}</p>
          {refusal.details.length > 0 && (
            <ul>
              {refusal.details.map((detail, i) => (
                <li key={i}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {opened && summary && (
        <section aria-labelledby="data-file-holds">
          <h3 id="data-file-holds">{t('data.fileHolds')}</h3>
          <p>
            {opened.document.scope.kind === 'all' ? t('data.fileKindAll') : t('data.fileKindStudy')}{' '}
            {t('data.fileMade', { date: new Date(opened.document.createdAt).toLocaleString(i18n.language) })}
          </p>
          <p>
            {t('data.fileCounts', {
              studies: summary.studies.length,
              respondents: summary.respondents,
              interviews: summary.interviews,
              turns: summary.turns,
            })}
          </p>
          {summary.firstInterviewAt !== undefined && summary.lastInterviewAt !== undefined && (
            <p>{t('data.fileDates', { first: date(summary.firstInterviewAt), last: date(summary.lastInterviewAt) })}</p>
          )}
          <table>
            <thead>
              <tr>
                <th scope="col">{t('data.studyColumn')}</th>
                <th scope="col">{t('data.respondentsColumn')}</th>
                <th scope="col">{t('data.interviewsColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.studies.map((study) => (
                <tr key={study.id}>
                  <th scope="row">{study.name}</th>
                  <td>{study.respondents}</td>
                  <td>{study.interviews}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('data.copyHint')}</p>
          <button type="button" disabled={busy} onClick={() => void copy()}>
            {t('data.copy')}
          </button>
          <p className="muted">{t('data.mergeHint')}</p>
          <button type="button" disabled={busy} onClick={() => void merge()}>
            {t('data.merge')}
          </button>
          {opened.document.scope.kind === 'all' ? (
            <>
              <p className="muted">{t('data.replaceHint')}</p>
              {!confirming ? (
                <button type="button" className="danger" disabled={busy} onClick={() => setConfirming(true)}>
                  {t('data.replace')}
                </button>
              ) : (
                <>
                  <button
                    type="button"
                    className="danger"
                    disabled={busy}
                    onClick={() => void replace()}
                  >
                    {t('data.confirmReplace')}
                  </button>
                  <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
                    {t('common.cancel')}
                  </button>
                </>
              )}
            </>
          ) : (
            <p className="muted">{t('data.replaceOnlyAll')}</p>
          )}
        </section>
      )}
    </section>
  );
}
