/** Records a merge kept twice: the researcher chooses which version stays. */
import { useTranslation } from '../../i18n/react';
import { resolveConflict, useMergeConflicts, type StoredConflict } from '../../data/backup';
import { database } from '../../data/instance';
import { failureReason } from '../../platform';
import { reportError } from '../../ui/notices/notices';

/** A name a person recognises: a study's or respondent's name, otherwise the id. */
function nameOf(conflict: StoredConflict): string {
  const record = conflict.theirs as { name?: unknown };
  return typeof record?.name === 'string' ? record.name : conflict.id;
}

export function MergeConflicts() {
  const { t } = useTranslation();
  const conflicts = useMergeConflicts();
  if (!conflicts || conflicts.length === 0) return null;
  const choose = async (key: string, keep: 'ours' | 'theirs') => {
    try {
      await resolveConflict(database(), key, keep);
    } catch (error) {
      reportError(t('data.restoreFailed'), [failureReason(error, t)]);
    }
  };
  return (
    <section className="panel" aria-labelledby="data-conflicts">
      <h2 id="data-conflicts">{t('data.conflictsTitle')}</h2>
      <p className="muted">{t('data.conflictsHint')}</p>
      <ul>
        {conflicts.map((conflict) => {
          const label = t('data.conflict', { table: conflict.table, name: nameOf(conflict) });
          return (
            <li key={conflict.key} aria-label={label}>
              <span>{label}</span>{' '}
              <button type="button" onClick={() => void choose(conflict.key, 'ours')}>
                {t('data.keepOurs')}
              </button>{' '}
              <button type="button" onClick={() => void choose(conflict.key, 'theirs')}>
                {t('data.keepTheirs')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
