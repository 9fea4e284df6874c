/**
 * A study as a REFI-QDA project: the project validates against the REFI-QDA schema
 * (xmllint), every selection cut from its source at its code point positions is the
 * coded text (emoji, diacritics, curly quotes, line breaks), GUIDs stay the same from one
 * export to the next, and an anonymised export places its selections on the replaced text.
 */
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReplacementBook } from '../../shared/anonymise';
import { speakerCodeId } from '../../shared/coding/automatic';
import { codedText, type Coding } from '../../shared/coding/schema';
import { exampleStudy } from '../../shared/example/study';
import { findExportIdentifiers, type InterviewForExport } from '../../shared/export';
import type { Turn } from '../../shared/interview/turn';
import type { QuestionnaireResponse } from '../../shared/preparation/schema';
import { deriveCodes } from '../../shared/respondents/code-scheme';
import type { Respondent } from '../../shared/respondents/schema';
import type { Study } from '../../shared/study/schema';
import { uuidV5 } from '../../shared/refi/guid';
import { codePointPositions, sliceCodePoints } from '../../shared/refi/positions';
import { buildProject, codeGuid, type ProjectInput } from '../../shared/refi/project';
import { codebookXml, qdpxBytes } from '../../shared/refi/qdpx';
import { schemaErrors } from '../support/xmllint';
import { childNamed, childrenNamed, parseXml, type XmlElement } from '../../shared/refi/xml';

import { heldInterview, respondentOf, START, turnsOf } from './support/refi-fixtures';

const study: Study = {
  ...exampleStudy,
  codeTrees: exampleStudy.codeTrees.map((tree, i) =>
    i === 0
      ? { ...tree, nodes: [{ ...tree.nodes[0]!, memo: 'Wat een “bouwblok” is & waarom' }, ...tree.nodes.slice(1)] }
      : tree,
  ),
};
const firstCode = study.codeTrees[0]!.nodes[0]!.id;

const respondent = (id: string, name: string, typeId: string, organisation: string) =>
  respondentOf(study, id, name, typeId, organisation);
const piet = respondent('r1', 'Piet Jansen', 'beleidsmedewerker', 'Aalten');
const anja = respondent('r2', 'Anja Bakker', 'manager', 'Berkelland');
const respondents = [piet, anja];
const codes = deriveCodes(study, respondents);

function held(id: string, who: Respondent, texts: [Turn['speaker'], string][]): InterviewForExport {
  return heldInterview(study, id, who, turnsOf(id, texts), codes.get(who.id)!);
}

const one = held('i1', piet, [
  ['interviewer', 'Hoe ervaart u de samenwerking?'],
  ['respondent', 'Ik vind het “prima” 👍🏽 met Piet Jansen\r\nen de collega’s in Aalten — café-overleg.'],
]);
const two = held('i2', anja, [
  ['interviewer', 'En bij u?'],
  ['respondent', 'Goed 😀'],
]);

const coding = (id: string, item: InterviewForExport, turn: number, span: Coding['span'], memo?: string): Coding => ({
  id,
  studyId: study.id,
  interviewId: item.interview.id,
  turnId: item.turns[turn]!.id,
  codeId: firstCode,
  span,
  ...(memo ? { memo } : {}),
  createdAt: START,
  updatedAt: START,
});

const respondentText = one.turns[1]!.text;
const codings: Coding[] = [
  // From the emoji to past the line break: "👍🏽 met Piet Jansen\r\nen"
  coding(
    'c1',
    one,
    1,
    { kind: 'text', start: respondentText.indexOf('👍'), end: respondentText.indexOf('de collega') - 1 },
    'Let op: <geen> naam',
  ),
  coding('c2', two, 1, { kind: 'turn' }),
];

const responses: QuestionnaireResponse[] = [
  {
    id: 'r1',
    studyId: study.id,
    questionnaireId: 'vl-beleid',
    source: 'manual',
    answers: { naam: { values: [], text: 'Piet Jansen' }, startjaar: { values: [], text: '2012' } },
    unmatchedColumns: [],
    unknownAnswers: [],
    updatedAt: 1,
  },
];

const input = (extra: Partial<ProjectInput> = {}): ProjectInput => ({
  study,
  researcher: 'Onderzoeker',
  items: [one, two],
  respondents,
  codes,
  responses,
  codings,
  memos: [{ id: 'm1', interviewId: 'i1', text: 'Respondent was moe', at: START }],
  reflections: [
    { interviewId: 'i1', moreAttention: [], notes: 'Meer doorvragen', questionKindOverrides: {}, updatedAt: START },
  ],
  automaticNames: {
    root: 'Automatisch',
    speakers: 'Spreker',
    sections: 'Onderdeel',
    topics: 'Onderwerp',
    speaker: { interviewer: 'Onderzoeker', respondent: 'Respondent' },
  },
  anonymised: false,
  now: START + 86_400_000,
  ...extra,
});

const all = (node: XmlElement, name: string): XmlElement[] =>
  node.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);

function sourceTexts(files: { xml: string; sources: Map<string, string> }): Map<string, string> {
  const project = parseXml(files.xml);
  return new Map(
    all(project, 'TextSource').map((source) => [
      source.attributes.guid!,
      files.sources.get(source.attributes.plainTextPath!.replace('internal://', ''))!,
    ]),
  );
}

describe('REFI-QDA project export', () => {
  it('makes name-based UUIDs (v5) exactly as RFC 4122 does', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313E1-3B8A-5372-9B90-0C9AEE199E5D');
  });

  it('writes a project that validates against Project-mrt2019.xsd, identified and anonymised', () => {
    expect(schemaErrors(buildProject(input()).xml)).toBe('');
    const findings = findExportIdentifiers(study, respondents, codes, [one, two], emptyReplacementBook());
    expect(schemaErrors(buildProject(input({ anonymised: true, findings })).xml)).toBe('');
  });

  it('refuses nothing a schema would: a broken project fails xmllint', () => {
    const broken = buildProject(input()).xml.replace(/isCodable="true"/, 'isCodable="maybe"');
    expect(schemaErrors(broken)).toMatch(/isCodable/);
  });

  it('has the researcher, the code trees with memos and the automatic codes, variables, cases, sets and notes', () => {
    const project = parseXml(buildProject(input()).xml);
    expect(childrenNamed(childNamed(project, 'Users'), 'User').map((u) => u.attributes.name)).toEqual(['Onderzoeker']);
    const codesByName = new Map(all(project, 'Code').map((c) => [c.attributes.name, c]));
    const memoed = all(project, 'Code').find((c) => c.attributes.guid === codeGuid(study.id, firstCode));
    expect(childNamed(memoed, 'Description')?.text).toBe('Wat een “bouwblok” is & waarom');
    expect(codesByName.get('Automatisch')?.attributes.isCodable).toBe('false');
    expect(codesByName.has('Respondent')).toBe(true);
    const variables = all(project, 'Variable');
    expect(variables.find((v) => v.attributes.name === 'startjaar')?.attributes.typeOfVariable).toBe('Integer');
    const cases = all(project, 'Case');
    expect(cases.map((c) => c.attributes.name)).toEqual(['Piet Jansen', 'Anja Bakker']);
    const pietValues = childrenNamed(cases[0], 'VariableValue').map((v) => v.children[1]!.text);
    expect(pietValues).toEqual(expect.arrayContaining(['Aalten', '2012', 'Piet Jansen']));
    expect(childrenNamed(cases[0], 'SourceRef')).toHaveLength(1);
    expect(all(project, 'Set').map((s) => [s.attributes.name, childrenNamed(s, 'MemberSource').length])).toEqual(
      expect.arrayContaining([
        ['Beleidsmedewerker', 1],
        ['Manager', 1],
      ]),
    );
    const notes = all(project, 'Note').map((n) => childNamed(n, 'PlainTextContent')!.text);
    expect(notes).toEqual(expect.arrayContaining(['Respondent was moe', 'Meer doorvragen', 'Let op: <geen> naam']));
    // The coding memo hangs on the coding, the interview memo on the source.
    const noteGuids = new Set(all(project, 'Note').map((n) => n.attributes.guid));
    expect(all(project, 'NoteRef').every((ref) => noteGuids.has(ref.attributes.targetGUID))).toBe(true);
    expect(all(project, 'NoteRef')).toHaveLength(3);
  });

  it('cuts exactly the coded text at code point positions, emoji and line breaks included', () => {
    const files = buildProject(input());
    const texts = sourceTexts(files);
    const c1 = files.selections.find((s) => s.codeGuid === codeGuid(study.id, firstCode) && s.startPosition > 0)!;
    const source = texts.get(c1.sourceGuid)!;
    expect(sliceCodePoints(source, c1.startPosition, c1.endPosition)).toBe('👍🏽 met Piet Jansen\nen');
    // Cut by UTF-16 offsets, the same numbers would miss: the emoji is 2 code points, 4 units.
    expect(source.slice(c1.startPosition, c1.endPosition)).not.toBe('👍🏽 met Piet Jansen\nen');
    expect(source).toContain('Respondent: Ik vind het “prima” 👍🏽');
    expect(source).toContain('Naam respondent: Piet Jansen');
    const whole = files.selections.filter((s) => s.codeGuid === codeGuid(study.id, speakerCodeId('respondent')));
    expect(whole.map((s) => sliceCodePoints(texts.get(s.sourceGuid)!, s.startPosition, s.endPosition))).toEqual([
      'Ik vind het “prima” 👍🏽 met Piet Jansen\nen de collega’s in Aalten — café-overleg.',
      'Goed 😀',
    ]);
  });

  it('keeps every GUID from one export to the next', () => {
    const guids = (xml: string) => [...xml.matchAll(/\sguid="([^"]+)"/g)].map((m) => m[1]);
    const first = buildProject(input());
    const second = buildProject(input({ now: START + 7 * 86_400_000 }));
    expect(guids(second.xml)).toEqual(guids(first.xml));
    expect(new Set(guids(first.xml)).size).toBe(guids(first.xml).length);
  });

  it('places selections on the anonymised text, and leaves names, free text and memos out', () => {
    const findings = findExportIdentifiers(study, respondents, codes, [one, two], emptyReplacementBook());
    const files = buildProject(input({ anonymised: true, findings }));
    expect(files.xml).not.toContain('Piet');
    expect([...files.sources.values()].join('\n')).not.toContain('Piet');
    const texts = sourceTexts(files);
    const c1 = files.selections.find((s) => s.codeGuid === codeGuid(study.id, firstCode) && s.startPosition > 0)!;
    const cut = sliceCodePoints(texts.get(c1.sourceGuid)!, c1.startPosition, c1.endPosition);
    expect(cut).toBe(`👍🏽 met ${codes.get('r1')}\nen`);
    expect(all(parseXml(files.xml), 'Note')).toHaveLength(0);
    expect(all(parseXml(files.xml), 'Case').map((c) => c.attributes.name)).toEqual([codes.get('r1'), codes.get('r2')]);
  });

  it('zips project.qde with the sources, and writes a codebook alone', () => {
    const files = buildProject(input());
    const entries = unzipSync(qdpxBytes(files));
    expect(Object.keys(entries).sort()).toEqual(
      ['project.qde', ...[...files.sources.keys()].map((n) => `sources/${n}`)].sort(),
    );
    expect(strFromU8(entries['project.qde']!)).toBe(files.xml);
    const book = parseXml(codebookXml(study));
    expect(book.name).toBe('CodeBook');
    expect(all(book, 'Code').length).toBeGreaterThan(10);
    expect(codebookXml(study)).not.toContain('Automatisch');
  });
});

// Text as researchers type it: Dutch diacritics, curly quotes, emoji (with skin tones and
// joiners), line breaks of every platform, tabs and plain ASCII.
const piece = fc.constantFrom(
  'ë',
  'é',
  'ĳ',
  '“',
  '”',
  '’',
  '👍🏽',
  '👩‍👩‍👧',
  '😀',
  '\n',
  '\r\n',
  '\t',
  ' ',
  'a',
  'Z',
  '—',
  '&',
  '<',
);
const turnText = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => `x${parts.join('')}y`);

describe('REFI-QDA selection positions (property)', () => {
  it('the source cut at every selection is the coded text, line breaks as \\n', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom<Turn['speaker']>('interviewer', 'respondent'), turnText), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        (texts, picks) => {
          const item = held('p', piet, texts);
          const made: Coding[] = picks.flatMap(([t, a, b], i) => {
            const turn = item.turns[t % item.turns.length]!;
            // Offsets at character boundaries, as a browser selection gives them (never inside
            // a surrogate pair or between the \r and \n of one line break).
            const bounds = [...codePointPositions(turn.text).keys()].filter(
              (k) =>
                !/[\uDC00-\uDFFF]/.test(turn.text[k] ?? '') && !(turn.text[k - 1] === '\r' && turn.text[k] === '\n'),
            );
            const start = bounds[a % bounds.length]!;
            const end = bounds[b % bounds.length]!;
            if (end <= start) return [];
            return [{ ...coding(`c${i}`, item, 0, { kind: 'text', start, end }), turnId: turn.id }];
          });
          const files = buildProject(input({ items: [item], codings: made, respondents: [piet] }));
          const source = [...files.sources.values()][0]!;
          const own = files.selections.filter((s) => s.codeGuid === codeGuid(study.id, firstCode));
          expect(own).toHaveLength(made.length);
          own.forEach((selection, i) => {
            const turn = item.turns.find((t) => t.id === made[i]!.turnId)!;
            const expected = codedText(made[i]!.span, turn.text).replace(/\r\n/g, '\n');
            expect(sliceCodePoints(source, selection.startPosition, selection.endPosition)).toBe(expected);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
