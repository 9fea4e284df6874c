/** The open study: its instruments and rules to read, and the study as one JSON file out and in. */
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Study } from '../../../shared/study/schema';
import { LazyExportPanel as ExportPanel } from '../../ui/export/LazyExportPanel';
import { IdentifierList } from './identifiers/IdentifierList';
import { InstrumentsView } from './topic-lists/InstrumentsView';
import { StudyFileActions } from './StudyFileActions';
import { RuleEditor } from './rules/RuleEditor';
import { StudyDesignPanels } from './StudyDesignPanels';
import { DeleteStudy } from './DeleteStudy';

export function StudyPage({ study }: { study: Study }) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  return (
    <section className="page" aria-labelledby="study-title">
      <div className="page-head">
        <h1 id="study-title">{study.name}</h1>
      </div>
      {study.description && <p className="lede">{study.description}</p>}
      <StudyFileActions study={study} />
      {exporting ? (
        <ExportPanel study={study} onClose={() => setExporting(false)} />
      ) : (
        <button type="button" className="primary" onClick={() => setExporting(true)}>
          {t('exportTranscripts.openAll')}
        </button>
      )}
      <IdentifierList study={study} />
      <StudyDesignPanels study={study} />
      <h2>{t('studyDesign.page.respondentTypes')}</h2>
      <table className="plain">
        <thead>
          <tr>
            <th scope="col">{t('studyDesign.page.type')}</th>
            <th scope="col">{t('studyDesign.page.questionnaire')}</th>
            <th scope="col">{t('studyDesign.page.topicList')}</th>
            <th scope="col">{t('studyDesign.page.fallback')}</th>
          </tr>
        </thead>
        <tbody>
          {study.respondentTypes.map((type) => (
            <tr key={type.id}>
              <td>{type.name}</td>
              <td>{study.questionnaires.find((q) => q.id === type.questionnaireId)?.title ?? '—'}</td>
              <td>{study.topicLists.find((l) => l.id === type.topicListId)?.title}</td>
              <td>{study.topicLists.find((l) => l.id === type.fallbackTopicListId)?.title ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <InstrumentsView study={study} />
      <RuleEditor study={study} />
      <DeleteStudy study={study} />
    </section>
  );
}
