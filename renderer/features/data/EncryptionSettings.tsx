/**
 * The Gegevens page's part on encryption at rest: whether it is on; setting it up later
 * (the start screen offers it again); locking now; the idle time; unlocking through the OS
 * keychain (desktop app, where the keychain protects the key); a new passphrase.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import {
  changePassphrase,
  idleMinutes,
  isEncryptedAtRest,
  keepInKeychain,
  offerEncryptionAgain,
  saveIdleMinutes,
} from '../../data/encryption/at-rest';
import { forgetKeychain, keychainAvailable, keychainChosen } from '../../data/encryption/keychain';
import { getPlatform } from '../../platform';
import { lockNow } from '../../ui/lock/idle-lock';
import { newPassphraseProblem } from '../../ui/lock/new-passphrase';
import { reportError, reportInfo } from '../../ui/notices/notices';

const MAX_IDLE_MINUTES = 240;

export function EncryptionSettings() {
  const { t } = useTranslation();
  const encrypted = isEncryptedAtRest();
  return (
    <section className="panel" aria-labelledby="data-encryption">
      <h2 id="data-encryption">{t('atRest.sectionTitle')}</h2>
      {encrypted ? (
        <>
          <p>{t('atRest.statusOn')}</p>
          <button type="button" onClick={() => void lockNow()}>
            {t('atRest.lockNow')}
          </button>
          <IdleTime />
          <KeychainChoice />
          <ChangePassphrase />
        </>
      ) : (
        <>
          <p>{t('atRest.statusOff')}</p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              offerEncryptionAgain();
              void lockNow();
            }}
          >
            {t('atRest.turnOn')}
          </button>
        </>
      )}
    </section>
  );
}

function IdleTime() {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(idleMinutes() ?? 15));
  return (
    <form
      className="encryption-form"
      onSubmit={(e) => {
        e.preventDefault();
        const minutes = Number(value);
        if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_IDLE_MINUTES)
          return reportError(t('atRest.idleInvalid'));
        void saveIdleMinutes(minutes).then(
          () => reportInfo(t('atRest.idleSaved', { minutes })),
          () => reportError(t('errors.saveFailed')),
        );
      }}
    >
      <label className="field">
        <span>{t('atRest.idleMinutes')}</span>
        <input
          type="number"
          min={1}
          max={MAX_IDLE_MINUTES}
          step={1}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </label>
      <div>
        <button type="submit">{t('common.save')}</button>
      </div>
    </form>
  );
}

/** Hidden where there is no keychain worth the name (the browser build, Linux without a secret service). */
function KeychainChoice() {
  const { t } = useTranslation();
  const [state, setState] = useState<'unknown' | 'unavailable' | 'on' | 'off'>('unknown');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    let current = true;
    void (async () => {
      const available = await keychainAvailable(getPlatform().keychain);
      const chosen = available && (await keychainChosen());
      if (current) setState(!available ? 'unavailable' : chosen ? 'on' : 'off');
    })().catch(() => current && setState('unavailable'));
    return () => {
      current = false;
    };
  }, []);

  const keychain = getPlatform().keychain;
  if (state === 'unknown' || state === 'unavailable' || !keychain) return null;

  const toggle = async (on: boolean) => {
    setBusy(true);
    setProblem(undefined);
    try {
      if (on) {
        if (await keepInKeychain(keychain)) {
          setState('on');
          reportInfo(t('keychain.turnedOn'));
        } else setProblem(t('keychain.refused'));
      } else {
        await forgetKeychain(keychain);
        setState('off');
        reportInfo(t('keychain.turnedOff'));
      }
    } catch {
      setProblem(t('keychain.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="encryption-form keychain-choice" aria-describedby="keychain-explanation">
      <legend>{t('keychain.title')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={state === 'on'}
          disabled={busy}
          onChange={(e) => void toggle(e.target.checked)}
        />
        <span>{t('keychain.choice')}</span>
      </label>
      <p id="keychain-explanation" className="hint">
        {t('keychain.explanation')}
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

function ChangePassphrase() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const rejected = newPassphraseProblem(next, repeat);
    if (rejected) return setProblem(t(rejected));
    setBusy(true);
    try {
      if (await changePassphrase(current, next)) {
        setProblem(undefined);
        setCurrent('');
        setNext('');
        setRepeat('');
        reportInfo(t('atRest.changed'));
      } else setProblem(t('atRest.currentWrong'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="encryption-form"
      aria-labelledby="change-passphrase"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="change-passphrase">{t('atRest.changeTitle')}</h3>
      <label className="field">
        <span>{t('atRest.currentPassphrase')}</span>
        <input
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('atRest.newPassphrase')}</span>
        <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('atRest.passphraseRepeat')}</span>
        <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div>
        <button type="submit" disabled={busy || current === ''}>
          {busy ? t('data.working') : t('atRest.change')}
        </button>
      </div>
    </form>
  );
}
