/**
 * Finding identifiers in held interviews, apart from writing documents: this is what the
 * export review's Web Worker runs, so it must not pull in the .docx writer.
 */
import {
  findIdentifiers,
  labelsForLanguage,
  registryWithOrganisations,
  registryWithRespondents,
  withLabels,
  type Finding,
  type IdentifierEntry,
  type ReplacementBook,
  type TextToSearch,
} from '../anonymise';
import type { Interview } from '../interview/interview';
import type { Turn } from '../interview/turn';
import type { Respondent } from '../respondents/schema';
import { studyIdentifiers, type Study } from '../study/schema';

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

export const organisationTextId = (interviewId: string): string => `${interviewId}/organisation`;
export const turnTextId = (interviewId: string, turnId: string): string => `${interviewId}/turn/${turnId}`;

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

/** What every interview of one search shares: built once, not once per interview. */
interface SearchContext {
  registry: IdentifierEntry[];
  vocabulary: string[];
  labels: ReturnType<typeof labelsForLanguage>;
}

function searchContext(
  study: Study,
  respondents: readonly Respondent[],
  codes: ReadonlyMap<string, string>,
): SearchContext {
  const registry = registryWithOrganisations(registryWithRespondents(studyIdentifiers(study), respondents, codes), [
    ...study.organisations,
    ...respondents.map((respondent) => ({ name: respondent.organisation })),
  ]);
  return { registry, vocabulary: studyVocabulary(study), labels: labelsForLanguage(study.language) };
}

/** One interview, searched with its own respondent, numbering on from `book`. */
function findInInterview(context: SearchContext, item: InterviewForExport, book: ReplacementBook): Finding[] {
  return findIdentifiers(interviewTexts(item), {
    ...context,
    respondent: { ...item.respondent, code: item.code },
    replacements: book,
  });
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
  const context = searchContext(study, respondents, codes);
  let running = book;
  const findings: Finding[] = [];
  for (const item of items) {
    const found = findInInterview(context, item, running);
    running = bookAfterSearch(running, found);
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
  const context = searchContext(study, respondents, codes);
  let running = book;
  const findings: Finding[] = [];
  for (const [index, item] of items.entries()) {
    await beforeEach(index, items.length);
    const found = findInInterview(context, item, running);
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
