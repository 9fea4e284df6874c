/** A new study: from scratch with its respondent types, or as a copy of a study already here. */
import { useStudies } from '../../data/studies';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { copyStudy, createStudy, slugOf, uniqueId, type NewRespondentType } from '../../../shared/design/new-study';
import { reportInfo } from '../../ui/notices/notices';
import { useRoute } from '../../ui/navigation/route-store';
import { addAndOpenStudy } from './save-design';
import { ImportProject } from './ImportProject';

const LANGUAGES = ['nl', 'en', 'de', 'fr'] as const;

export function NewStudyPage() {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const studies = useStudies() ?? [];
  const [name, setName] = useState('');
  const [language, setLanguage] = useState('nl');
  const [source, setSource] = useState('');
  const [types, setTypes] = useState<NewRespondentType[]>([{ name: '', codeLetter: '' }]);
  const [problems, setProblems] = useState<string[]>([]);

  const setType = (index: number, change: Partial<NewRespondentType>) =>
    setTypes((all) => all.map((type, i) => (i === index ? { ...type, ...change } : type)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: string[] = [];
    if (!name.trim()) found.push(t('studyDesign.nameRequired'));
    const filled = types.filter((type) => type.name.trim());
    if (!source && filled.length === 0) found.push(t('studyDesign.typeRequired'));
    setProblems(found);
    if (found.length > 0) return;
    const id = uniqueId(
      slugOf(name),
      studies.map((s) => s.id),
    );
    const original = studies.find((s) => s.id === source);
    const study = original
      ? { ...copyStudy(original, id, name), language }
      : createStudy({ id, name, language, respondentTypes: filled });
    if (await addAndOpenStudy(study)) {
      reportInfo(t('studyDesign.created', { name: study.name }));
      navigate({ name: 'study' });
    }
  };

  return (
    <section className="page" aria-labelledby="new-study-title">
      <div className="page-head">
        <h1 id="new-study-title">{t('studyDesign.newStudy')}</h1>
      </div>
      <form className="card" aria-labelledby="new-study-title" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <label>
            <span>{t('studyDesign.studyName')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          </label>
          <label>
            <span>{t('studyDesign.language')}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value)}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t(`studyDesign.languages.${code}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('studyDesign.startFrom')}</span>
            <select value={source} onChange={(e) => setSource(e.target.value)}>
              <option value="">{t('studyDesign.fromScratch')}</option>
              {studies.map((s) => (
                <option key={s.id} value={s.id}>
                  {t('studyDesign.copyOf', { name: s.name })}
                </option>
              ))}
            </select>
          </label>
        </div>
        {source ? (
          <p className="hint">{t('studyDesign.copyHint')}</p>
        ) : (
          <fieldset className="type-rows">
            <legend>{t('studyDesign.respondentTypes')}</legend>
            <p className="hint">{t('studyDesign.typesHint')}</p>
            {types.map((type, i) => (
              <div key={i} className="type-row">
                <label>
                  <span>{t('studyDesign.typeName', { n: i + 1 })}</span>
                  <input value={type.name} onChange={(e) => setType(i, { name: e.target.value })} />
                </label>
                <label>
                  <span>{t('studyDesign.codeLetter', { n: i + 1 })}</span>
                  <input
                    value={type.codeLetter}
                    maxLength={4}
                    size={4}
                    onChange={(e) => setType(i, { codeLetter: e.target.value })}
                  />
                </label>
                {types.length > 1 && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setTypes((all) => all.filter((_, j) => j !== i))}
                  >
                    {t('studyDesign.removeTypeN', { n: i + 1 })}
                  </button>
                )}
              </div>
            ))}
            <button type="button" onClick={() => setTypes((all) => [...all, { name: '', codeLetter: '' }])}>
              {t('studyDesign.addType')}
            </button>
          </fieldset>
        )}
        {problems.length > 0 && (
          <ul className="field-error" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('studyDesign.create')}
          </button>
          <button type="button" onClick={() => navigate({ name: 'study' })}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      <ImportProject />
    </section>
  );
}
