/**
 * The Gegevens page's part on encryption at rest: whether it is on; setting it up later
 * (the start screen offers it again); locking now; the idle time; a new passphrase.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changePassphrase,
  idleMinutes,
  isEncryptedAtRest,
  offerEncryptionAgain,
  saveIdleMinutes,
} from '../../data/encryption/at-rest';
import { lockNow } from '../../ui/lock/idle-lock';
import { reportError, reportInfo } from '../../ui/notices/notices';

const MIN_PASSPHRASE_LENGTH = 10;
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

function ChangePassphrase() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (next.length < MIN_PASSPHRASE_LENGTH) return setProblem(t('atRest.tooShort'));
    if (next !== repeat) return setProblem(t('atRest.notSame'));
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
