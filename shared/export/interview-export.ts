/**
 * From held interviews to transcript documents, anonymised or not (the search for
 * identifiers is in ./find-in-interviews). One pipeline for
 * one interview and for every interview of a study, so a single export and the zip of
 * all of them say the same thing:
 *
 *   const texts = exportTexts(items);                       // what is searched
 *   const findings = findExportIdentifiers(study, respondents, codes, items, book);
 *   // … the researcher reviews the findings: decisions …
 *   const nextBook = recordReplacements(book, findings, decisions); // before writing
 *   const files = await exportFiles(study, items, { anonymised: true, findings, decisions, now });
 *
 * Searched are the organisation in the header and every turn. The respondent's line
 * is the code when anonymised, never searched text, and the time lines are numbers.
 */
import { applyFindings, type Decisions, type Finding } from '../anonymise';
import { durationMs, elapsedMs, formatDuration } from '../interview/clock';
import type { Interview } from '../interview/interview';
import type { Study } from '../study/schema';
import { turnTimeMs } from '../transcription/turn-time';
import { buildTranscriptDocx } from './docx-transcript';
import { transcriptFileName, transcriptTitle } from './file-names';
import {
  interviewTexts,
  organisationTextId,
  turnsInOrder,
  turnTextId,
  type InterviewForExport,
} from './find-in-interviews';
import { documentLanguage } from './language';
import { transcriptDocumentFrom, type TranscriptDocument } from './transcript-document';

/** "3 april 2017, 10:00" in the study's language and the researcher's time zone. */
export function formatStartTime(at: number, language: string, timeZone?: string): string {
  const options = timeZone ? { timeZone } : {};
  const date = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', ...options }).format(
    at,
  );
  const time = new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    ...options,
  }).format(at);
  return `${date}, ${time}`;
}

/** "3 april 2017": the day of the interview in the study's language. */
export function formatDate(at: number, language: string, timeZone?: string): string {
  const options = timeZone ? { timeZone } : {};
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', ...options }).format(at);
}

/** How long the interview took; a running one counts up to `now`. Empty before it started. */
function durationText(interview: Interview, language: string, now: number): string {
  if (interview.startedAt === undefined) return '';
  const ms =
    interview.endedAt !== undefined
      ? durationMs(interview.startedAt, interview.endedAt, interview.pauses)
      : elapsedMs(interview.startedAt, interview.pauses, now);
  return formatDuration(ms, language.toLowerCase().startsWith('en') ? 'en' : 'nl');
}

/** When the interview was held: its start, or when it was created if it never started. */
export function interviewDate(interview: Interview): number {
  return interview.startedAt ?? interview.createdAt;
}

export interface ExportOptions {
  anonymised: boolean;
  /** The reviewed findings and decisions (anonymised exports only). */
  findings?: readonly Finding[];
  decisions?: Decisions;
  /** For the duration of an interview still running. */
  now: number;
  /** For the start time; the researcher's own when absent. */
  timeZone?: string;
  /** Each turn's time in the recording before it ([00:12:34]). */
  turnTimes?: boolean;
}

/** One interview as a transcript document, with the file name it is saved under. */
export function transcriptDocumentOf(
  study: Study,
  item: InterviewForExport,
  options: ExportOptions,
): { name: string; document: TranscriptDocument } {
  const { interview, respondent, code } = item;
  const texts = interviewTexts(item);
  // The findings of an export cover all its interviews; each document takes its own.
  const own = (options.findings ?? []).filter((finding) => finding.textId.startsWith(`${interview.id}/`));
  const written = options.anonymised ? applyFindings(texts, own, options.decisions) : texts;
  const textOf = new Map(written.map((t) => [t.id, t.text]));
  const date = interviewDate(interview);
  // The document's region, so an English transcript reads "3 December 2026" (en-GB), not the US order.
  const locale = documentLanguage(study.language);
  const document = transcriptDocumentFrom(
    study.transcriptFormat,
    {
      respondent: options.anonymised ? code : respondent.name,
      organisation: textOf.get(organisationTextId(interview.id)) ?? '',
      respondentType: study.respondentTypes.find((type) => type.id === respondent.typeId)?.name ?? '',
      date: interview.startedAt === undefined ? '' : formatDate(interview.startedAt, locale, options.timeZone),
      startTime:
        interview.startedAt === undefined ? '' : formatStartTime(interview.startedAt, locale, options.timeZone),
      duration: durationText(interview, study.language, options.now),
    },
    turnsInOrder(interview, item.turns).map((turn) => ({
      speaker: turn.speaker,
      text: textOf.get(turnTextId(interview.id, turn.id)) ?? '',
      timeMs: turnTimeMs(interview, turn),
    })),
    {
      language: study.language,
      anonymised: options.anonymised,
      title: transcriptTitle(code, date),
      turnTimes: options.turnTimes ?? false,
    },
  );
  return { name: transcriptFileName(code, date, options.anonymised), document };
}

/** The .docx files of the given interviews, in order. */
export async function exportFiles(
  study: Study,
  items: readonly InterviewForExport[],
  options: ExportOptions,
): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const item of items) {
    const { name, document } = transcriptDocumentOf(study, item, options);
    files.push({ name, bytes: await buildTranscriptDocx(document) });
  }
  return files;
}
