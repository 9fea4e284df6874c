/**
 * Round trip: a study exported as a REFI-QDA project and imported into a new study comes
 * back with the same codes (and code memos), cases with their variable values, variables
 * and codings (the same code on the same words, memos included), interviews with their
 * turns, and memos; exported again, the project says the same. Another tool's project is
 * refused here (it imports as a code tree only).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import type { InterviewForExport } from '../../shared/export';
import type { Turn } from '../../shared/interview/turn';
import { deriveCodes } from '../../shared/respondents/code-scheme';
import type { Respondent } from '../../shared/respondents/schema';
import { importProject, ProjectImportError } from '../../shared/refi/import-project';
import { sliceCodePoints } from '../../shared/refi/positions';
import { buildProject, type ProjectInput } from '../../shared/refi/project';
import { qdpxBytes } from '../../shared/refi/qdpx';
import { childNamed, childrenNamed, parseXml, type XmlElement } from '../../shared/refi/xml';
import type { Study } from '../../shared/study/schema';
import { codingSchema } from '../../shared/coding/schema';
import { interviewSchema } from '../../shared/interview/interview';
import { studySchema } from '../../shared/study/schema';
import { respondentSchema } from '../../shared/respondents/schema';
import { questionnaireResponseSchema } from '../../shared/preparation/schema';

import { heldInterview, respondentOf, START, turnsOf } from './support/refi-fixtures';
const study: Study = {
  ...exampleStudy,
  codeTrees: exampleStudy.codeTrees.map((tree, i) =>
    i === 0 ? { ...tree, nodes: [{ ...tree.nodes[0]!, memo: 'Wat een “bouwblok” is' }, ...tree.nodes.slice(1)] } : tree,
  ),
};
const respondent = (id: string, name: string, typeId: string, organisation: string) =>
  respondentOf(study, id, name, typeId, organisation);
const piet = respondent('r1', 'Piet Jansen', 'beleidsmedewerker', 'Aalten');
const anja = respondent('r2', 'Anja Bakker', 'manager', 'Berkelland');
const codes = deriveCodes(study, [piet, anja]);

function held(id: string, who: Respondent, texts: [Turn['speaker'], string][]): InterviewForExport {
  return heldInterview(study, id, who, turnsOf(id, texts), codes.get(who.id)!);
}
const one = held('i1', piet, [
  ['interviewer', 'Hoe ervaart u de samenwerking?'],
  ['respondent', 'Ik vind het “prima” 👍🏽 met de collega’s\nin Aalten — café-overleg.'],
]);
const two = held('i2', anja, [
  ['interviewer', 'En bij u?'],
  ['respondent', 'Goed 😀'],
]);
const [firstCode, secondCode] = [study.codeTrees[0]!.nodes[0]!.id, study.codeTrees[1]!.nodes[0]!.id];
const answer = one.turns[1]!.text;

const exported: ProjectInput = {
  study,
  researcher: 'Onderzoeker',
  items: [one, two],
  respondents: [piet, anja],
  codes,
  responses: [
    {
      id: 'r1',
      studyId: study.id,
      questionnaireId: 'vl-beleid',
      source: 'manual',
      answers: { startjaar: { values: [], text: '2012' }, V17: { values: ['Nee'] } },
      unmatchedColumns: [],
      unknownAnswers: [],
      updatedAt: 1,
    },
  ],
  codings: [
    {
      id: 'c1',
      studyId: study.id,
      interviewId: 'i1',
      turnId: 'i1-t1',
      codeId: firstCode,
      span: { kind: 'text', start: answer.indexOf('👍'), end: answer.indexOf('in Aalten') + 9 },
      memo: 'Let op: <geen> naam',
      createdAt: START,
      updatedAt: START,
    },
    {
      id: 'c2',
      studyId: study.id,
      interviewId: 'i2',
      turnId: 'i2-t1',
      codeId: secondCode,
      span: { kind: 'turn' },
      createdAt: START,
      updatedAt: START,
    },
  ],
  memos: [{ id: 'm1', interviewId: 'i1', text: 'Respondent was moe', at: START }],
  reflections: [],
  automaticNames: {
    root: 'Automatisch',
    speakers: 'Spreker',
    sections: 'Onderdeel',
    topics: 'Onderwerp',
    speaker: { interviewer: 'Onderzoeker', respondent: 'Respondent' },
  },
  anonymised: false,
  now: START + 86_400_000,
};

let counter = 0;
const newId = () => `new-${++counter}`;

/** What a project says, by names and coded words (ids and GUIDs differ between studies). */
function meaning(files: { xml: string; sources: Map<string, string> }) {
  const root = parseXml(files.xml);
  const names = (codes: XmlElement[]): unknown[] =>
    codes.map((code) => [
      code.attributes.name,
      childNamed(code, 'Description')?.text ?? '',
      names(childrenNamed(code, 'Code')),
    ]);
  const codeName = new Map<string, string>();
  const collect = (nodes: XmlElement[]) =>
    nodes.forEach((code) => {
      codeName.set(code.attributes.guid!, code.attributes.name!);
      collect(childrenNamed(code, 'Code'));
    });
  const top = childrenNamed(childNamed(childNamed(root, 'CodeBook'), 'Codes'), 'Code');
  collect(top);
  const variables = childrenNamed(childNamed(root, 'Variables'), 'Variable');
  const variableName = new Map(variables.map((v) => [v.attributes.guid!, v.attributes.name!]));
  const caseOf = new Map<string, string>();
  const cases = childrenNamed(childNamed(root, 'Cases'), 'Case').map((c) => {
    for (const ref of childrenNamed(c, 'SourceRef')) caseOf.set(ref.attributes.targetGUID!, c.attributes.name!);
    return [
      c.attributes.name,
      childrenNamed(c, 'VariableValue')
        .map((v) => `${variableName.get(childNamed(v, 'VariableRef')!.attributes.targetGUID!)}=${v.children[1]!.text}`)
        .sort(),
    ];
  });
  const notes = new Map(
    childrenNamed(childNamed(root, 'Notes'), 'Note').map((n) => [
      n.attributes.guid!,
      childNamed(n, 'PlainTextContent')!.text,
    ]),
  );
  const codings = childrenNamed(childNamed(root, 'Sources'), 'TextSource').flatMap((source) => {
    const text = files.sources.get(source.attributes.plainTextPath!.replace('internal://', ''))!;
    return childrenNamed(source, 'PlainTextSelection').flatMap((selection) =>
      childrenNamed(selection, 'Coding').map((coding) => {
        const note = childNamed(coding, 'NoteRef')?.attributes.targetGUID;
        return [
          caseOf.get(source.attributes.guid!),
          codeName.get(childNamed(coding, 'CodeRef')!.attributes.targetGUID!),
          sliceCodePoints(text, Number(selection.attributes.startPosition), Number(selection.attributes.endPosition)),
          note ? notes.get(note) : '',
        ].join(' | ');
      }),
    );
  });
  return {
    codes: names(top),
    variables: variables.map((v) => [
      v.attributes.name,
      v.attributes.typeOfVariable,
      childNamed(v, 'Description')?.text ?? '',
    ]),
    cases,
    codings: codings.sort(),
    notes: [...notes.values()].sort(),
  };
}

describe('a Veldwerk project imported into a new study', () => {
  const first = buildProject(exported);
  const imported = importProject(qdpxBytes(first), newId, START + 2 * 86_400_000);

  it('gives valid records of a new study', () => {
    expect(studySchema.safeParse(imported.study).success).toBe(true);
    expect(imported.study.id).not.toBe(study.id);
    for (const r of imported.respondents) expect(respondentSchema.safeParse(r).success).toBe(true);
    for (const r of imported.responses) expect(questionnaireResponseSchema.safeParse(r).success).toBe(true);
    for (const i of imported.interviews) expect(interviewSchema.safeParse(i).success).toBe(true);
    for (const c of imported.codings) expect(codingSchema.safeParse(c).success).toBe(true);
  });

  it('brings back respondents, interviews with their turns, codings on the same words, and memos', () => {
    expect(imported.respondents.map((r) => [r.name, r.organisation])).toEqual([
      ['Piet Jansen', 'Aalten'],
      ['Anja Bakker', 'Berkelland'],
    ]);
    const types = new Map(imported.study.respondentTypes.map((t) => [t.id, t.name]));
    expect(imported.respondents.map((r) => types.get(r.typeId))).toEqual(['Beleidsmedewerker', 'Manager']);
    expect(imported.interviews).toHaveLength(2);
    const turnsOf = (i: number) =>
      imported.interviews[i]!.turnOrder.map((id) => imported.turns.find((t) => t.id === id)!).map((t) => [
        t.speaker,
        t.text,
      ]);
    expect(turnsOf(0)).toEqual(one.turns.map((t) => [t.speaker, t.text]));
    expect(turnsOf(1)).toEqual(two.turns.map((t) => [t.speaker, t.text]));
    const [span, whole] = imported.codings;
    const turn = imported.turns.find((t) => t.id === span!.turnId)!;
    expect(span!.span.kind === 'text' && turn.text.slice(span!.span.start, span!.span.end)).toBe(
      '👍🏽 met de collega’s\nin Aalten',
    );
    expect(span!.memo).toBe('Let op: <geen> naam');
    expect(whole!.span).toEqual({ kind: 'turn' });
    expect(imported.memos.map((m) => m.text)).toEqual(['Respondent was moe']);
    const answers = imported.responses.find((r) => r.id === imported.respondents[0]!.id)!.answers;
    expect(
      Object.values(answers)
        .map((a) => a.text ?? a.values[0])
        .sort(),
    ).toEqual(['2012', 'Nee']);
  });

  it('exported again, says the same: codes, variables, cases and codings', () => {
    const again = buildProject({
      ...exported,
      study: imported.study,
      items: imported.interviews.map((interview) => {
        const who = imported.respondents.find((r) => r.id === interview.respondentId)!;
        return {
          interview,
          turns: imported.turns.filter((t) => t.interviewId === interview.id),
          respondent: who,
          code: deriveCodes(imported.study, imported.respondents).get(who.id)!,
        };
      }),
      respondents: imported.respondents,
      codes: deriveCodes(imported.study, imported.respondents),
      responses: imported.responses,
      codings: imported.codings,
      memos: imported.memos,
    });
    const before = meaning(first);
    // A whole-number variable nobody answered comes back as text: the project holds no numbers to choose from.
    const root = parseXml(first.xml);
    const answered = new Set(
      childrenNamed(childNamed(root, 'Cases'), 'Case').flatMap((c) =>
        childrenNamed(c, 'VariableValue').map((v) => childNamed(v, 'VariableRef')!.attributes.targetGUID),
      ),
    );
    const guids = childrenNamed(childNamed(root, 'Variables'), 'Variable').map((v) => v.attributes.guid);
    const variables = before.variables.map(([name, type, text], i) => [
      name,
      type === 'Integer' && !answered.has(guids[i]) ? 'Text' : type,
      text,
    ]);
    expect(meaning(again)).toEqual({ ...before, variables });
  });

  it('refuses another tool’s project (its code tree imports instead)', () => {
    const atlas = readFileSync(new URL('../fixtures/refi-qda/atlas-ti-23-sample.qdpx', import.meta.url));
    expect(() => importProject(new Uint8Array(atlas), newId, 0)).toThrow(ProjectImportError);
  });
});
