/**
 * The study's code trees as a REFI-QDA codebook (.qdc) out, and a codebook in from
 * NVivo, ATLAS.ti, MAXQDA, QualCoder or Veldwerk (.qdc, or the code tree of a .qdpx):
 * it builds a new code tree or extends one, saved through the design's save path.
 */
import { strToU8 } from 'fflate';
import { useTranslation } from '../../../i18n/react';
import { CodebookError, codesOfFile, importCodes } from '../../../../shared/refi/import-codes';
import { codebookXml, qdcFileName, QdpxError } from '../../../../shared/refi/qdpx';
import type { Study } from '../../../../shared/study/schema';
import { reportError, reportInfo } from '../../../ui/notices/notices';
import { failureReason, getPlatform } from '../../../platform';
import { saveDesign } from '../save-design';

const REASONS = {
  'not-xml': 'refi.notXml',
  'no-codes': 'refi.noCodes',
  'not-a-zip': 'refi.notZip',
  'no-project': 'refi.noProject',
} as const;

export function CodebookActions({ study }: { study: Study }) {
  const { t } = useTranslation();

  const exportCodebook = async () => {
    try {
      const result = await getPlatform().saveFile({
        suggestedName: qdcFileName(study),
        mimeType: 'application/xml',
        bytes: strToU8(codebookXml(study)),
      });
      if (result.status === 'saved') reportInfo(t('refi.codebookSaved', { location: result.location }));
    } catch (error) {
      reportError(t('studyDesign.page.exportFailed'), [failureReason(error, t)]);
    }
  };

  const importFile = async (file: File) => {
    let read;
    try {
      read = codesOfFile(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (error) {
      if (!(error instanceof CodebookError || error instanceof QdpxError)) throw error;
      reportError(t('refi.importFailed', { file: file.name }), [t(REASONS[error.code])]);
      return;
    }
    const { study: next, trees } = importCodes(study, read.codes, read.name);
    if (!(await saveDesign(next))) return;
    for (const tree of trees)
      reportInfo(t(tree.added ? 'refi.codebookImported' : 'refi.codebookExtended', { title: tree.title, count: tree.count }));
  };

  return (
    <div className="study-file-actions">
      <button type="button" onClick={() => void exportCodebook()}>
        {t('refi.exportCodebook')}
      </button>
      <label className="file-button">
        <span>{t('refi.importCodebook')}</span>
        <input
          type="file"
          accept=".qdc,.qdpx"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      <span className="hint">{t('refi.codebookHint')}</span>
    </div>
  );
}
