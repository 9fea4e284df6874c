/**
 * A REFI-QDA project that Veldwerk exported, read back into a NEW study: its code trees
 * (with code memos), respondents from the Cases (type, municipality and questionnaire
 * answers from their VariableValues), one interview per TextSource whose turns are the
 * speaker selections Veldwerk writes for every turn, the researcher's codings at their
 * positions (with their memos), and the interview memos and reflections as memos.
 *
 * What cannot come back, because the project does not hold it: the topic lists, flag
 * rules and questionnaire options (the answers come back under one open questionnaire
 * made from the Variables), the clock, and which guide question each turn answered (so
 * the section and topic codes, derived from that, are not there after an import).
 * Another tool's project has no speaker selections; only its code tree is read then
 * (./import-codes.ts).
 */
import { isAutomaticCode } from '../coding/automatic';
import type { Coding } from '../coding/schema';
import type { Interview, Memo, StoredTurn } from '../interview/interview';
import type { QuestionnaireResponse } from '../preparation/schema';
import type { Respondent } from '../respondents/schema';
import { createStudy, slugOf, uniqueId } from '../design/new-study';
import type { CodeTree, Questionnaire, Study } from '../study/schema';
import { codeTreeOf, codesOfXml, type ImportedCode } from './import-codes';
import { AUTOMATIC_DESCRIPTION, ORIGIN } from './project';
import { readQdpx } from './qdpx';
import { utf16Offsets } from './positions';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml';
import { strFromU8 } from 'fflate';

export interface ImportedProject {
  study: Study;
  respondents: Respondent[];
  responses: QuestionnaireResponse[];
  interviews: Interview[];
  turns: StoredTurn[];
  codings: Coding[];
  memos: Memo[];
}

export class ProjectImportError extends Error {
  constructor(readonly code: 'not-veldwerk' | 'no-turns') {
    super(code === 'not-veldwerk' ? 'the project was not exported by Veldwerk' : 'the project holds no transcripts');
    this.name = 'ProjectImportError';
  }
}

const guidOf = (node: XmlElement, attribute = 'guid') =>
  (node.attributes[attribute] ?? '').replace(/[{}]/g, '').toUpperCase();
const timeOf = (value: string | undefined, fallback: number) => {
  const at = value ? Date.parse(value) : NaN;
  return Number.isFinite(at) && at >= 0 ? at : fallback;
};

function allCodes(codes: readonly ImportedCode[], into = new Map<string, ImportedCode>()): Map<string, ImportedCode> {
  for (const code of codes) {
    into.set(code.guid, code);
    allCodes(code.children, into);
  }
  return into;
}

/** Only Veldwerk's own projects: they carry the speaker of every turn as a selection. */
export function isVeldwerkProject(xml: string): boolean {
  try {
    return parseXml(xml).attributes.origin === ORIGIN;
  } catch {
    return false;
  }
}

/**
 * The project as the records of a new study. `newId` makes every id (the study's too),
 * so nothing can collide with what the database holds; `now` stamps what has no time.
 */
export function importProject(bytes: Uint8Array, newId: () => string, now: number): ImportedProject {
  const { xml, files } = readQdpx(bytes);
  const root = parseXml(xml);
  if (root.attributes.origin !== ORIGIN) throw new ProjectImportError('not-veldwerk');
  const codes = codesOfXml(xml);
  const automatic = codes.find((code) => code.description === AUTOMATIC_DESCRIPTION);
  const speakerGuids = new Map<string, 'interviewer' | 'respondent'>();
  const [interviewerCode, respondentCode] = automatic?.children[0]?.children ?? [];
  if (interviewerCode) speakerGuids.set(interviewerCode.guid, 'interviewer');
  if (respondentCode) speakerGuids.set(respondentCode.guid, 'respondent');
  const automaticGuids = new Set(automatic ? allCodes([automatic]).keys() : []);

  // Code trees: every top-level code but the automatic ones; ids from their GUIDs.
  const treeIds: string[] = [];
  const codeTrees: CodeTree[] = codes
    .filter((code) => code !== automatic)
    .map((code) => {
      const id = uniqueId(slugOf(code.name), treeIds);
      treeIds.push(id);
      return codeTreeOf(code.children, {
        id,
        title: code.name,
        ...(code.description ? { source: code.description } : {}),
      });
    });
  const codeIdOf = (guid: string) => `refi-${guid.toLowerCase()}`;

  // Variables: Veldwerk writes the respondent's type and municipality first, then one per question.
  const variables = childrenNamed(childNamed(root, 'Variables'), 'Variable').map((node) => ({
    guid: guidOf(node),
    name: node.attributes.name ?? '',
    type: node.attributes.typeOfVariable ?? 'Text',
    description: childNamed(node, 'Description')?.text.trim() ?? '',
  }));
  const [typeVariable, organisationVariable, ...questionVariables] = variables;
  const typeNames = [...childrenNamed(childNamed(root, 'Sets'), 'Set').map((set) => set.attributes.name ?? '')].filter(
    (name) => name.trim() !== '',
  );
  const caseNodes = childrenNamed(childNamed(root, 'Cases'), 'Case');
  const valuesOf = (node: XmlElement) =>
    new Map(
      childrenNamed(node, 'VariableValue').map((value) => {
        const ref = guidOf(childNamed(value, 'VariableRef') ?? value, 'targetGUID');
        const text = value.children.find((c) => c.name !== 'VariableRef')?.text ?? '';
        return [ref, text] as const;
      }),
    );
  for (const node of caseNodes) {
    const type = typeVariable ? valuesOf(node).get(typeVariable.guid)?.trim() : undefined;
    if (type && !typeNames.includes(type)) typeNames.push(type);
  }
  if (typeNames.length === 0) typeNames.push('Respondent');

  const studyId = newId();
  const study = createStudy({
    id: studyId,
    name: root.attributes.name?.trim() || 'REFI-QDA',
    language: 'nl',
    respondentTypes: typeNames.map((name) => ({ name, codeLetter: name.trim().charAt(0).toUpperCase() || 'R' })),
  });
  study.codeTrees = codeTrees.length > 0 ? codeTrees : study.codeTrees;
  // The names the project used, so a second export speaks of the same variables and speakers.
  const labelOf = new Map([
    ['respondentType', typeVariable?.name],
    ['organisation', organisationVariable?.name],
  ]);
  study.transcriptFormat.headerFields = study.transcriptFormat.headerFields.map((field) => {
    const name = labelOf.get(field.key)?.trim();
    return name ? { ...field, label: `${name}:` } : field;
  });
  if (interviewerCode && respondentCode)
    study.transcriptFormat.speakers = { interviewer: interviewerCode.name, respondent: respondentCode.name };
  const description = childNamed(root, 'Description')?.text.trim();
  if (description) study.description = description;
  // Veldwerk writes each questionnaire's questions in turn: a question id met again starts the next one.
  const groups: (typeof questionVariables)[] = [];
  for (const variable of questionVariables) {
    const current = groups.at(-1);
    if (!current || current.some((v) => v.name === variable.name)) groups.push([variable]);
    else current.push(variable);
  }
  const observed = new Map<string, Set<string>>();
  for (const node of caseNodes)
    for (const [guid, value] of valuesOf(node)) {
      if (!observed.has(guid)) observed.set(guid, new Set());
      if (value.trim()) observed.get(guid)!.add(value.trim());
    }
  const questionnaires: { questionnaire: Questionnaire; variables: typeof questionVariables }[] = groups.map(
    (variables, i) => ({
      variables,
      questionnaire: {
        id: `refi-vragenlijst-${i + 1}`,
        title: `Vragenlijst ${i + 1} (REFI-QDA)`,
        questions: variables.map((v) => {
          // A whole-number variable is a choice among the numbers given, which exports as Integer again.
          const numbers = [...(observed.get(v.guid) ?? [])].filter((x) => /^-?\d+$/.test(x));
          const integer = v.type === 'Integer' && numbers.length > 0;
          return {
            id: v.name || v.guid,
            text: v.description || v.name,
            kind: integer ? ('single' as const) : ('open' as const),
            options: integer ? numbers.sort((a, b) => Number(a) - Number(b)).map((label) => ({ label })) : [],
          };
        }),
      },
    }),
  );
  study.questionnaires = questionnaires.map((q) => q.questionnaire);
  const typeIdOf = new Map(study.respondentTypes.map((type) => [type.name, type.id]));

  // Respondents, their answers, and which sources are theirs.
  const respondents: Respondent[] = [];
  const responses: QuestionnaireResponse[] = [];
  const respondentOfSource = new Map<string, string>();
  for (const node of caseNodes) {
    const values = valuesOf(node);
    const id = newId();
    const type = (typeVariable && values.get(typeVariable.guid)?.trim()) || typeNames[0]!;
    respondents.push({
      id,
      studyId,
      name: node.attributes.name?.trim() || '?',
      typeId: typeIdOf.get(type) ?? study.respondentTypes[0]!.id,
      organisation: (organisationVariable && values.get(organisationVariable.guid)?.trim()) || '',
      function: '',
      email: '',
      phone: '',
      notes: '',
      createdAt: now,
      updatedAt: now,
    });
    for (const ref of childrenNamed(node, 'SourceRef')) respondentOfSource.set(guidOf(ref, 'targetGUID'), id);
    // The questionnaire the respondent answered: the one their values belong to.
    const answered = questionnaires.find((q) => q.variables.some((v) => values.get(v.guid)?.trim()));
    if (answered) {
      const answers = Object.fromEntries(
        answered.variables.flatMap((v, i) => {
          const value = values.get(v.guid)?.trim();
          const question = answered.questionnaire.questions[i]!;
          if (!value) return [];
          return [[question.id, question.kind === 'single' ? { values: [value] } : { values: [], text: value }]];
        }),
      );
      responses.push({
        id,
        studyId,
        questionnaireId: answered.questionnaire.id,
        source: 'file',
        fileName: 'project.qde',
        answers,
        unmatchedColumns: [],
        unknownAnswers: [],
        updatedAt: now,
      });
    }
  }

  const notes = new Map(
    childrenNamed(childNamed(root, 'Notes'), 'Note').map((note) => [
      guidOf(note),
      {
        text: childNamed(note, 'PlainTextContent')?.text ?? '',
        at: timeOf(note.attributes.creationDateTime, now),
      },
    ]),
  );

  const interviews: Interview[] = [];
  const turns: StoredTurn[] = [];
  const codings: Coding[] = [];
  const memos: Memo[] = [];
  for (const source of childrenNamed(childNamed(root, 'Sources'), 'TextSource')) {
    const path = (source.attributes.plainTextPath ?? '').replace(/^internal:\/\//, 'sources/');
    const file = files.get(path) ?? [...files].find(([name]) => name.endsWith(path.replace(/^sources\//, '')))?.[1];
    if (!file) continue;
    const text = strFromU8(file);
    const offsets = utf16Offsets(text);
    const at = (position: string | undefined) =>
      offsets[Math.min(Math.max(Number(position) || 0, 0), offsets.length - 1)]!;
    const selections = childrenNamed(source, 'PlainTextSelection').map((node) => ({
      start: at(node.attributes.startPosition),
      end: at(node.attributes.endPosition),
      codings: childrenNamed(node, 'Coding').map((coding) => ({
        codeGuid: guidOf(childNamed(coding, 'CodeRef') ?? coding, 'targetGUID'),
        note: childNamed(coding, 'NoteRef') ? guidOf(childNamed(coding, 'NoteRef')!, 'targetGUID') : undefined,
      })),
    }));
    const interviewId = newId();
    const created = timeOf(source.attributes.creationDateTime, now);
    const own = selections
      .flatMap((s) => {
        const speaker = s.codings.map((c) => speakerGuids.get(c.codeGuid)).find((found) => found !== undefined);
        return speaker ? [{ ...s, speaker }] : [];
      })
      .sort((a, b) => a.start - b.start)
      .map((s) => ({
        range: s,
        turn: {
          id: newId(),
          interviewId,
          speaker: s.speaker,
          text: text.slice(s.start, s.end),
          startedAt: created,
        } satisfies StoredTurn,
      }));
    if (own.length === 0) continue;
    const respondentId = respondentOfSource.get(guidOf(source));
    if (!respondentId) continue;
    turns.push(...own.map((o) => o.turn));
    const respondent = respondents.find((r) => r.id === respondentId)!;
    const type = study.respondentTypes.find((t) => t.id === respondent.typeId)!;
    const list = study.topicLists.find((l) => l.id === type.topicListId)!;
    interviews.push({
      id: interviewId,
      studyId,
      respondentId,
      guide: { topicListId: list.id, topicListTitle: list.title, sections: [] },
      status: 'ended',
      startedAt: created,
      endedAt: created,
      pauses: [],
      askedByHand: [],
      notAskedByHand: [],
      turnOrder: own.map((o) => o.turn.id),
      createdAt: created,
      updatedAt: now,
    });
    for (const selection of selections) {
      for (const coding of selection.codings) {
        if (automaticGuids.has(coding.codeGuid) || isAutomaticCode(coding.codeGuid)) continue;
        const home = own.find((o) => o.range.start <= selection.start && selection.end <= o.range.end);
        if (!home || selection.end <= selection.start) continue;
        const whole = selection.start === home.range.start && selection.end === home.range.end;
        const memo = coding.note ? notes.get(coding.note)?.text.trim() : undefined;
        codings.push({
          id: newId(),
          studyId,
          interviewId,
          turnId: home.turn.id,
          codeId: codeIdOf(coding.codeGuid),
          span: whole
            ? { kind: 'turn' }
            : { kind: 'text', start: selection.start - home.range.start, end: selection.end - home.range.start },
          ...(memo ? { memo } : {}),
          createdAt: created,
          updatedAt: now,
        });
      }
    }
    for (const ref of childrenNamed(source, 'NoteRef')) {
      const note = notes.get(guidOf(ref, 'targetGUID'));
      if (note && note.text.trim()) memos.push({ id: newId(), interviewId, text: note.text, at: note.at });
    }
  }
  if (interviews.length === 0) throw new ProjectImportError('no-turns');
  return { study, respondents, responses, interviews, turns, codings, memos };
}
