/**
 * The export's work outside React: gathering the interviews with their turns and
 * respondents, searching them with the study's stored replacement book, and saving the
 * .docx files (one each, or one zip) through the platform (Electron's save dialog, or a
 * download in the browser).
 */
import type { Decisions, Finding, ReplacementBook } from '../../../shared/anonymise';
import { buildQuotesDocx } from '../../../shared/export/docx-quotes';
import {
  exportFiles,
  interviewDate,
  transcriptsZipName,
  zipFiles,
  type InterviewForExport,
} from '../../../shared/export';
import type { Respondent } from '../../../shared/respondents/schema';
import type { Study } from '../../../shared/study/schema';
import { database } from '../../data/instance';
import { interviewsWithTurns } from '../../data/interviews';
import { loadReplacementBook } from '../../data/replacement-books';
import { getPlatform } from '../../platform';
import { findIdentifiersInWorker } from './find-identifiers';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ZIP = 'application/zip';

/** One interview (`only`) or every interview of the study that has begun, oldest first. */
export async function loadExportItems(
  study: Study,
  respondents: readonly Respondent[],
  codes: ReadonlyMap<string, string>,
  only?: string,
): Promise<InterviewForExport[]> {
  const { interviews, turns } = await interviewsWithTurns(database(), study.id, only);
  const byId = new Map(respondents.map((r) => [r.id, r]));
  return interviews
    .filter((i) => byId.has(i.respondentId))
    .sort((a, b) => interviewDate(a) - interviewDate(b))
    .map((interview) => ({
      interview,
      turns: turns.filter((t) => t.interviewId === interview.id),
      respondent: byId.get(interview.respondentId)!,
      code: codes.get(interview.respondentId) ?? '',
    }));
}

export interface ExportSearch {
  items: InterviewForExport[];
  book: ReplacementBook;
  findings: Finding[];
}

/**
 * The findings the review shows, numbered from the study's stored book. The search runs
 * in a worker, one interview at a time, so the window stays responsive and the
 * researcher sees how far it is.
 */
export async function searchForExport(
  study: Study,
  respondents: readonly Respondent[],
  codes: ReadonlyMap<string, string>,
  items: InterviewForExport[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<ExportSearch> {
  const book = await loadReplacementBook(database(), study.id);
  const findings = await findIdentifiersInWorker({ study, respondents, codes, items, book }, onProgress);
  return { items, book, findings };
}

export type Packaging = 'each' | 'zip';

export type SaveOutcome = { status: 'saved'; count: number; location: string } | { status: 'cancelled' };

/**
 * Builds and saves the files. With 'each', one save per file; a cancelled dialog stops
 * there and reports what was saved before it.
 */
export async function saveTranscripts(
  study: Study,
  items: readonly InterviewForExport[],
  options: {
    anonymised: boolean;
    packaging: Packaging;
    findings?: readonly Finding[];
    decisions?: Decisions;
    turnTimes?: boolean;
  },
): Promise<SaveOutcome> {
  const now = Date.now();
  const files = await exportFiles(study, items, { ...options, now });
  const platform = getPlatform();
  if (options.packaging === 'zip') {
    const result = await platform.saveFile({
      suggestedName: transcriptsZipName(now, options.anonymised),
      mimeType: ZIP,
      bytes: zipFiles(files),
    });
    return result.status === 'saved' ? { status: 'saved', count: 1, location: result.location } : result;
  }
  let saved: SaveOutcome = { status: 'cancelled' };
  for (const [index, file] of files.entries()) {
    const result = await platform.saveFile({ suggestedName: file.name, mimeType: DOCX, bytes: file.bytes });
    if (result.status !== 'saved') break;
    saved = { status: 'saved', count: index + 1, location: result.location };
  }
  return saved;
}

/** The quotes of a matrix cell as one .docx, anonymised with the reviewed findings or not. */
export async function saveQuotes(
  study: Study,
  title: string,
  items: readonly InterviewForExport[],
  options: { anonymised: boolean; findings?: readonly Finding[]; decisions?: Decisions },
): Promise<SaveOutcome> {
  const file = await buildQuotesDocx(items, { ...options, title, studyLanguage: study.language });
  const result = await getPlatform().saveFile({ suggestedName: file.name, mimeType: DOCX, bytes: file.bytes });
  return result.status === 'saved' ? { status: 'saved', count: 1, location: result.location } : result;
}
