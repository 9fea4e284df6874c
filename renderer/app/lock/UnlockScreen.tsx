/**
 * Before the app: the passphrase (or, when it is lost, the recovery key). A wrong one is
 * said plainly and changes nothing; nothing is read before the key is right.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unlock } from '../../data/encryption/at-rest';
import type { KeyEnvelope } from '../../data/encryption/key-envelope';

export function UnlockScreen({
  envelope,
  onUnlocked,
}: {
  envelope: KeyEnvelope;
  onUnlocked: (dataKey: Uint8Array) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setWrong(false);
    try {
      const dataKey = await unlock(envelope, secret, kind);
      if (dataKey) onUnlocked(dataKey);
      else setWrong(true);
    } finally {
      setBusy(false);
    }
  };

  const switchTo = (next: 'passphrase' | 'recovery') => {
    setKind(next);
    setSecret('');
    setWrong(false);
  };

  return (
    <main className="lock-screen" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('atRest.unlockTitle')}</h1>
      <p>{t('atRest.unlockIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span>{kind === 'passphrase' ? t('atRest.passphrase') : t('atRest.recoveryPrompt')}</span>
          <input
            key={kind}
            type={kind === 'passphrase' ? 'password' : 'text'}
            autoComplete={kind === 'passphrase' ? 'current-password' : 'off'}
            spellCheck={false}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            aria-invalid={wrong}
            autoFocus
          />
        </label>
        {wrong && (
          <p className="field-error" role="alert">
            {kind === 'passphrase' ? t('atRest.wrongPassphrase') : t('atRest.wrongRecovery')}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || secret === ''}>
            {busy ? t('atRest.unlocking') : t('atRest.unlock')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => switchTo(kind === 'passphrase' ? 'recovery' : 'passphrase')}
          >
            {kind === 'passphrase' ? t('atRest.useRecovery') : t('atRest.usePassphrase')}
          </button>
        </div>
      </form>
    </main>
  );
}
