/**
 * A study as a REFI-QDA project (project.qde plus the interviews' plain texts), the
 * format NVivo, ATLAS.ti, MAXQDA and QualCoder exchange. What goes in:
 *
 * - the researcher as the User; a CodeBook of the study's code trees (code memos as
 *   descriptions) and the automatic codes (speaker, guide section, topic);
 * - Variables for the respondent's type and municipality and each questionnaire
 *   question, one Case per respondent with its VariableValues and its interviews;
 * - one TextSource per interview, its text laid out in the transcript format
 *   (./plain-text.ts), with a PlainTextSelection per coding and per turn for the
 *   automatic codes, at code point positions (./positions.ts);
 * - Notes for interview memos, coding memos and reflections, with NoteRefs from what
 *   they are about; a Set of interviews per respondent type.
 *
 * Anonymised, the texts are those the review decided (the same findings and decisions
 * as the Word export) and every position is computed on the replaced text; names,
 * free-text answers, memos and reflections, which the review does not search, stay out.
 * GUIDs derive from the study id (./guid.ts), so a second export names things alike.
 */
import { applyFindings, isApplied, type Decisions, type Finding } from '../anonymise';
import { pickLongest } from '../anonymise/overlaps';
import { automaticCodeTree, automaticCodings, type AutomaticNames } from '../coding/automatic';
import { codedRange, type Coding } from '../coding/schema';
import { interviewTexts, organisationTextId, turnsInOrder, turnTextId, type InterviewForExport } from '../export/find-in-interviews';
import { transcriptDocumentOf } from '../export/interview-export';
import { transcriptTitle } from '../export/file-names';
import { interviewDate } from '../export/interview-export';
import type { Memo } from '../interview/interview';
import type { QuestionnaireResponse } from '../preparation/schema';
import type { Reflection } from '../reflection/reflection';
import { organisationAbbreviation } from '../respondents/code-scheme';
import type { Respondent } from '../respondents/schema';
import type { CodeNode, QuestionnaireQuestion, Study } from '../study/schema';
import { studyGuid } from './guid';
import { plainTextSource, type PlainTextSource } from './plain-text';
import { codePointPositions, offsetAfterReplacements, type Replacement } from './positions';
import { IDENTIFYING_PURPOSES, variableTypeOf, type VariableType } from './variable-types';
import { element } from './xml';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const ORIGIN = 'Veldwerk';
/** The description of the automatic codes' root: what they are, and how an import recognises them. */
export const AUTOMATIC_DESCRIPTION =
  'Veldwerk: automatic codes (speaker, guide section, topic), derived from how each interview was held.';

export interface ProjectInput {
  study: Study;
  /** The name the researcher goes by in the project (its one User). */
  researcher: string;
  items: readonly InterviewForExport[];
  respondents: readonly Respondent[];
  codes: ReadonlyMap<string, string>;
  responses: readonly QuestionnaireResponse[];
  codings: readonly Coding[];
  memos: readonly Memo[];
  reflections: readonly Reflection[];
  automaticNames: AutomaticNames;
  anonymised: boolean;
  findings?: readonly Finding[];
  decisions?: Decisions;
  now: number;
  /**
   * Interview recordings by interview id. They go in only when identified: a voice
   * identifies, and the review cannot anonymise sound.
   */
  recordings?: ReadonlyMap<string, RecordingForExport>;
}

/** One interview's recording as one file. */
export interface RecordingForExport {
  bytes: Uint8Array;
  /** Its file extension without the dot ("webm", "m4a", "wav"). */
  extension: string;
}

export interface ProjectFiles {
  /** project.qde */
  xml: string;
  /** The sources' plain texts by their file name in sources/ ("<GUID>.txt"). */
  sources: Map<string, string>;
  /** The recordings by their file name in sources/ ("<GUID>.webm"). */
  media?: Map<string, Uint8Array>;
}

/** One exported selection: where it is in its source and the text it covers (UTF-16, for tests and names). */
export interface ExportedSelection {
  sourceGuid: string;
  codeGuid: string;
  startPosition: number;
  endPosition: number;
}

const iso = (at: number) => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');

// --------------------------------------------------------------------- codes

function codeElement(guidOf: (id: string) => string, node: CodeNode, codable: boolean): string {
  return element('Code', { guid: guidOf(node.id), name: node.name, isCodable: codable }, [
    ...(node.memo?.trim() ? [element('Description', {}, node.memo)] : []),
    ...node.children.map((child) => codeElement(guidOf, child, true)),
  ]);
}

/** The code trees as REFI-QDA codes: a tree is a code that groups (not codable), its nodes are codable. */
export function codeElements(study: Study, automatic: CodeNode | undefined): string[] {
  const guidOf = (id: string) => codeGuid(study.id, id);
  const trees = study.codeTrees.map((tree) =>
    element('Code', { guid: studyGuid(study.id, `codetree:${tree.id}`), name: tree.title, isCodable: false }, [
      ...(tree.source?.trim() ? [element('Description', {}, tree.source)] : []),
      ...tree.nodes.map((node) => codeElement(guidOf, node, true)),
    ]),
  );
  // The description marks the automatic codes, so Veldwerk can tell them from a code tree on import.
  return automatic ? [...trees, codeElement(guidOf, { ...automatic, memo: AUTOMATIC_DESCRIPTION }, false)] : trees;
}

export const codeGuid = (studyId: string, codeId: string): string => studyGuid(studyId, `code:${codeId}`);

// ----------------------------------------------------------------- variables

interface VariableDef {
  key: string;
  name: string;
  description?: string;
  type: VariableType;
}

function variables(study: Study): VariableDef[] {
  const questions = study.questionnaires.flatMap((q) =>
    q.questions.map((question) => ({ questionnaireId: q.id, question })),
  );
  return [
    { key: 'respondentType', name: study.transcriptFormat.headerFields.find((f) => f.key === 'respondentType')?.label.replace(/:$/, '') || 'Type', type: 'Text' as const },
    { key: 'organisation', name: study.transcriptFormat.headerFields.find((f) => f.key === 'organisation')?.label.replace(/:$/, '') || 'Organisatie', type: 'Text' as const },
    ...questions.map(({ questionnaireId, question }) => ({
      key: questionVariableKey(questionnaireId, question.id),
      name: question.id,
      description: question.text,
      type: variableTypeOf(question),
    })),
  ];
}

export const questionVariableKey = (questionnaireId: string, questionId: string): string =>
  `question:${questionnaireId}:${questionId}`;

function valueElement(type: VariableType, value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (type === 'Integer') return /^-?\d+$/.test(trimmed) ? element('IntegerValue', {}, trimmed) : undefined;
  return element('TextValue', {}, trimmed);
}

function answerText(question: QuestionnaireQuestion, response: QuestionnaireResponse, anonymised: boolean): string {
  const answer = response.answers[question.id];
  if (!answer || (anonymised && question.purpose && IDENTIFYING_PURPOSES.has(question.purpose))) return '';
  // Free text is not searched by the anonymisation review, so an anonymised export leaves it out.
  const parts = [...answer.values, ...(!anonymised && answer.text?.trim() ? [answer.text.trim()] : [])];
  return parts.join('; ');
}

// ------------------------------------------------------------------- sources

interface SourceBuild {
  item: InterviewForExport;
  guid: string;
  fileGuid: string;
  name: string;
  source: PlainTextSource;
  /** Per turn: the replacements written into its text (anonymised) for mapping coding offsets. */
  replacements: Map<string, Replacement[]>;
}

function buildSource(input: ProjectInput, item: InterviewForExport): SourceBuild {
  const { study, anonymised } = input;
  const { document } = transcriptDocumentOf(study, item, {
    anonymised,
    findings: input.findings,
    decisions: input.decisions,
    now: input.now,
  });
  const id = item.interview.id;
  const own = (input.findings ?? []).filter((f) => f.textId.startsWith(`${id}/`));
  const texts = interviewTexts(item);
  const written = anonymised ? applyFindings(texts, own, input.decisions) : texts;
  const textOf = new Map(written.map((t) => [t.id, t.text]));
  const replacements = new Map<string, Replacement[]>();
  if (anonymised) {
    const applied = own.filter((f) => isApplied(f, input.decisions));
    for (const turn of item.turns) {
      const textId = turnTextId(id, turn.id);
      replacements.set(turn.id, pickLongest(applied.filter((f) => f.textId === textId)));
    }
  }
  const labels = study.transcriptFormat.speakers;
  const source = plainTextSource(
    document,
    turnsInOrder(item.interview, item.turns).map((turn) => ({
      id: turn.id,
      speakerLabel: labels[turn.speaker],
      text: textOf.get(turnTextId(id, turn.id)) ?? '',
    })),
  );
  return {
    item,
    guid: studyGuid(study.id, `source:${id}`),
    fileGuid: studyGuid(study.id, `sourcefile:${id}`),
    name: transcriptTitle(item.code, interviewDate(item.interview)),
    source,
    replacements,
  };
}

/** A coding's [start, end) in the source as UTF-16 offsets, or undefined when its turn is not in the text. */
function sourceRange(build: SourceBuild, turnId: string, range: { start: number; end: number }) {
  const turn = build.source.turns.get(turnId);
  if (!turn) return undefined;
  const replacements = build.replacements.get(turnId) ?? [];
  const start = turn.map[offsetAfterReplacements(replacements, range.start, 'start')]!;
  const end = turn.map[offsetAfterReplacements(replacements, range.end, 'end')]!;
  return end > start ? { start: turn.start + start, end: turn.start + end } : undefined;
}

const SELECTION_NAME_LENGTH = 80;

function selectionName(text: string, start: number, end: number): string {
  const cut = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return Array.from(cut).length > SELECTION_NAME_LENGTH ? `${Array.from(cut).slice(0, SELECTION_NAME_LENGTH).join('')}…` : cut;
}

// --------------------------------------------------------------------- notes

interface NoteDef {
  guid: string;
  name: string;
  text: string;
  at: number;
}

function noteElement(note: NoteDef, userGuid: string): string {
  return element(
    'Note',
    { guid: note.guid, name: note.name, creatingUser: userGuid, creationDateTime: iso(note.at) },
    [element('PlainTextContent', {}, note.text)],
  );
}

function reflectionText(reflection: Reflection): string {
  const lines = [
    reflection.enoughOpenQuestions && `enoughOpenQuestions: ${reflection.enoughOpenQuestions}`,
    reflection.enoughTopicsCovered && `enoughTopicsCovered: ${reflection.enoughTopicsCovered}`,
    ...reflection.moreAttention.map((mark) => `moreAttention: ${mark.label}${mark.note ? ` (${mark.note})` : ''}`),
    reflection.notes.trim(),
  ];
  return lines.filter((line): line is string => Boolean(line)).join('\n');
}

// ------------------------------------------------------------------- project

export function buildProject(input: ProjectInput): ProjectFiles & { selections: ExportedSelection[] } {
  const { study, anonymised } = input;
  const g = (key: string) => studyGuid(study.id, key);
  const userGuid = g('user');
  const automatic = automaticCodeTree(
    input.items.map((item) => item.interview.guide),
    input.automaticNames,
  );
  const builds = input.items.map((item) => buildSource(input, item));
  const notes: NoteDef[] = [];
  const selections: ExportedSelection[] = [];
  const sources = new Map<string, string>();
  const codingsOf = new Map<string, Coding[]>();
  for (const coding of input.codings)
    codingsOf.set(coding.interviewId, [...(codingsOf.get(coding.interviewId) ?? []), coding]);

  const sourceElements = builds.map((build) => {
    const { interview, turns } = build.item;
    const text = build.source.text;
    const points = codePointPositions(text);
    sources.set(`${build.fileGuid}.txt`, text);
    const turnText = new Map(turns.map((t) => [t.id, t.text]));
    const selection = (key: string, range: { start: number; end: number }, codings: string[]) => {
      const startPosition = points[range.start]!;
      const endPosition = points[range.end]!;
      return element(
        'PlainTextSelection',
        {
          guid: g(key),
          name: selectionName(text, range.start, range.end),
          startPosition,
          endPosition,
          creatingUser: userGuid,
        },
        codings,
      );
    };
    const codingElement = (key: string, codeId: string, noteGuid?: string) => {
      return element('Coding', { guid: g(key), creatingUser: userGuid }, [
        element('CodeRef', { targetGUID: codeGuid(study.id, codeId) }),
        ...(noteGuid ? [element('NoteRef', { targetGUID: noteGuid })] : []),
      ]);
    };
    const own = (codingsOf.get(interview.id) ?? []).flatMap((coding) => {
      const raw = turnText.get(coding.turnId);
      if (raw === undefined) return [];
      const range = sourceRange(build, coding.turnId, codedRange(coding.span, raw));
      if (!range) return [];
      let noteGuid: string | undefined;
      if (!anonymised && coding.memo?.trim()) {
        noteGuid = g(`note:coding:${coding.id}`);
        notes.push({ guid: noteGuid, name: selectionName(text, range.start, range.end), text: coding.memo, at: coding.updatedAt });
      }
      selections.push({
        sourceGuid: build.guid,
        codeGuid: codeGuid(study.id, coding.codeId),
        startPosition: points[range.start]!,
        endPosition: points[range.end]!,
      });
      return [selection(`coding:${coding.id}`, range, [codingElement(`coding-of:${coding.id}`, coding.codeId, noteGuid)])];
    });
    const byTurn = new Map<string, string[]>();
    for (const auto of automaticCodings(interview, turns))
      byTurn.set(auto.turnId, [...(byTurn.get(auto.turnId) ?? []), auto.codeId]);
    const automaticSelections = [...byTurn].flatMap(([turnId, codeIds]) => {
      const placed = build.source.turns.get(turnId);
      if (!placed) return [];
      const range = { start: placed.start, end: placed.start + placed.length };
      for (const codeId of codeIds)
        selections.push({
          sourceGuid: build.guid,
          codeGuid: codeGuid(study.id, codeId),
          startPosition: points[range.start]!,
          endPosition: points[range.end]!,
        });
      const key = `auto:${interview.id}:${turnId}`;
      return [selection(key, range, codeIds.map((codeId) => codingElement(`${key}:${codeId}`, codeId)))];
    });
    const noteRefs: string[] = [];
    if (!anonymised) {
      for (const memo of input.memos.filter((m) => m.interviewId === interview.id && m.text.trim() !== '')) {
        const guid = g(`note:memo:${memo.id}`);
        notes.push({ guid, name: `Memo ${build.name}`, text: memo.text, at: memo.at });
        noteRefs.push(guid);
      }
      const reflection = input.reflections.find((r) => r.interviewId === interview.id);
      const reflectionBody = reflection && reflectionText(reflection);
      if (reflection && reflectionBody) {
        const guid = g(`note:reflection:${interview.id}`);
        notes.push({ guid, name: `Reflectie ${build.name}`, text: reflectionBody, at: reflection.updatedAt });
        noteRefs.push(guid);
      }
    }
    return element(
      'TextSource',
      {
        guid: build.guid,
        name: build.name,
        plainTextPath: `internal://${build.fileGuid}.txt`,
        creatingUser: userGuid,
        creationDateTime: iso(interview.createdAt),
      },
      [
        ...own,
        ...automaticSelections,
        ...noteRefs.map((guid) => element('NoteRef', { targetGUID: guid })),
      ],
    );
  });

  const media = new Map<string, Uint8Array>();
  const audioElements = anonymised
    ? []
    : builds.flatMap((build) => {
        const recording = input.recordings?.get(build.item.interview.id);
        return recording ? [audioSource(build, recording, { g, userGuid, sources, media })] : [];
      });

  const defs = variables(study);
  const variableGuid = (key: string) => g(`variable:${key}`);
  const typeName = new Map(study.respondentTypes.map((t) => [t.id, t.name]));
  const responseOf = new Map(input.responses.map((r) => [r.id, r]));
  const caseElements = input.respondents.map((respondent) => {
    const organisation = anonymised
      ? organisationOf(input, respondent, builds)
      : respondent.organisation;
    const values = new Map<string, string>([
      ['respondentType', typeName.get(respondent.typeId) ?? ''],
      ['organisation', organisation],
    ]);
    const response = responseOf.get(respondent.id);
    if (response) {
      const questionnaire = study.questionnaires.find((q) => q.id === response.questionnaireId);
      for (const question of questionnaire?.questions ?? [])
        values.set(questionVariableKey(questionnaire!.id, question.id), answerText(question, response, anonymised));
    }
    const valueElements = defs.flatMap((def) => {
      const value = valueElement(def.type, values.get(def.key) ?? '');
      return value
        ? [element('VariableValue', {}, [element('VariableRef', { targetGUID: variableGuid(def.key) }), value])]
        : [];
    });
    const sourcesOfCase = builds.filter((b) => b.item.respondent.id === respondent.id);
    return element(
      'Case',
      { guid: g(`case:${respondent.id}`), name: anonymised ? input.codes.get(respondent.id) ?? '' : respondent.name },
      [
        ...valueElements,
        ...sourcesOfCase.flatMap((b) => [
          element('SourceRef', { targetGUID: b.guid }),
          ...(audioElements.some((a) => a.interviewId === b.item.interview.id)
            ? [element('SourceRef', { targetGUID: audioGuid(g, b) })]
            : []),
        ]),
      ],
    );
  });

  const setElements = study.respondentTypes.map((type) =>
    element(
      'Set',
      { guid: g(`set:type:${type.id}`), name: type.name },
      builds
        .filter((b) => b.item.respondent.typeId === type.id)
        .map((b) => element('MemberSource', { targetGUID: b.guid })),
    ),
  );

  const parts = [
    element('Users', {}, [element('User', { guid: userGuid, name: input.researcher })]),
    element('CodeBook', {}, [element('Codes', {}, codeElements(study, automatic))]),
    element('Variables', {}, defs.map((def) =>
      element('Variable', { guid: variableGuid(def.key), name: def.name, typeOfVariable: def.type }, def.description ? [element('Description', {}, def.description)] : []),
    )),
    ...(caseElements.length > 0 ? [element('Cases', {}, caseElements)] : []),
    ...(sourceElements.length > 0
      ? [element('Sources', {}, [...sourceElements, ...audioElements.map((a) => a.xml)])]
      : []),
    ...(notes.length > 0 ? [element('Notes', {}, notes.map((note) => noteElement(note, userGuid)))] : []),
    element('Sets', {}, setElements),
    ...(study.description?.trim() ? [element('Description', {}, study.description)] : []),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${element(
    'Project',
    {
      xmlns: PROJECT_NAMESPACE,
      name: study.name,
      origin: ORIGIN,
      creatingUserGUID: userGuid,
      modifyingUserGUID: userGuid,
      modifiedDateTime: iso(input.now),
    },
    parts,
  )}\n`;
  return { xml, sources, media, selections };
}

const audioGuid = (g: (key: string) => string, build: SourceBuild) => g(`audio:${build.item.interview.id}`);

/**
 * The recording as an AudioSource with its transcript: the same text as the interview's
 * TextSource, and a SyncPoint (ms in the recording, code point position in the text) at
 * the start of every turn whose place in the recording is known (`startMs`).
 */
function audioSource(
  build: SourceBuild,
  recording: RecordingForExport,
  out: {
    g: (key: string) => string;
    userGuid: string;
    sources: Map<string, string>;
    media: Map<string, Uint8Array>;
  },
): { interviewId: string; xml: string } {
  const { g, userGuid } = out;
  const { interview, turns } = build.item;
  const guid = audioGuid(g, build);
  const fileGuid = g(`audiofile:${interview.id}`);
  const transcriptGuid = g(`transcript:${interview.id}`);
  const transcriptFileGuid = g(`transcriptfile:${interview.id}`);
  const extension = recording.extension.replace(/^\./, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase() || 'bin';
  out.media.set(`${fileGuid}.${extension}`, recording.bytes);
  const text = build.source.text;
  out.sources.set(`${transcriptFileGuid}.txt`, text);
  const points = codePointPositions(text);
  const syncPoints = [element('SyncPoint', { guid: g(`sync:${interview.id}:start`), timeStamp: 0, position: 0 })];
  for (const turn of turnsInOrder(interview, turns)) {
    const placed = build.source.turns.get(turn.id);
    const startMs = turn.startMs;
    if (!placed || startMs === undefined) continue;
    syncPoints.push(
      element('SyncPoint', {
        guid: g(`sync:${interview.id}:${turn.id}`),
        timeStamp: Math.max(0, Math.round(startMs)),
        position: points[placed.lineStart]!,
      }),
    );
  }
  const created = iso(interview.createdAt);
  return {
    interviewId: interview.id,
    xml: element(
      'AudioSource',
      {
        guid,
        name: `${build.name}.${extension}`,
        path: `internal://${fileGuid}.${extension}`,
        creatingUser: userGuid,
        creationDateTime: created,
      },
      [
        element(
          'Transcript',
          {
            guid: transcriptGuid,
            name: build.name,
            plainTextPath: `internal://${transcriptFileGuid}.txt`,
            creatingUser: userGuid,
            creationDateTime: created,
          },
          syncPoints,
        ),
      ],
    ),
  };
}

/** The municipality as the anonymised transcript names it, or the study's letter for it. */
function organisationOf(input: ProjectInput, respondent: Respondent, builds: readonly SourceBuild[]): string {
  const build = builds.find((b) => b.item.respondent.id === respondent.id);
  if (build) {
    const own = (input.findings ?? []).filter((f) => f.textId === organisationTextId(build.item.interview.id));
    const [written] = applyFindings([{ id: organisationTextId(build.item.interview.id), text: respondent.organisation }], own, input.decisions);
    if (written && written.text !== respondent.organisation) return written.text;
  }
  return respondent.organisation.trim() === '' ? '' : `[${organisationAbbreviation(input.study, respondent.organisation)}]`;
}
