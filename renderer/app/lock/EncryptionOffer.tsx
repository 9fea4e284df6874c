/**
 * First start (or an existing plaintext database): encryption offered up front, with a
 * clear way past it. Set-up asks the passphrase twice, then shows the recovery key once,
 * to print or write down, before anything is encrypted.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { newRecoveryKey } from '../../data/encryption/key-envelope';
import { setUpEncryption } from '../../data/encryption/at-rest';
import { newPassphraseProblem } from '../../ui/lock/new-passphrase';

export function EncryptionOffer({
  hasPlainData,
  onDecline,
  onReady,
}: {
  hasPlainData: boolean;
  onDecline: () => void;
  onReady: (dataKey: Uint8Array) => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [dataKey, setDataKey] = useState<Uint8Array>();
  const [kept, setKept] = useState(false);
  const recoveryKey = useMemo(() => newRecoveryKey(), []);

  const submit = async () => {
    const rejected = newPassphraseProblem(passphrase, repeat);
    if (rejected) return setProblem(t(rejected));
    setProblem(undefined);
    setBusy(true);
    try {
      setDataKey(await setUpEncryption(passphrase, recoveryKey));
    } finally {
      setBusy(false);
    }
  };

  if (dataKey) {
    return (
      <main className="lock-screen" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{t('atRest.recoveryTitle')}</h1>
        <p>{t('atRest.recoveryIntro')}</p>
        <figure className="recovery" aria-labelledby="recovery-label">
          <figcaption id="recovery-label">{t('atRest.recoveryKey')}</figcaption>
          <p className="recovery-key">{recoveryKey}</p>
        </figure>
        <div className="actions no-print">
          <button type="button" onClick={() => window.print()}>
            {t('atRest.print')}
          </button>
        </div>
        <label className="check no-print">
          <input type="checkbox" checked={kept} onChange={(e) => setKept(e.target.checked)} />
          <span>{t('atRest.recoveryKept')}</span>
        </label>
        <div className="actions no-print">
          <button type="button" className="primary" disabled={!kept} onClick={() => onReady(dataKey)}>
            {t('atRest.continue')}
          </button>
        </div>
      </main>
    );
  }

  return (
    <main className="lock-screen" aria-labelledby="offer-title">
      <h1 id="offer-title">{t('atRest.offerTitle')}</h1>
      <p>{t('atRest.offerIntro')}</p>
      {hasPlainData && <p>{t('atRest.offerExisting')}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span>{t('atRest.passphrase')}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            aria-describedby="offer-hint"
            autoFocus
          />
        </label>
        <p id="offer-hint" className="muted">
          {t('atRest.passphraseHint')}
        </p>
        <label className="field">
          <span>{t('atRest.passphraseRepeat')}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
          />
        </label>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('atRest.deriving') : t('atRest.setUp')}
          </button>
          <button type="button" disabled={busy} onClick={onDecline}>
            {t('atRest.notNow')}
          </button>
        </div>
      </form>
    </main>
  );
}
