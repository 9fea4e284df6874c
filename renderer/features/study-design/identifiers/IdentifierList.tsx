/**
 * The study's identifier list, where the researcher keeps the names of people, places
 * and organisations met in the field; an anonymised export replaces every one of them.
 * The respondents themselves are not listed: they always count.
 */
import { useTranslation } from '../../../i18n/react';
import { changeIdentifierKind, entryKindSchema, removeIdentifier } from '../../../../shared/anonymise';
import { studyIdentifiers, type Study } from '../../../../shared/study/schema';
import { guarded, reportError, reportInfo } from '../../../ui/notices/notices';
import { addStudyIdentifier, updateStudyIdentifiers } from '../../../ui/export/identifier-actions';
import { IdentifierForm } from '../../../ui/export/IdentifierForm';

export function IdentifierList({ study }: { study: Study }) {
  const { t } = useTranslation();
  const entries = studyIdentifiers(study);
  return (
    <section className="card identifier-list" aria-labelledby="identifiers-title">
      <h2 id="identifiers-title">{t('identifiers.title')}</h2>
      <p className="hint">{t('identifiers.hint')}</p>
      {entries.length === 0 ? (
        <p className="muted">{t('identifiers.empty')}</p>
      ) : (
        <table className="plain">
          <thead>
            <tr>
              <th scope="col">{t('identifiers.text')}</th>
              <th scope="col">{t('identifiers.kind')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('identifiers.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{entry.text}</td>
                <td>
                  <select
                    aria-label={t('identifiers.kindOf', { text: entry.text })}
                    value={entry.kind}
                    onChange={(e) => {
                      const kind = entryKindSchema.parse(e.target.value);
                      void guarded(
                        () => updateStudyIdentifiers(study.id, (list) => changeIdentifierKind(list, entry.id, kind)),
                        t('errors.saveFailed'),
                      );
                    }}
                  >
                    {entryKindSchema.options.map((option) => (
                      <option key={option} value={option}>
                        {t(`identifiers.kinds.${option}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={t('identifiers.removeNamed', { text: entry.text })}
                    onClick={() =>
                      void guarded(
                        () => updateStudyIdentifiers(study.id, (list) => removeIdentifier(list, entry.id)),
                        t('errors.saveFailed'),
                      )
                    }
                  >
                    {t('identifiers.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <IdentifierForm
        label={t('identifiers.title')}
        onAdd={async (input) => {
          let outcome: Awaited<ReturnType<typeof addStudyIdentifier>> | undefined;
          const ok = await guarded(async () => {
            outcome = await addStudyIdentifier(study.id, input);
          }, t('errors.saveFailed'));
          if (!ok || !outcome) return false;
          if (outcome.status === 'empty') reportError(t('identifiers.emptyText'));
          else if (outcome.status === 'duplicate') reportError(t('identifiers.duplicate', { text: input.text.trim() }));
          else reportInfo(t('identifiers.added', { text: input.text.trim() }));
          return outcome.status === 'added';
        }}
      />
    </section>
  );
}
