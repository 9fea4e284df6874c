/** The editable parts of a study design that live on the study page, each in its own panel. */
import { useTranslation } from '../../i18n/react';
import type { Study } from '../../../shared/study/schema';
import { CodeTreeEditor } from './code-trees/CodeTreeEditor';
import { QuestionnaireEditor } from './questionnaires/QuestionnaireEditor';
import { StudySettings } from './settings/StudySettings';

export function StudyDesignPanels({ study }: { study: Study }) {
  const { t } = useTranslation();
  // A fresh draft after every save (the version moves on), so no form holds a stale copy.
  const version = `${study.id}:${study.designVersion ?? 0}`;
  return (
    <section aria-labelledby="design-edit-title" className="design-panels">
      <h2 id="design-edit-title">{t('studyDesign.edit')}</h2>
      <p className="hint">{t('studyDesign.version', { version: study.designVersion ?? 0 })}</p>
      <details className="instrument design-panel">
        <summary>{t('studyDesign.settings')}</summary>
        <StudySettings key={version} study={study} />
      </details>
      <details className="instrument design-panel">
        <summary>{t('studyDesign.questionnaires')}</summary>
        <QuestionnaireEditor study={study} />
      </details>
      <details className="instrument design-panel">
        <summary>{t('studyDesign.codeTrees')}</summary>
        <CodeTreeEditor key={version} study={study} />
      </details>
    </section>
  );
}
