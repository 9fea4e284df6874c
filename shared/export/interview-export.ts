/**
 * From held interviews to transcript documents, anonymised or not. One pipeline for
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
import {
  applyFindings,
  findIdentifiers,
  labelsForLanguage,
  registryWithRespondents,
  registryWithOrganisations,
  withLabels,
  type Decisions,
  type Finding,
  type ReplacementBook,
  type TextToSearch,
} from '../anonymise';
import { durationMs, elapsedMs, formatDuration } from '../interview/clock';
import type { Interview } from '../interview/interview';
import type { Turn } from '../interview/turn';
import type { Respondent } from '../respondents/schema';
import { studyIdentifiers, type Study } from '../study/schema';
import { buildTranscriptDocx } from './docx-transcript';
import { transcriptFileName, transcriptTitle } from './file-names';
import { transcriptDocumentFrom, type TranscriptDocument } from './transcript-document';

export interface InterviewForExport {
  interview: Interview;
  /** The interview's turns, in any order; `interview.turnOrder` decides the reading order. */
  turns: readonly Turn[];
  respondent: Respondent;
  /** The respondent code ("BA"): the name in an anonymised transcript and its file name. */
  code: string;
}

/** The turns in reading order; a turn missing from the order (never expected) goes last rather than lost. */
export function turnsInOrder(interview: Pick<Interview, 'turnOrder'>, turns: readonly Turn[]): Turn[] {
  const byId = new Map(turns.map((turn) => [turn.id, turn]));
  const ordered = interview.turnOrder.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const listed = new Set(interview.turnOrder);
  return [...ordered, ...turns.filter((turn) => !listed.has(turn.id))];
}

const organisationTextId = (interviewId: string): string => `${interviewId}/organisation`;
const turnTextId = (interviewId: string, turnId: string): string => `${interviewId}/turn/${turnId}`;

/** The texts of one interview that can hold identifiers, with ids unique across a study. */
export function interviewTexts(item: InterviewForExport): TextToSearch[] {
  return [
    { id: organisationTextId(item.interview.id), text: item.respondent.organisation },
    ...turnsInOrder(item.interview, item.turns).map((turn) => ({
      id: turnTextId(item.interview.id, turn.id),
      text: turn.text,
    })),
  ];
}

/** The study's own words (types, sections, topics, codes, speaker labels) that are never names. */
export function studyVocabulary(study: Study): string[] {
  const format = study.transcriptFormat;
  return [
    study.name,
    ...study.respondentTypes.map((type) => type.name),
    ...study.topicLists.flatMap((list) => [
      list.title,
      ...list.sections.flatMap((section) => [section.title, ...section.topics.map((topic) => topic.label)]),
    ]),
    ...study.codeTrees.flatMap((tree) => [tree.title, ...codeNames(tree.nodes)]),
    format.speakers.interviewer,
    format.speakers.respondent,
    ...format.headerFields.map((field) => field.label),
  ];
}

function codeNames(nodes: readonly { name: string; children: readonly unknown[] }[]): string[] {
  return nodes.flatMap((node) => [node.name, ...codeNames(node.children as typeof nodes)]);
}

/**
 * Every identifier in the given interviews, each interview searched with its own
 * respondent (whose findings get kind 'respondent'). New numbered labels continue from
 * one interview to the next, so two people never share "[Persoon 1]" within an export;
 * a number given to a suggestion that is then rejected is simply skipped.
 */
export function findExportIdentifiers(
  study: Study,
  respondents: readonly Respondent[],
  codes: ReadonlyMap<string, string>,
  items: readonly InterviewForExport[],
  book: ReplacementBook,
): Finding[] {
  const registry = registryWithOrganisations(registryWithRespondents(studyIdentifiers(study), respondents, codes), [
    ...study.organisations,
    ...respondents.map((respondent) => ({ name: respondent.organisation })),
  ]);
  const vocabulary = studyVocabulary(study);
  const labels = labelsForLanguage(study.language);
  let running = book;
  const findings: Finding[] = [];
  for (const item of items) {
    const found = findIdentifiers(interviewTexts(item), {
      registry,
      respondent: { ...item.respondent, code: item.code },
      replacements: running,
      vocabulary,
      labels,
    });
    running = withLabels(
      running,
      found.flatMap((finding) => (finding.label ? [finding.label] : [])),
    );
    findings.push(...found);
  }
  return findings;
}

/**
 * `findExportIdentifiers` one interview at a time, calling `beforeEach(done, total)`
 * before each: the export's progress line, and on the main thread a pause so the window
 * stays responsive. Finds exactly what one call over all the interviews finds.
 */
export async function findExportIdentifiersInSteps(
  study: Study,
  respondents: readonly Respondent[],
  codes: ReadonlyMap<string, string>,
  items: readonly InterviewForExport[],
  book: ReplacementBook,
  beforeEach: (done: number, total: number) => void | Promise<void>,
): Promise<Finding[]> {
  let running = book;
  const findings: Finding[] = [];
  for (const [index, item] of items.entries()) {
    await beforeEach(index, items.length);
    const found = findExportIdentifiers(study, respondents, codes, [item], running);
    running = bookAfterSearch(running, found);
    findings.push(...found);
  }
  return findings;
}

/**
 * The book with every label the findings were given, applied or not: the starting
 * point for searching the next interview of the same export, so no number is handed
 * out twice. (What is stored after the export is `recordReplacements`: applied only.)
 */
export function bookAfterSearch(book: ReplacementBook, findings: readonly Finding[]): ReplacementBook {
  return withLabels(
    book,
    findings.flatMap((finding) => (finding.label ? [finding.label] : [])),
  );
}

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
  const document = transcriptDocumentFrom(
    study.transcriptFormat,
    {
      respondent: options.anonymised ? code : respondent.name,
      organisation: textOf.get(organisationTextId(interview.id)) ?? '',
      startTime:
        interview.startedAt === undefined ? '' : formatStartTime(interview.startedAt, study.language, options.timeZone),
      duration: durationText(interview, study.language, options.now),
    },
    turnsInOrder(interview, item.turns).map((turn) => ({
      speaker: turn.speaker,
      text: textOf.get(turnTextId(interview.id, turn.id)) ?? '',
    })),
    { language: study.language, anonymised: options.anonymised, title: transcriptTitle(code, date) },
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
