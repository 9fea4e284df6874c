/**
 * Exporting transcripts: the document model, its .docx layout, file names and zipping
 * several exports together. The renderer makes the bytes; Electron's main process only
 * writes them where the researcher chose.
 */
export { buildTranscriptDocx } from './docx-transcript';
export { transcriptFileName, transcriptTitle, transcriptsZipName, isoDate, safeFilePart } from './file-names';
export {
  bookAfterSearch,
  findExportIdentifiers,
  findExportIdentifiersInSteps,
  interviewTexts,
  studyVocabulary,
  turnsInOrder,
  type InterviewForExport,
} from './find-in-interviews';
export {
  exportFiles,
  formatStartTime,
  interviewDate,
  transcriptDocumentOf,
  type ExportOptions,
} from './interview-export';
export { documentLanguage, exportWording, type ExportWording } from './language';
export {
  applyTemplate,
  headerLineValue,
  transcriptDocumentFrom,
  type HeaderKey,
  type TranscriptDocument,
  type TranscriptDocumentOptions,
  type TranscriptHeaderValues,
} from './transcript-document';
export { uniqueNames, zipFiles, type ZipEntry } from './zip';
