/** New studies from scratch or as a copy, sharing a design, and how many respondents each rule flags. */
import { describe, expect, it } from 'vitest';
import { asNewStudy, replaceDesign } from '../../shared/design/design-share';
import { copyStudy, createStudy } from '../../shared/design/new-study';
import { ruleReach } from '../../shared/design/rule-reach';
import { exampleStudy } from '../../shared/example/study';
import { checkStudyIntegrity } from '../../shared/study/integrity';
import { studySchema } from '../../shared/study/schema';

const fresh = () =>
  createStudy({
    id: 'scholen',
    name: 'Lerende scholen',
    language: 'nl',
    respondentTypes: [
      { name: 'Docent', codeLetter: 'D' },
      { name: 'Schoolleider', codeLetter: 'S' },
    ],
  });

describe('a study from scratch', () => {
  it('is valid at once, with a starter topic list per respondent type', () => {
    const study = fresh();
    expect(studySchema.safeParse(study).success).toBe(true);
    expect(checkStudyIntegrity(study)).toEqual([]);
    expect(study.respondentTypes.map((t) => [t.id, t.codeLetter, t.topicListId])).toEqual([
      ['docent', 'D', 'tl-docent'],
      ['schoolleider', 'S', 'tl-schoolleider'],
    ]);
    expect(study.topicLists[0]!.sections.map((s) => s.title)).toEqual(['Inleiding', 'Kernonderdeel 1', 'Afsluiting']);
    expect(study.transcriptFormat.speakers).toEqual({ interviewer: 'Onderzoeker', respondent: 'Respondent' });
  });

  it('words the starter lists in the study’s language', () => {
    const english = createStudy({
      id: 'e',
      name: 'E',
      language: 'en',
      respondentTypes: [{ name: 'Teacher', codeLetter: 'T' }],
    });
    expect(english.topicLists[0]!.title).toBe('Topic list Teacher');
    expect(english.topicLists[0]!.sections.map((s) => s.title)).toEqual(['Introduction', 'Core part 1', 'Closing']);
  });

  it('gives two types with the same name distinct ids', () => {
    const study = createStudy({
      id: 's',
      name: 'S',
      language: 'nl',
      respondentTypes: [
        { name: 'Docent', codeLetter: 'D' },
        { name: 'Docent', codeLetter: 'E' },
      ],
    });
    expect(study.respondentTypes.map((t) => t.id)).toEqual(['docent', 'docent-2']);
    expect(checkStudyIntegrity(study)).toEqual([]);
  });

  it('copies the example’s whole design under a new id and name', () => {
    const copy = copyStudy({ ...exampleStudy, designVersion: 7 }, 'kopie', 'Kopie Achterhoek');
    expect(copy).toMatchObject({ id: 'kopie', name: 'Kopie Achterhoek' });
    expect(copy.designVersion).toBeUndefined();
    expect(copy.topicLists).toEqual(exampleStudy.topicLists);
    expect(copy.flagRules).toEqual(exampleStudy.flagRules);
  });
});

describe('a design that holds together', () => {
  it('names a rule that waits for an answer its question no longer offers', () => {
    const study = structuredClone(exampleStudy);
    const manager = study.questionnaires.find((q) => q.id === 'vl-manager')!;
    manager.questions.find((q) => q.id === 'V15')!.options[1]!.label = 'Nooit';
    const issues = checkStudyIntegrity(study);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.message === '"Nee" is geen antwoordoptie van V15')).toBe(true);
  });
});

describe('sharing a design', () => {
  it('imports as a new study under a free id and name when they are taken', () => {
    expect(asNewStudy(exampleStudy, [exampleStudy])).toMatchObject({
      id: `${exampleStudy.id}-2`,
      name: `${exampleStudy.name} (2)`,
    });
    expect(asNewStudy(exampleStudy, [{ id: 'other', name: 'Ander' }])).toMatchObject({
      id: exampleStudy.id,
      name: exampleStudy.name,
    });
  });

  it('replaces a design, keeping the study’s id, unless respondents use a type the new design lacks', () => {
    const karin = { id: 'k', text: 'Karin de Vries', kind: 'person' as const };
    const current = { ...fresh(), designVersion: 3, identifiers: [karin] };
    const incoming = { ...fresh(), id: 'elders', name: 'Lerende scholen v2' };
    const replaced = replaceDesign(current, incoming, ['docent']);
    // The researcher's own identifier list is fieldwork, not design: it stays.
    expect(replaced).toMatchObject({
      ok: true,
      study: { id: 'scholen', name: 'Lerende scholen v2', designVersion: 3, identifiers: [karin] },
    });

    const refused = replaceDesign(current, { ...incoming, respondentTypes: [incoming.respondentTypes[1]!] }, [
      'docent',
      'schoolleider',
    ]);
    expect(refused).toEqual({ ok: false, missingTypes: [{ id: 'docent', name: 'Docent' }] });
  });
});

describe('rule reach', () => {
  it('counts respondents per rule, including unclear on “Weet ik niet”, and comparisons across an organisation', () => {
    const beleid = (id: string, organisation: string, answers: Record<string, string>) => ({
      respondentId: id,
      typeId: 'beleidsmedewerker',
      organisation,
      questionnaireId: 'vl-beleid',
      answers: Object.fromEntries(Object.entries(answers).map(([q, v]) => [q, { values: [v] }])),
    });
    const v17 = exampleStudy.flagRules.find(
      (r) => r.when.type === 'answerIn' && r.when.question === 'V17' && r.questionnaireId === 'vl-beleid',
    )!;
    const reach = ruleReach(exampleStudy, [
      beleid('a', 'Aalten', { V17: 'Nee' }),
      beleid('b', 'Aalten', { V17: 'Weet ik niet' }),
      beleid('c', 'Winterswijk', { V17: 'Ja, voldoende' }),
      {
        respondentId: 'm',
        typeId: 'manager',
        organisation: 'Aalten',
        questionnaireId: 'vl-manager',
        answers: { V15: { values: ['Ja'] } },
      },
    ]);
    expect(reach.byRule.get(v17.id)).toBe(2);
    const pair = exampleStudy.comparisons.find((c) =>
      c.sides.some((s) => s.questionnaireId === 'vl-manager' && s.question === 'V15'),
    )!;
    expect(reach.byComparison.get(pair.id)).toBe(2);
  });
});
