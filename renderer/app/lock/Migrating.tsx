/** While a plaintext database is copied into the encrypted one. */
import { useTranslation } from '../../i18n/react';
import type { MigrationProgress } from '../../data/encryption/migrate';

export function Migrating({ progress }: { progress: MigrationProgress | undefined }) {
  const { t } = useTranslation();
  return (
    <main className="lock-screen" aria-labelledby="migrating-title">
      <h1 id="migrating-title">{t('atRest.migrating')}</h1>
      <progress
        aria-label={t('atRest.migratingProgress')}
        max={Math.max(progress?.total ?? 1, 1)}
        value={progress?.done ?? 0}
      />
      <p className="muted">{t('atRest.migratingHint')}</p>
    </main>
  );
}
