/** Export the study to one JSON file; import one back, refused with every problem listed when invalid. */
import { useTranslation } from 'react-i18next';
import { parseStudyFile, serialiseStudy } from '../../../shared/study/study-file';
import type { Study } from '../../../shared/study/schema';
import { useActiveStudy } from '../../app/active-study';
import { guarded, reportError, reportInfo } from '../../app/notices';
import { database } from '../../db/instance';
import { saveStudy, setActiveStudy } from '../../db/studies';
import { getPlatform } from '../../platform';

const MAX_LISTED_PROBLEMS = 12;

function fileNameOf(study: Study): string {
  return `${study.id}.veldwerk-studie.json`;
}

export function StudyFileActions({ study }: { study: Study }) {
  const { t } = useTranslation();

  const exportStudy = async () => {
    try {
      const bytes = new TextEncoder().encode(serialiseStudy(study, new Date()));
      const result = await getPlatform().saveFile({ suggestedName: fileNameOf(study), mimeType: 'application/json', bytes });
      if (result.status === 'saved') reportInfo(t('study.exported', { location: result.location }));
    } catch (error) {
      reportError(t('study.exportFailed'), [String((error as Error)?.message ?? error)]);
    }
  };

  const importStudy = async (file: File) => {
    const result = parseStudyFile(await file.text());
    if (!result.ok) {
      const issues = result.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
      const shown = issues.slice(0, MAX_LISTED_PROBLEMS);
      if (issues.length > shown.length) shown.push(t('study.moreProblems', { count: issues.length - shown.length }));
      reportError(t(`study.importRefused.${result.reason}`, { file: file.name }), shown);
      return;
    }
    const db = database();
    const existing = await db.studies.get(result.study.id);
    if (existing && !window.confirm(t('study.confirmReplace', { name: existing.name }))) return;
    const saved = await guarded(async () => {
      await saveStudy(db, result.study);
      await setActiveStudy(db, result.study.id);
    }, t('errors.saveFailed'));
    if (saved) {
      useActiveStudy.setState({ studyId: result.study.id });
      reportInfo(t('study.imported', { name: result.study.name }));
    }
  };

  return (
    <div className="study-file-actions">
      <button type="button" onClick={() => void exportStudy()}>
        {t('study.export')}
      </button>
      <label className="file-button">
        <span>{t('study.import')}</span>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importStudy(file);
          }}
        />
      </label>
    </div>
  );
}
