/**
 * Before the app: the OS keychain first when the researcher chose it (desktop app), else
 * the passphrase (or, when it is lost, the recovery key). A wrong one is said plainly and
 * changes nothing; nothing is read before the key is right.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { unlock } from '../../data/encryption/at-rest';
import type { KeyEnvelope } from '../../data/encryption/key-envelope';
import { clearLocked, unlockWithKeychain, type KeychainUnlock } from '../../data/encryption/keychain';
import { getPlatform } from '../../platform';

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
  const [keychain, setKeychain] = useState<KeychainUnlock['status'] | 'trying'>(envelope.keychain ? 'trying' : 'not-chosen');

  useEffect(() => {
    if (!envelope.keychain) return;
    let current = true;
    void unlockWithKeychain(envelope, getPlatform().keychain).then((result) => {
      if (!current) return;
      if (result.status === 'unlocked') onUnlocked(result.dataKey);
      else setKeychain(result.status);
    });
    return () => {
      current = false;
    };
  }, [envelope, onUnlocked]);

  const submit = async () => {
    setBusy(true);
    setWrong(false);
    try {
      const dataKey = await unlock(envelope, secret, kind);
      if (dataKey) {
        clearLocked();
        onUnlocked(dataKey);
      } else setWrong(true);
    } finally {
      setBusy(false);
    }
  };

  const switchTo = (next: 'passphrase' | 'recovery') => {
    setKind(next);
    setSecret('');
    setWrong(false);
  };

  if (keychain === 'trying' || keychain === 'unlocked')
    return (
      <main className="lock-screen" aria-labelledby="unlock-title">
        <h1 id="unlock-title">{t('atRest.unlockTitle')}</h1>
        <p role="status">{t('keychain.trying')}</p>
      </main>
    );

  return (
    <main className="lock-screen" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('atRest.unlockTitle')}</h1>
      {keychain === 'failed' && <p role="status">{t('keychain.unlockFailed')}</p>}
      {keychain === 'locked' && <p role="status">{t('keychain.afterLock')}</p>}
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
