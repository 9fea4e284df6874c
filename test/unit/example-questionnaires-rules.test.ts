import { describe, expect, it } from 'vitest';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { managerQuestionnaire } from '../../shared/example/questionnaires/manager';
import { berkellandQuestionnaire } from '../../shared/example/questionnaires/berkelland';
import { exampleComparisons, exampleFlagRules } from '../../shared/example/flag-rules';
import {
  comparisonSchema,
  flagRuleSchema,
  questionnaireSchema,
  topicListSchema,
  type Condition,
  type FlagTarget,
  type Questionnaire,
  type QuestionnaireQuestion,
  type TopicList,
} from '../../shared/study/schema';

const questionnaires: Questionnaire[] = [beleidQuestionnaire, managerQuestionnaire, berkellandQuestionnaire];
const byId = new Map(questionnaires.map((q) => [q.id, q]));
/** Parsed, so that `when` is typed (the input type leaves it `unknown`). */
const rules = exampleFlagRules.map((r) => flagRuleSchema.parse(r));

/** The topic list each questionnaire's rules point into. */
const listFor: Record<string, string> = {
  'vl-beleid': 'tl-beleid',
  'vl-manager': 'tl-manager',
  'vl-berkelland': 'tl-berkelland',
};

const topicListModules = import.meta.glob<Record<string, unknown>>('../../shared/example/topic-lists/*.ts', {
  eager: true,
});
const topicLists = new Map<string, TopicList>();
for (const mod of Object.values(topicListModules)) {
  for (const value of Object.values(mod)) {
    const parsed = topicListSchema.safeParse(value);
    if (parsed.success) topicLists.set(parsed.data.id, parsed.data);
  }
}

function nodeIds(list: TopicList): Set<string> {
  const ids = new Set<string>();
  for (const section of list.sections) {
    for (const topic of section.topics) {
      ids.add(topic.id);
      for (const question of topic.questions) ids.add(question.id);
    }
  }
  return ids;
}

function question(questionnaireId: string, id: string): QuestionnaireQuestion {
  const q = byId.get(questionnaireId)?.questions.find((x) => x.id === id);
  if (!q) throw new Error(`${questionnaireId} heeft geen vraag ${id}`);
  return q;
}

function labels(q: QuestionnaireQuestion): string[] {
  return q.options.map((o) => o.label);
}

function conditionQuestions(c: Condition): string[] {
  switch (c.type) {
    case 'answerIn':
    case 'hasOtherText':
      return [c.question];
    case 'stepDifference':
      return [c.a, c.b];
    case 'any':
      return c.of.flatMap(conditionQuestions);
  }
}

function expectTargetExists(target: FlagTarget, where: string): void {
  const list = topicLists.get(target.topicListId);
  expect(list, `${where}: topiclijst ${target.topicListId} ontbreekt`).toBeDefined();
  if (list) expect(nodeIds(list).has(target.nodeId), `${where}: ${target.nodeId} bestaat niet`).toBe(true);
}

describe('example questionnaires (Bijlage 4.1–4.3)', () => {
  it.each(questionnaires.map((q) => [q.id, q] as const))('%s parses without losing anything', (_id, q) => {
    expect(questionnaireSchema.parse(q)).toEqual(q);
  });

  it('has the expected question counts and sources', () => {
    expect(beleidQuestionnaire.source).toBe('Bijlage 4.1');
    expect(managerQuestionnaire.source).toBe('Bijlage 4.2');
    expect(berkellandQuestionnaire.source).toBe('Bijlage 4.3');
    const numbered = (q: Questionnaire) => q.questions.filter((x) => x.number !== undefined).length;
    expect(numbered(beleidQuestionnaire)).toBe(22);
    expect(numbered(managerQuestionnaire)).toBe(20);
    expect(numbered(berkellandQuestionnaire)).toBe(22);
    expect(beleidQuestionnaire.questions.map((x) => x.id).slice(0, 4)).toEqual(['naam', 'gemeente', 'expertise', 'startjaar']);
    expect(managerQuestionnaire.questions.map((x) => x.id).slice(0, 3)).toEqual(['naam', 'gemeente', 'startjaar']);
    expect(berkellandQuestionnaire.questions.map((x) => x.id).slice(0, 3)).toEqual(['naam', 'expertise', 'startjaar']);
  });

  it.each(questionnaires.map((q) => [q.id, q] as const))('%s numbers V1..Vn consecutively', (_id, q) => {
    const numbered = q.questions.filter((x) => x.number !== undefined);
    numbered.forEach((x, i) => {
      expect(x.number).toBe(i + 1);
      expect(x.id).toBe(`V${i + 1}`);
    });
    const ids = q.questions.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(questionnaires.map((q) => [q.id, q] as const))('%s has clean, consistent questions and options', (_id, q) => {
    for (const x of q.questions) {
      const strings = [x.text, ...labels(x)];
      for (const s of strings) {
        expect(s, `${x.id}: "${s}"`).toBe(s.trim());
        expect(s, `${x.id}: "${s}"`).not.toMatch(/\s{2}/);
        expect(s, `${x.id}: "${s}"`).not.toMatch(/^Vraag \d/);
      }
      if (x.number === undefined) {
        expect(x.kind).toBe('open');
        expect(x.purpose).toBeDefined();
      }
      if (x.kind === 'open') expect(x.options).toEqual([]);
      else expect(x.options.length).toBeGreaterThan(1);
      expect(x.kind === 'multiple').toBe(x.text.includes('(meerdere antwoorden mogelijk)'));
      for (const o of x.options) {
        expect(o.polarity, `${x.id}: ${o.label}`).toBeDefined();
        expect(o.other === true, `${x.id}: ${o.label}`).toBe(o.polarity === 'other');
        if (o.label === 'Nee') expect(o.polarity).toBe('no');
        if (o.label === 'Weet ik niet') expect(o.polarity).toBe('unknown');
        if (o.label === 'Soms' || /te weinig/.test(o.label)) expect(o.polarity).toBe('partial');
      }
      expect(new Set(labels(x)).size).toBe(x.options.length);
    }
  });

  it('asks for documents where the source does, after a yes', () => {
    const expected: Record<string, [string, string][]> = {
      'vl-beleid': [['V8', 'V7'], ['V14', 'V13'], ['V16', 'V15']],
      'vl-manager': [['V6', 'V5'], ['V12', 'V11'], ['V14', 'V13']],
      'vl-berkelland': [['V8', 'V7'], ['V14', 'V13'], ['V16', 'V15']],
    };
    for (const q of questionnaires) {
      const requests = q.questions
        .filter((x) => x.requestsDocument)
        .map((x) => [x.id, x.requestsDocument?.question] as [string, string]);
      expect(requests).toEqual(expected[q.id]);
      for (const [id, before] of requests) {
        const x = question(q.id, id);
        expect(x.kind).toBe('open');
        expect(x.text).toMatch(/^Zo ja, kunt u dit document toesturen\?/);
        expect(x.requestsDocument?.answers).toEqual(['Ja']);
        expect(labels(question(q.id, before))).toContain('Ja');
      }
    }
  });

  it('keeps the wording of the source', () => {
    expect(question('vl-beleid', 'V1').text).toBe('Wisselt u ervaringen, informatie en/of nieuwe ideeën met collega’s uit?');
    expect(labels(question('vl-beleid', 'V1'))).toEqual([
      'Ja, gemiddeld meerdere keren per dag',
      'Ja, gemiddeld één keer per dag',
      'Ja, gemiddeld één keer per week',
      'Ja, gemiddeld één keer per maand',
      'Nee',
    ]);
    expect(question('vl-beleid', 'V2').text).toBe('Zo ja, op welke manier? (meerdere antwoorden mogelijk)');
    expect(question('vl-beleid', 'V2').options).toEqual([
      { label: 'In een gesprek/vergadering', polarity: 'yes' },
      { label: 'Op een online forum zoals intranet', polarity: 'yes' },
      { label: 'Op een andere manier, namelijk:', other: true, polarity: 'other' },
    ]);
    expect(labels(question('vl-beleid', 'V5'))).toEqual([
      'Ja, meerdere keren per dag',
      'Ja, één keer per dag',
      'Ja, één keer per week',
      'Ja, één keer per maand',
      'Nee',
      'Weet ik niet',
      'Anders',
    ]);
    expect(question('vl-beleid', 'V6').text).toBe(
      'Heeft u of uw collega in uw loopbaan bij de gemeente een experiment(eel beleid) binnen het sociaal domein opgezet?',
    );
    expect(labels(question('vl-beleid', 'V6'))).toEqual(['Ja, ik zelf', 'Ja, mijn collega(‘s)', 'Nee', 'Weet ik niet']);
    expect(question('vl-beleid', 'V8').text).toBe('Zo ja, kunt u dit document toesturen? (via mail svp)');
    expect(labels(question('vl-beleid', 'V9'))).toEqual(['Ja, voldoende', 'Ja, te weinig', 'Nee']);
    expect(labels(question('vl-beleid', 'V11'))).toEqual([
      'Ja, één keer per jaar',
      'Ja, meerdere keren per jaar',
      'Ja, één keer in de paar jaren',
      'Nee',
    ]);
    expect(question('vl-beleid', 'V15').text).toBe(
      'Geeft uw team in bijvoorbeeld beleidsnota’s of interne organisatieverslagen aandacht aan leerdoelen voor het team?',
    );
    expect(question('vl-beleid', 'V19').text).toBe(
      'Moedigt uw manager het uitwisselen van ervaringen en informatie tussen de gemeente en andere organisaties aan?',
    );
    expect(question('vl-beleid', 'V22').text).toBe('Heeft u nog vragen of opmerkingen naar aanleiding van de vragenlijst?');

    expect(question('vl-manager', 'naam').text).toBe('Wat is u naam?');
    expect(question('vl-manager', 'V1').text).toBe('Wisselt uw team ervaringen, informatie en/of nieuwe ideeën uit met elkaar?');
    expect(labels(question('vl-manager', 'V4'))).toEqual(['Ja, één keer', 'Ja, meerdere keren', 'Nee', 'Weet ik niet']);
    expect(labels(question('vl-manager', 'V8'))).toEqual(['Ja, voldoende', 'Ja, maar te weinig', 'Nee', 'Weet ik niet']);
    expect(labels(question('vl-manager', 'V9'))).toEqual([
      'Ja, gemiddeld één keer per jaar',
      'Ja, gemiddeld meerdere keren per jaar',
      'Ja, gemiddeld één keer in de paar jaren',
      'Nee',
      'Weet ik niet',
    ]);
    expect(question('vl-manager', 'V12').text).toBe('Zo ja, kunt u dit document toesturen? (via mail svp)');
    expect(question('vl-manager', 'V17').text).toBe(
      'Moedigt u uw teamleden aan om ervaringen en informatie uit te wisselen tussen de gemeente en andere organisatie?',
    );
    expect(labels(question('vl-manager', 'V19'))).toEqual(['Ja', 'Nee', 'Soms']);

    expect(question('vl-berkelland', 'naam').text).toBe('Wat is u naam?');
    expect(labels(question('vl-berkelland', 'V5'))).toEqual([
      'Ja, meerdere keren per dag',
      'Ja, één keer per dag',
      'Ja, één keer per week',
      'Ja, één keer per maand',
      'Nee',
      'Weet ik niet',
    ]);
    expect(question('vl-berkelland', 'V14').text).toBe('Zo ja, kunt u dit document toesturen?');
    expect(question('vl-berkelland', 'V15').text).toBe(
      'Geeft uw team in bijvoorbeeld beleidsnota’s of interne organisatieverslagen aandacht aan leer- en/of ontwikkeldoelen voor het team?',
    );
    expect(question('vl-berkelland', 'V18').text).toBe(
      'Wordt binnen uw team het uitwisselen van ervaringen en informatie tussen teamleden aangemoedigd?',
    );
    expect(question('vl-berkelland', 'V21').text).toBe('Staat uw team open voor verschillende perspectieven en denkwijzen?');
  });
});

describe('example flag rules and comparisons', () => {
  it('parses every rule and comparison, with unique ids', () => {
    for (const rule of exampleFlagRules) expect(() => flagRuleSchema.parse(rule), rule.id).not.toThrow();
    for (const c of exampleComparisons) expect(comparisonSchema.parse(c)).toEqual(c);
    const ids = [...exampleFlagRules.map((r) => r.id), ...exampleComparisons.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refers only to questions and option labels that exist', () => {
    for (const rule of rules) {
      expect(byId.has(rule.questionnaireId), rule.id).toBe(true);
      for (const id of conditionQuestions(rule.when)) question(rule.questionnaireId, id);
      const check = (c: Condition): void => {
        if (c.type === 'answerIn') {
          const options = labels(question(rule.questionnaireId, c.question));
          for (const v of c.values) expect(options, `${rule.id}: "${v}"`).toContain(v);
        } else if (c.type === 'hasOtherText') {
          expect(question(rule.questionnaireId, c.question).options.some((o) => o.other), rule.id).toBe(true);
        } else if (c.type === 'stepDifference') {
          expect(labels(question(rule.questionnaireId, c.a)), rule.id).toEqual(labels(question(rule.questionnaireId, c.b)));
        } else {
          c.of.forEach(check);
        }
      };
      check(rule.when);
    }
    for (const c of exampleComparisons) {
      expect(c.sides.map((s) => s.questionnaireId)).toEqual(['vl-manager', 'vl-beleid']);
      for (const side of c.sides) question(side.questionnaireId, side.question);
    }
  });

  it('encodes the default rows of DOMAIN.md', () => {
    const find = (id: string) => rules.find((r) => r.id === id);
    expect(find('beleid-informatieoverdracht-v1')?.when).toEqual({
      type: 'answerIn',
      question: 'V1',
      values: ['Ja, gemiddeld één keer per maand', 'Nee'],
    });
    expect(find('beleid-informatieoverdracht-v1-v3')).toMatchObject({
      kind: 'striking',
      when: { type: 'stepDifference', a: 'V1', b: 'V3', atLeast: 2 },
    });
    expect(find('beleid-analyses-v10-soms')).toMatchObject({ strength: 'weak' });
    expect(find('beleid-tijd-voor-reflectie-v5')).toMatchObject({ kind: 'context' });
    expect(find('manager-onderwijs-en-training-v10')).toMatchObject({ kind: 'context' });
    expect(find('manager-belang-van-leren-v18')).toMatchObject({ kind: 'context' });
    const pairs = exampleComparisons.map((c) => c.sides.map((s) => s.question).join('↔'));
    expect(pairs).toEqual([
      'V3↔V5', 'V4↔V6', 'V5↔V7', 'V7↔V9', 'V10↔V12', 'V11↔V13',
      'V13↔V15', 'V15↔V17', 'V16↔V18', 'V17↔V19', 'V18↔V20', 'V19↔V21',
    ]);
  });

  it('targets nodes that exist in the matching topic list', () => {
    expect([...topicLists.keys()]).toEqual(expect.arrayContaining(Object.values(listFor)));
    for (const rule of exampleFlagRules) {
      expect(rule.target.topicListId, rule.id).toBe(listFor[rule.questionnaireId]);
      expectTargetExists(rule.target, rule.id);
    }
    for (const c of exampleComparisons) {
      for (const side of c.sides) {
        expect(side.target.topicListId, c.id).toBe(listFor[side.questionnaireId]);
        expectTargetExists(side.target, c.id);
      }
    }
  });

  it('points follow-up and striking flags at follow-up questions', () => {
    const followUps = new Set<string>();
    for (const list of topicLists.values())
      for (const section of list.sections)
        for (const topic of section.topics)
          for (const q of topic.questions) if (q.followUp) followUps.add(q.id);
    for (const rule of exampleFlagRules) {
      if (rule.kind === 'followUp' || rule.kind === 'striking') expect(followUps.has(rule.target.nodeId), rule.id).toBe(true);
    }
  });
});
