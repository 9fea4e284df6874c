/** Shown instead of the app when the database cannot be opened; nothing is changed. */
import { useTranslation } from '../i18n/react';

export function StartupError({ newerVersion, detail }: { newerVersion: boolean; detail: string }) {
  const { t } = useTranslation();
  return (
    <main className="startup-error" role="alert">
      <h1>{t('startup.title')}</h1>
      <p>{newerVersion ? t('startup.newerVersion') : t('startup.cannotOpen')}</p>
      <p className="muted">{t('startup.nothingChanged')}</p>
      {!newerVersion && <pre>{detail}</pre>}
    </main>
  );
}
