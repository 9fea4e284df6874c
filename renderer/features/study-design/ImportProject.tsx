/**
 * A REFI-QDA project that Veldwerk exported (.qdpx), read in as a new study: respondents,
 * interviews with their turns, codes and codings, memos. Nothing already here changes;
 * a file from another tool is refused here (its code tree comes in on the study page).
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { CodebookError } from '../../../shared/refi/import-codes';
import { importProject, ProjectImportError } from '../../../shared/refi/import-project';
import { QdpxError } from '../../../shared/refi/qdpx';
import { XmlError } from '../../../shared/refi/xml';
import { database } from '../../data/instance';
import { storeImportedProject } from '../../data/refi-import';
import { newId } from '../../lib/ids';
import { useActiveStudy } from '../../ui/active-study';
import { useRoute } from '../../ui/navigation/route-store';
import { guarded, reportError, reportInfo } from '../../ui/notices/notices';

const REASONS = {
  'not-veldwerk': 'analysis.projectImport.notVeldwerk',
  'no-turns': 'analysis.projectImport.noTurns',
  'not-a-zip': 'refi.notZip',
  'no-project': 'refi.noProject',
  'not-xml': 'refi.notXml',
  'no-codes': 'refi.noCodes',
} as const;

export function ImportProject() {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const [busy, setBusy] = useState(false);

  const read = async (file: File) => {
    let project;
    try {
      project = importProject(new Uint8Array(await file.arrayBuffer()), newId, Date.now());
    } catch (error) {
      const code =
        error instanceof ProjectImportError || error instanceof QdpxError || error instanceof CodebookError
          ? error.code
          : error instanceof XmlError
            ? 'not-xml'
            : undefined;
      if (!code) throw error;
      reportError(t('analysis.projectImport.failed', { file: file.name }), [t(REASONS[code])]);
      return;
    }
    const stored = await guarded(
      () => storeImportedProject(database(), project),
      t('analysis.projectImport.saveFailed'),
    );
    if (!stored) return;
    useActiveStudy.setState({ studyId: project.study.id });
    reportInfo(
      t('analysis.projectImport.done', {
        name: project.study.name,
        respondents: project.respondents.length,
        interviews: project.interviews.length,
        codings: project.codings.length,
      }),
    );
    navigate({ name: 'respondents' });
  };

  return (
    <section className="card" aria-labelledby="import-project-title">
      <h2 id="import-project-title">{t('analysis.projectImport.title')}</h2>
      <p className="hint">{t('analysis.projectImport.hint')}</p>
      <label className="file-button">
        <span>{t('analysis.projectImport.choose')}</span>
        <input
          type="file"
          accept=".qdpx"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setBusy(true);
            void read(file).finally(() => setBusy(false));
          }}
        />
      </label>
    </section>
  );
}
