/**
 * "Gegevens": what is on this computer, a backup of it (optionally with a passphrase),
 * one study as a file to move or merge, restoring or merging a file, and the records a
 * merge kept twice for the researcher to choose.
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Study } from '../../../shared/study/schema';
import { useDatabaseCounts } from '../../data/backup';
import { isEncryptedAtRest } from '../../data/encryption/at-rest';
import { failureReason } from '../../platform';
import { reportError, reportInfo } from '../../ui/notices/notices';
import { saveBackup } from './backup-actions';
import { AutomaticBackups, type OfferedBackup } from './AutomaticBackups';
import { EncryptionSettings } from './EncryptionSettings';
import { MergeConflicts } from './MergeConflicts';
import { RestoreFile } from './RestoreFile';

export function DataPage({ study }: { study: Study | undefined }) {
  const { t } = useTranslation();
  const counts = useDatabaseCounts();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  // Each backup picked from the list gets a fresh restore panel (its own check and choices).
  const [offered, setOffered] = useState<{ backup: OfferedBackup; n: number }>();
  const mustEncrypt = isEncryptedAtRest();
  const missingPassphrase = mustEncrypt && passphrase === '';

  const save = async (options: Parameters<typeof saveBackup>[0]) => {
    setBusy(true);
    try {
      const result = await saveBackup(options);
      if (result.status === 'saved') reportInfo(t('data.backupSaved', { location: result.location }));
    } catch (error) {
      reportError(t('data.backupFailed'), [failureReason(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page data-page" aria-labelledby="data-title">
      <div className="page-head">
        <h1 id="data-title">{t('data.title')}</h1>
      </div>
      <p>{t('data.intro')}</p>
      {counts && <p>{t('data.holds', counts)}</p>}

      <section className="panel" aria-labelledby="data-backup">
        <h2 id="data-backup">{t('data.backupTitle')}</h2>
        <p className="muted">{t('data.backupHint')}</p>
        <label className="field">
          <span>{mustEncrypt ? t('atRest.backupPassphrase') : t('data.passphrase')}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            aria-describedby="data-passphrase-hint"
            required={mustEncrypt}
          />
        </label>
        <p id="data-passphrase-hint" className="muted">
          {missingPassphrase ? t('atRest.backupNeedsPassphrase') : t('data.passphraseHint')}
        </p>
        <button type="button" disabled={busy || missingPassphrase} onClick={() => void save({ passphrase })}>
          {busy ? t('data.working') : t('data.makeBackup')}
        </button>
      </section>

      {study && (
        <section className="panel" aria-labelledby="data-study">
          <h2 id="data-study">{t('data.studyTitle')}</h2>
          <p className="muted">{t('data.studyHint', { name: study.name })}</p>
          <button
            type="button"
            disabled={busy || missingPassphrase}
            onClick={() => void save({ passphrase, studyId: study.id, studyName: study.name })}
          >
            {t('data.exportStudy')}
          </button>
        </section>
      )}

      <AutomaticBackups onRestore={(backup) => setOffered((last) => ({ backup, n: (last?.n ?? 0) + 1 }))} />
      <RestoreFile key={offered?.n ?? 0} offered={offered?.backup} />
      <MergeConflicts />
      <EncryptionSettings />
    </section>
  );
}
