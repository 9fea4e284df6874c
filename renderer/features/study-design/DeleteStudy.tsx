/**
 * Deleting the open study, with everything recorded under it. Confirmed by typing the
 * study's name, so neither a slip nor the wrong open study deletes months of fieldwork.
 * Afterwards another study opens, or the new-study screen when none is left.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Study } from '../../../shared/study/schema';
import { useActiveStudy } from '../../ui/active-study';
import { guarded, reportInfo } from '../../ui/notices/notices';
import { useRoute } from '../../ui/navigation/route-store';
import { deleteStudy, useStudyContents } from '../../data/delete-study';
import { database } from '../../data/instance';

export function DeleteStudy({ study }: { study: Study }) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const contents = useStudyContents(study.id);
  const matches = typed.trim() === study.name.trim();

  const remove = async (event: FormEvent) => {
    event.preventDefault();
    if (!matches) return;
    let next: string | undefined;
    const deleted = await guarded(async () => {
      next = await deleteStudy(database(), study.id);
    }, t('studyDesign.deleteStudy.failed'));
    if (!deleted) return;
    useActiveStudy.setState({ studyId: next });
    navigate(next ? { name: 'respondents' } : { name: 'newStudy' });
    reportInfo(t('studyDesign.deleteStudy.done', { name: study.name }));
  };

  return (
    <section className="card danger-zone" aria-labelledby="delete-study-title">
      <h2 id="delete-study-title">{t('studyDesign.deleteStudy.title')}</h2>
      {!confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('studyDesign.deleteStudy.open')}
        </button>
      ) : (
        <form aria-label={t('studyDesign.deleteStudy.title')} onSubmit={(e) => void remove(e)}>
          <p>
            {t('studyDesign.deleteStudy.what', {
              name: study.name,
              respondents: contents?.respondents ?? 0,
              interviews: contents?.interviews ?? 0,
            })}
          </p>
          <label>
            <span>{t('studyDesign.deleteStudy.typeName', { name: study.name })}</span>
            <input value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
          </label>
          <div className="form-actions">
            <button type="submit" className="danger" disabled={!matches}>
              {t('studyDesign.deleteStudy.confirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                setTyped('');
              }}
            >
              {t('studyDesign.deleteStudy.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
