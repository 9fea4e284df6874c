/** The respondent list of the open study, with adding and editing. */
import { useRespondentsWithAnswers } from '../../data/respondents-with-answers';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Respondent } from '../../../shared/respondents/schema';
import type { Study } from '../../../shared/study/schema';
import { guarded, reportInfo } from '../../ui/notices/notices';
import { useRoute } from '../../ui/navigation/route-store';
import { database } from '../../data/instance';
import { addRespondent, deleteRespondent, updateRespondent } from '../../data/respondents';
import { newId } from '../../lib/ids';
import { ResumeBanner } from './ResumeBanner';
import { useRespondents } from '../../ui/use-respondents';

// The form loads when a respondent is added or edited, not with the list.
const RespondentForm = lazy(() => import('./RespondentForm').then((m) => ({ default: m.RespondentForm })));

type Editing = { mode: 'new' } | { mode: 'edit'; respondent: Respondent } | undefined;

export function RespondentsPage({ study }: { study: Study }) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const { respondents, codes } = useRespondents(study);
  const withAnswers = useRespondentsWithAnswers(study.id);
  const [editing, setEditing] = useState<Editing>();
  const typeName = (id: string) => study.respondentTypes.find((type) => type.id === id)?.name ?? id;

  return (
    <section className="page" aria-labelledby="respondents-title">
      <div className="page-head">
        <h1 id="respondents-title">{t('respondents.title')}</h1>
        <button type="button" className="primary" onClick={() => setEditing({ mode: 'new' })}>
          {t('respondents.add')}
        </button>
      </div>

      <ResumeBanner study={study} codes={codes} />
      {editing && (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <RespondentForm
            study={study}
            respondent={editing.mode === 'edit' ? editing.respondent : undefined}
            derivedCode={editing.mode === 'edit' ? codes.get(editing.respondent.id) : undefined}
            onCancel={() => setEditing(undefined)}
            onSave={async (draft) => {
              const db = database();
              const saved =
                editing.mode === 'edit'
                  ? await guarded(
                      () => updateRespondent(db, editing.respondent.id, draft, Date.now()),
                      t('errors.saveFailed'),
                    )
                  : await guarded(
                      () => addRespondent(db, study.id, draft, { id: newId(), now: Date.now() }),
                      t('errors.saveFailed'),
                    );
              if (saved) {
                reportInfo(t('respondents.saved', { name: draft.name }));
                setEditing(undefined);
              }
            }}
            onDelete={
              editing.mode === 'edit'
                ? async () => {
                    if (!window.confirm(t('respondents.confirmDelete', { name: editing.respondent.name }))) return;
                    await guarded(() => deleteRespondent(database(), editing.respondent.id), t('errors.saveFailed'));
                    setEditing(undefined);
                  }
                : undefined
            }
          />
        </Suspense>
      )}

      {respondents && respondents.length === 0 && !editing && <p className="empty">{t('respondents.empty')}</p>}
      {respondents && respondents.length > 0 && (
        <table className="respondent-table">
          <caption className="visually-hidden">{t('respondents.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('respondents.code')}</th>
              <th scope="col">{t('respondents.name')}</th>
              <th scope="col">{t('respondents.type')}</th>
              <th scope="col">{t('respondents.organisation')}</th>
              <th scope="col">{t('respondents.questionnaire')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('respondents.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {respondents.map((r) => (
              <tr key={r.id}>
                <td className="code">{codes.get(r.id)}</td>
                <td>
                  <strong>{r.name}</strong>
                  {r.function && <div className="muted">{r.function}</div>}
                </td>
                <td>{typeName(r.typeId)}</td>
                <td>{r.organisation}</td>
                <td>
                  {withAnswers?.has(r.id) ? (
                    t('respondents.answersIn')
                  ) : (
                    <span className="muted">{t('respondents.answersMissing')}</span>
                  )}
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    onClick={() => setEditing({ mode: 'edit', respondent: r })}
                    aria-label={t('respondents.editNamed', { name: r.name })}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="primary"
                    onClick={() => navigate({ name: 'prepare', respondentId: r.id })}
                    aria-label={t('respondents.prepareNamed', { name: r.name })}
                  >
                    {t('respondents.prepare')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
